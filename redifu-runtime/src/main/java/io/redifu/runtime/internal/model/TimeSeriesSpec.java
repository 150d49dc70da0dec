package io.redifu.runtime.internal.model;

import java.util.function.ToDoubleFunction;

/**
 * What generated code knows about one time series, fixed at compile time.
 *
 * @param name the generated class's name, for messages
 * @param score the item's score: its {@code sortBy} value (epoch microseconds for times)
 * @param ttlMillis time to live of the collection's keys; 0 = no expiry
 * @param sortBy the property scores come from, whose column seed queries filter on
 * @param timed whether scores are times (epoch microseconds): a seed then covers a range only up to
 *     its own "now", as later items may still arrive
 * @param keyTemplate the key template, which {@link KeySpace} checks against the other templates of
 *     a {@code Redifu}; null for hand-built specs
 */
public record TimeSeriesSpec<T>(
    String name,
    ToDoubleFunction<T> score,
    long ttlMillis,
    String sortBy,
    boolean timed,
    String keyTemplate) {
  public TimeSeriesSpec {
    SpecChecks.ttl(ttlMillis);
  }

  /** A spec without key template (tests, hand-written stores): not checked by {@link KeySpace}. */
  public TimeSeriesSpec(
      String name, ToDoubleFunction<T> score, long ttlMillis, String sortBy, boolean timed) {
    this(name, score, ttlMillis, sortBy, timed, null);
  }
}
