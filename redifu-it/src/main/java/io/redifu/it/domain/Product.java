package io.redifu.it.domain;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Order;
import io.redifu.annotation.Page;
import java.math.BigDecimal;
import java.time.Instant;

/** A product, declared as a record; reads refresh its one-hour TTL. Listed in numbered pages. */
@Entity(key = "product:{randId}", ttl = "1h", slidingTtl = true)
@Page(
    key = "category:{categoryRandId}:products",
    perPage = 10,
    order = Order.ASC,
    ttl = "1h",
    sortBy = "createdAt")
public record Product(String randId, String name, BigDecimal price, Instant createdAt) {}
