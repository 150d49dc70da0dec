package io.redifu.it.domain;

import io.redifu.annotation.Entity;
import java.math.BigDecimal;
import java.time.Instant;

/** A product, declared as a record; reads refresh its one-hour TTL. */
@Entity(key = "product:{randId}", ttl = "1h", slidingTtl = true)
public record Product(String randId, String name, BigDecimal price, Instant createdAt) {}
