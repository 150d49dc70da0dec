package io.redifu.runtime.internal.model;

import io.redifu.annotation.Order;

/**
 * A {@link CollectionSpec} read page by page (timelines, numbered pages): how many items a page
 * holds and in which order.
 */
public final class PagedSpec<T> extends CollectionSpec<T> {
  private final int perPage;
  private final Order order;

  /** A spec of the collection {@code name}, the generated class's name (for messages). */
  public static <T> Builder<T> pagedBuilder(String name) {
    return new Builder<>(name);
  }

  private PagedSpec(PagedSpecBuilder<T, ?> builder) {
    super(builder);
    SpecChecks.paging(builder.perPage, builder.order);
    this.perPage = builder.perPage;
    this.order = builder.order;
  }

  public int perPage() {
    return perPage;
  }

  public Order order() {
    return order;
  }

  public boolean descending() {
    return order == Order.DESC;
  }

  /** Builds a {@link PagedSpec}: a score and paging are required. */
  public static final class Builder<T> extends PagedSpecBuilder<T, Builder<T>> {
    private Builder(String name) {
      super(name);
    }

    public PagedSpec<T> build() {
      return new PagedSpec<>(this);
    }
  }
}
