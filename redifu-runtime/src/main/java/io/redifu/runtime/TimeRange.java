package io.redifu.runtime;

import io.redifu.runtime.internal.model.Scores;
import java.time.Instant;

/**
 * An inclusive range of a time series' sort values: epoch microseconds for time properties, the
 * plain number for {@code long} ones.
 *
 * @param from the first value in the range
 * @param to the last value in the range, {@code >= from}
 */
public record TimeRange(long from, long to) {
  public TimeRange {
    if (from > to) {
      throw new IllegalArgumentException("from must be <= to, was " + from + " > " + to);
    }
  }

  /** {@link #from} as an instant (time properties). */
  public Instant fromInstant() {
    return Scores.instant(from);
  }

  /** {@link #to} as an instant (time properties). */
  public Instant toInstant() {
    return Scores.instant(to);
  }
}
