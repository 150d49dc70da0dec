package io.redifu.runtime.internal;

import io.redifu.annotation.MissingRelation;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One {@code @RandIdRef} of an entity {@code T} to an entity {@code R}, as the generated {@code
 * XRelations} declares it.
 *
 * <p>The target spec is supplied lazily: two entities that reference each other would otherwise
 * read each other's static {@code SPEC} before it is initialised.
 */
public final class Relation<T, R> {
  private final String field;
  private final Supplier<EntitySpec<R>> target;
  private final MissingRelation onMissing;
  private final Function<T, String> one;
  private final Function<T, List<String>> many;

  private Relation(
      String field,
      Supplier<EntitySpec<R>> target,
      MissingRelation onMissing,
      Function<T, String> one,
      Function<T, List<String>> many) {
    this.field = field;
    this.target = target;
    this.onMissing = onMissing;
    this.one = one;
    this.many = many;
  }

  /** A one-to-one reference: {@code randId} reads the referenced id (null = no reference). */
  public static <T, R> Relation<T, R> one(
      String field,
      Supplier<EntitySpec<R>> target,
      MissingRelation onMissing,
      Function<T, String> randId) {
    return new Relation<>(field, target, onMissing, randId, null);
  }

  /** A one-to-many reference: {@code randIds} reads the referenced ids in order (null = none). */
  public static <T, R> Relation<T, R> many(
      String field,
      Supplier<EntitySpec<R>> target,
      MissingRelation onMissing,
      Function<T, List<String>> randIds) {
    return new Relation<>(field, target, onMissing, null, randIds);
  }

  /** The injected property, for messages. */
  public String field() {
    return field;
  }

  public MissingRelation onMissing() {
    return onMissing;
  }

  EntitySpec<R> target() {
    return target.get();
  }

  /** The ids {@code item} references, in order; null entries are skipped by callers. */
  List<String> ids(T item) {
    if (one != null) {
      String id = one.apply(item);
      return id == null ? List.of() : List.of(id);
    }
    List<String> ids = many.apply(item);
    return ids == null ? List.of() : ids;
  }
}
