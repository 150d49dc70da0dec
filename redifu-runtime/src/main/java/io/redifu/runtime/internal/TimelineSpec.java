package io.redifu.runtime.internal;

import io.redifu.annotation.Order;
import java.util.function.ToDoubleFunction;

/**
 * What generated code knows about one timeline, fixed at compile time.
 *
 * @param name the generated class's name, for messages
 * @param score the item's score: its {@code sortBy} value
 * @param ttlMillis time to live of the collection's keys; 0 = no expiry
 */
public record TimelineSpec<T>(
    String name, ToDoubleFunction<T> score, int perPage, Order order, long ttlMillis) {
  public TimelineSpec {
    if (order == null) {
      throw new IllegalArgumentException("order must not be null");
    }
    if (perPage < 1 || perPage > 1000) {
      throw new IllegalArgumentException("perPage must be within 1..1000, was " + perPage);
    }
    if (ttlMillis < 0) {
      throw new IllegalArgumentException("ttlMillis must be >= 0, was " + ttlMillis);
    }
  }

  boolean descending() {
    return order == Order.DESC;
  }
}
