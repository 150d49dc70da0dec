package io.redifu.runtime.internal;

import io.redifu.runtime.TimeRange;
import java.time.Instant;

/**
 * The bounds a generated time series cache is given, checked and turned into the range of scores
 * its store reads: epoch milliseconds for {@code Instant} bounds, the numbers themselves for {@code
 * long} ones.
 */
public final class TimeBounds {
  private TimeBounds() {}

  /**
   * {@code [from, to]} in epoch milliseconds.
   *
   * @throws IllegalArgumentException if a bound is null or beyond epoch milliseconds, or {@code
   *     from} is after {@code to}
   */
  public static TimeRange range(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to, was " + from + " > " + to);
    }
    return new TimeRange(millis(from, "from"), millis(to, "to"));
  }

  /**
   * {@code [from, to]} as given.
   *
   * @throws IllegalArgumentException if {@code from} is greater than {@code to}
   */
  public static TimeRange range(long from, long to) {
    if (from > to) {
      throw new IllegalArgumentException("from must not be after to, was " + from + " > " + to);
    }
    return new TimeRange(from, to);
  }

  private static void requireNonNull(Instant bound, String name) {
    if (bound == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }

  private static long millis(Instant bound, String name) {
    try {
      return bound.toEpochMilli();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          name + " is too far from 1970 for epoch milliseconds, was " + bound, e);
    }
  }
}
