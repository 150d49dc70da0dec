package io.redifu.runtime.internal.model;

import java.util.List;

/**
 * The relations of an entity {@code T} and the reflection-free injector of their values, generated
 * as {@code XRelations}.
 */
public interface Relations<T> {
  /** Every relation of {@code T}, in declaration order. */
  List<Relation<T, ?>> all();

  /**
   * Returns {@code item} with every injected property set from {@code resolved}: the same instance
   * for classes, a new one for records.
   */
  T inject(T item, Resolved resolved);

  /** The relations of an entity without {@code @RandIdRef}s. */
  @SuppressWarnings("unchecked") // holds no T
  static <T> Relations<T> none() {
    return (Relations<T>) None.INSTANCE;
  }

  /** No relations: injection is the identity. */
  enum None implements Relations<Object> {
    INSTANCE;

    @Override
    public List<Relation<Object, ?>> all() {
      return List.of();
    }

    @Override
    public Object inject(Object item, Resolved resolved) {
      return item;
    }
  }
}
