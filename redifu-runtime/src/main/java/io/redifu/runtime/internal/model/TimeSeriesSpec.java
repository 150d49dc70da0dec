package io.redifu.runtime.internal.model;

import java.util.function.ToDoubleFunction;

/**
 * What generated code knows about one time series, fixed at compile time; built by {@link
 * #builder(String)}, immutable.
 */
public final class TimeSeriesSpec<T> {
  private final String name;
  private final ToDoubleFunction<T> score;
  private final long ttlMillis;
  private final String sortBy;
  private final boolean timed;
  private final String keyTemplate;

  private TimeSeriesSpec(Builder<T> builder) {
    builder.requireScore();
    this.name = builder.name;
    this.score = builder.score;
    this.ttlMillis = builder.ttlMillis;
    this.sortBy = builder.sortBy;
    this.timed = builder.timed;
    this.keyTemplate = builder.keyTemplate;
  }

  /** A time-series spec; {@code name} is the generated class's, for messages. */
  public static <T> Builder<T> builder(String name) {
    return new Builder<>(name);
  }

  /** The generated class's name, for messages. */
  public String name() {
    return name;
  }

  /** The item's score: its {@code sortBy} value (epoch microseconds for times). */
  public ToDoubleFunction<T> score() {
    return score;
  }

  /** Time to live of the collection's keys; 0 = no expiry. */
  public long ttlMillis() {
    return ttlMillis;
  }

  /** The property scores come from, whose column seed queries filter on. */
  public String sortBy() {
    return sortBy;
  }

  /**
   * Whether scores are times (epoch microseconds): a seed then covers a range only up to its own
   * "now", as later items may still arrive.
   */
  public boolean timed() {
    return timed;
  }

  /** The key template; null for hand-built specs. */
  public String keyTemplate() {
    return keyTemplate;
  }

  /** Builds a {@link TimeSeriesSpec}: a score is required. */
  public static final class Builder<T> extends CollectionSpecBuilder<T, Builder<T>> {
    private Builder(String name) {
      super(name);
    }

    public TimeSeriesSpec<T> build() {
      return new TimeSeriesSpec<>(this);
    }
  }
}
