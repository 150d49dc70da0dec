package com.example;

import io.redifu.annotation.Column;
import io.redifu.annotation.Entity;
import io.redifu.annotation.Order;
import io.redifu.annotation.Page;
import io.redifu.annotation.Transient;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A record entity with a sliding TTL, a transient component and a column override; numbered pages
 * scored by a record component.
 */
@Entity(key = "product:{randId}", ttl = "1h", slidingTtl = true)
@Page(key = "category:{categoryRandId}:products", perPage = 10, order = Order.ASC, ttl = "1h")
public record Product(
    String randId,
    @Column("product_name") String name,
    BigDecimal price,
    Instant createdAt,
    @Transient String note) {}
