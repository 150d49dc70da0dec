package io.redifu.runtime;

import java.time.Duration;

/** The ranges {@link Redifu.Builder} accepts; each failure names the setting and the value. */
final class SettingChecks {
  private SettingChecks() {}

  static int atLeast(String setting, int min, int value) {
    if (value < min) {
      throw new IllegalArgumentException(setting + " must be >= " + min + ", was " + value);
    }
    return value;
  }

  static int between(String setting, int min, int max, int value) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          setting + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /** Whole milliseconds: Redis and Jedis count time in them, and 0 would mean "never". */
  static Duration atLeastMillis(String setting, long minMillis, Duration value) {
    if (value == null || value.isNegative() || value.toMillis() < minMillis) {
      throw new IllegalArgumentException(
          setting + " must be at least " + minMillis + " ms, was " + value);
    }
    return value;
  }
}
