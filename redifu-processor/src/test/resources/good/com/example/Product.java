package com.example;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Transient;
import java.math.BigDecimal;
import java.time.Instant;

/** A record entity with a sliding TTL and a transient component. */
@Entity(key = "product:{randId}", ttl = "1h", slidingTtl = true)
public record Product(
    String randId, String name, BigDecimal price, Instant createdAt, @Transient String note) {}
