package io.redifu.runtime.internal.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The score of a collection item from its {@code sortBy} property: epoch microseconds for times
 * ({@code LocalDateTime} read as UTC; digits below the microsecond dropped), the value itself for
 * numbers.
 *
 * <p>Microseconds because that is what PostgreSQL's and MariaDB's timestamps hold: rows that share
 * a millisecond keep their SQL order in Redis, so a keyset condition on the exact column value
 * continues a page where the cache left it. A Redis score is a double, exact up to 2<sup>53</sup>:
 * in microseconds, from 1684-07-28 to 2255-06-05. Values beyond that are refused rather than
 * rounded, since a rounded score would tie items that differ and misplace cursors.
 */
public final class Scores {
  /** The largest magnitude a score holds exactly: 2^53. */
  public static final long MAX_EXACT = 1L << 53;

  private static final long MICROS_PER_SECOND = 1_000_000;

  private Scores() {}

  public static double of(Instant value, String property) {
    return micros(require(value, property), property);
  }

  public static double of(OffsetDateTime value, String property) {
    return micros(require(value, property).toInstant(), property);
  }

  public static double of(LocalDateTime value, String property) {
    return micros(require(value, property).toInstant(ZoneOffset.UTC), property);
  }

  public static double of(Long value, String property) {
    return of(require(value, property).longValue(), property);
  }

  public static double of(Integer value, String property) {
    return require(value, property);
  }

  public static double of(long value, String property) {
    if (value > MAX_EXACT || value < -MAX_EXACT) {
      throw new IllegalArgumentException(
          property
              + " is "
              + value
              + ", beyond ±2^53 ("
              + MAX_EXACT
              + "), the largest whole number a Redis score holds exactly");
    }
    return value;
  }

  /** Whether a score holds {@code instant} in epoch microseconds exactly. */
  static boolean scoreable(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (Math.abs(seconds) > MAX_EXACT / MICROS_PER_SECOND + 1) {
      return false; // also keeps exactMicros from overflowing
    }
    long micros = exactMicros(instant);
    return micros <= MAX_EXACT && micros >= -MAX_EXACT;
  }

  /** Epoch microseconds of {@code instant}, clamped to ±{@link #MAX_EXACT}: for range bounds. */
  public static long clampedMicros(Instant instant) {
    if (!scoreable(instant)) {
      return instant.getEpochSecond() > 0 ? MAX_EXACT : -MAX_EXACT;
    }
    return exactMicros(instant);
  }

  /** {@code micros} (epoch microseconds) as an instant. */
  public static Instant instant(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, MICROS_PER_SECOND), Math.floorMod(micros, MICROS_PER_SECOND) * 1_000);
  }

  /** The score as Redis reads it: the shortest text that parses back to the same double. */
  public static String text(double score) {
    return Double.toString(score);
  }

  private static long micros(Instant instant, String property) {
    if (!scoreable(instant)) {
      throw new IllegalArgumentException(
          property
              + " is "
              + instant
              + ", outside what a score in epoch microseconds holds exactly ("
              + instant(-MAX_EXACT)
              + " to "
              + instant(MAX_EXACT)
              + ")");
    }
    return exactMicros(instant);
  }

  private static long exactMicros(Instant instant) {
    return instant.getEpochSecond() * MICROS_PER_SECOND + instant.getNano() / 1_000;
  }

  private static <V> V require(V value, String property) {
    if (value == null) {
      throw new IllegalArgumentException(
          property + " must not be null: it scores the item in its collections");
    }
    return value;
  }
}
