package io.redifu.runtime.internal.model;

/**
 * What generated code knows about one timeline, fixed at compile time; built by {@link
 * #builder(String)}, immutable.
 */
public final class TimelineSpec<T> extends PagedSpec<T> {
  private TimelineSpec(Builder<T> builder) {
    super(builder);
  }

  /** A spec of the timeline {@code name}, the generated class's name (for messages). */
  public static <T> Builder<T> builder(String name) {
    return new Builder<>(name);
  }

  /** Builds a {@link TimelineSpec}: a score and paging are required. */
  public static final class Builder<T> extends PagedSpecBuilder<T, Builder<T>> {
    private Builder(String name) {
      super(name);
    }

    public TimelineSpec<T> build() {
      return new TimelineSpec<>(this);
    }
  }
}
