package io.redifu.runtime.internal.model;

/**
 * What generated code knows about one sorted collection, fixed at compile time; built by {@link
 * #builder(String)}, immutable.
 */
public final class SortedSpec<T> extends CollectionSpec<T> {
  private SortedSpec(Builder<T> builder) {
    super(builder);
  }

  /** A spec of the sorted collection {@code name}, the generated class's name (for messages). */
  public static <T> Builder<T> builder(String name) {
    return new Builder<>(name);
  }

  /** Builds a {@link SortedSpec}: a score is required. */
  public static final class Builder<T> extends CollectionSpecBuilder<T, Builder<T>> {
    private Builder(String name) {
      super(name);
    }

    public SortedSpec<T> build() {
      return new SortedSpec<>(this);
    }
  }
}
