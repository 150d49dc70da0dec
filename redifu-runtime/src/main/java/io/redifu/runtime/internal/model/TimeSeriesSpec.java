package io.redifu.runtime.internal.model;

/**
 * What generated code knows about one time series, fixed at compile time; built by {@link
 * #builder(String)}, immutable.
 */
public final class TimeSeriesSpec<T> extends CollectionSpec<T> {
  private TimeSeriesSpec(Builder<T> builder) {
    super(builder);
  }

  /** A spec of the time series {@code name}, the generated class's name (for messages). */
  public static <T> Builder<T> builder(String name) {
    return new Builder<>(name);
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
