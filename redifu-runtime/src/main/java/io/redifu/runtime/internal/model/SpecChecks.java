package io.redifu.runtime.internal.model;

import io.redifu.annotation.Order;

/** Checks shared by the collection specs; the processor already enforces them at compile time. */
public final class SpecChecks {
  private SpecChecks() {}

  static void paging(int perPage, Order order) {
    if (order == null) {
      throw new IllegalArgumentException("order must not be null");
    }
    if (perPage < 1 || perPage > 1000) {
      throw new IllegalArgumentException("perPage must be within 1..1000, was " + perPage);
    }
  }

  public static void page(int page) {
    if (page < 1) {
      throw new IllegalArgumentException("page must be >= 1, was " + page);
    }
  }

  static void ttl(long ttlMillis) {
    if (ttlMillis < 0) {
      throw new IllegalArgumentException("ttlMillis must be >= 0, was " + ttlMillis);
    }
  }
}
