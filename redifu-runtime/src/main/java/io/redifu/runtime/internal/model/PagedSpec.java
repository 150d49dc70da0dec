package io.redifu.runtime.internal.model;

import io.redifu.annotation.Order;

/** A {@link CollectionSpec} read page by page (timelines, numbered pages). */
public abstract class PagedSpec<T> extends CollectionSpec<T> {
  private final int perPage;
  private final Order order;

  PagedSpec(PagedSpecBuilder<T, ?> builder) {
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
}
