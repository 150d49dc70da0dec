package com.example;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Order;
import io.redifu.annotation.Page;
import io.redifu.annotation.Transient;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A record entity with a sliding TTL and a transient component; numbered pages scored by a record
 * component.
 */
@Entity(key = "product:{randId}", ttl = "1h", slidingTtl = true)
@Page(key = "category:{categoryRandId}:products", perPage = 10, order = Order.ASC, ttl = "1h")
public record Product(
    String randId, String name, BigDecimal price, Instant createdAt, @Transient String note) {}
