package io.redifu.runtime.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The score of a collection item from its {@code sortBy} property: epoch milliseconds for times
 * ({@code LocalDateTime} read as UTC), the value itself for numbers.
 */
public final class Scores {
  private Scores() {}

  public static double of(Instant value, String property) {
    return require(value, property).toEpochMilli();
  }

  public static double of(OffsetDateTime value, String property) {
    return require(value, property).toInstant().toEpochMilli();
  }

  public static double of(LocalDateTime value, String property) {
    return require(value, property).toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  public static double of(Long value, String property) {
    return require(value, property);
  }

  public static double of(Integer value, String property) {
    return require(value, property);
  }

  public static double of(long value, String property) {
    return value;
  }

  /** The score as Redis reads it: the shortest text that parses back to the same double. */
  static String text(double score) {
    return Double.toString(score);
  }

  private static <V> V require(V value, String property) {
    if (value == null) {
      throw new IllegalArgumentException(
          property + " must not be null: it scores the item in its collections");
    }
    return value;
  }
}
