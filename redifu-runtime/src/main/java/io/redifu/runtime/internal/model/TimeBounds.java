package io.redifu.runtime.internal.model;

import io.redifu.runtime.TimeRange;
import java.time.Instant;

/**
 * The bounds a generated cache is given for a range (time series, sorted collections), checked and
 * turned into the range of scores its store reads: epoch microseconds for {@code Instant} bounds,
 * the numbers themselves for {@code long} ones. Bounds beyond what a score holds exactly (±2^53)
 * are clamped there, so {@code Instant.MIN}/{@code MAX} and {@code Long.MIN_VALUE}/{@code
 * MAX_VALUE} mean "everything": no item can score beyond them.
 */
public final class TimeBounds {
  private TimeBounds() {}

  /**
   * {@code [from, to]} in epoch microseconds (digits below the microsecond dropped, as in scores).
   *
   * @throws IllegalArgumentException if a bound is null, or {@code from} is after {@code to}
   */
  public static TimeRange range(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to, was " + from + " > " + to);
    }
    return new TimeRange(Scores.clampedMicros(from), Scores.clampedMicros(to));
  }

  /**
   * {@code [from, to]} as given, clamped to ±2^53.
   *
   * @throws IllegalArgumentException if {@code from} is greater than {@code to}
   */
  public static TimeRange range(long from, long to) {
    if (from > to) {
      throw new IllegalArgumentException("from must not be after to, was " + from + " > " + to);
    }
    return new TimeRange(clamp(from), clamp(to));
  }

  private static long clamp(long bound) {
    return Math.max(-Scores.MAX_EXACT, Math.min(Scores.MAX_EXACT, bound));
  }

  private static void requireNonNull(Instant bound, String name) {
    if (bound == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }
}
