package io.redifu.runtime.internal.model;

import io.redifu.annotation.Order;

/**
 * {@link CollectionSpecBuilder} of a collection read page by page (timeline, numbered pages): how
 * many items a page holds and in which order.
 */
public abstract class PagedSpecBuilder<T, B extends PagedSpecBuilder<T, B>>
    extends CollectionSpecBuilder<T, B> {
  int perPage;
  Order order;

  PagedSpecBuilder(String name) {
    super(name);
  }

  /** Items per page, 1 to 1000. */
  public B perPage(int perPage) {
    this.perPage = perPage;
    return self();
  }

  /** The order of the pages' items: {@code DESC} = highest score (newest) first. */
  public B order(Order order) {
    this.order = order;
    return self();
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
