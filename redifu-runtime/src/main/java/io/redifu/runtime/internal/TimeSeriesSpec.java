package io.redifu.runtime.internal;

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
 */
public record TimeSeriesSpec<T>(
    String name, ToDoubleFunction<T> score, long ttlMillis, String sortBy, boolean timed) {
  public TimeSeriesSpec {
    SpecChecks.ttl(ttlMillis);
  }
}
