package io.redifu.runtime.internal.model;

/**
 * What generated code knows about one numbered-pages collection, fixed at compile time; built by
 * {@link #builder(String)}, immutable.
 */
public final class PageSpec<T> extends PagedSpec<T> {
  private PageSpec(Builder<T> builder) {
    super(builder);
  }

  /**
   * A spec of the numbered-pages collection {@code name}, the generated class's name (for
   * messages).
   */
  public static <T> Builder<T> builder(String name) {
    return new Builder<>(name);
  }

  /** Builds a {@link PageSpec}: a score and paging are required. */
  public static final class Builder<T> extends PagedSpecBuilder<T, Builder<T>> {
    private Builder(String name) {
      super(name);
    }

    public PageSpec<T> build() {
      return new PageSpec<>(this);
    }
  }
}
