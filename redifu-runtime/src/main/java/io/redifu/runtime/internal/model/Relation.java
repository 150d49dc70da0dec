package io.redifu.runtime.internal.model;

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
  private final String reference;
  private final Supplier<EntitySpec<R>> target;
  private final MissingRelation onMissing;
  private final Function<T, String> one;
  private final Function<T, List<String>> many;

  private Relation(
      String field,
      String reference,
      Supplier<EntitySpec<R>> target,
      MissingRelation onMissing,
      Function<T, String> one,
      Function<T, List<String>> many) {
    this.field = field;
    this.reference = reference;
    this.target = target;
    this.onMissing = onMissing;
    this.one = one;
    this.many = many;
  }

  /**
   * A one-to-one reference: {@code field} receives the entity, {@code reference} names the stored
   * id property, {@code randId} reads it (null = no reference).
   */
  public static <T, R> Relation<T, R> one(
      String field,
      String reference,
      Supplier<EntitySpec<R>> target,
      MissingRelation onMissing,
      Function<T, String> randId) {
    return new Relation<>(field, reference, target, onMissing, randId, null);
  }

  /**
   * A one-to-many reference: {@code field} receives the entities, {@code reference} names the
   * stored id list, {@code randIds} reads it in order (null = none).
   */
  public static <T, R> Relation<T, R> many(
      String field,
      String reference,
      Supplier<EntitySpec<R>> target,
      MissingRelation onMissing,
      Function<T, List<String>> randIds) {
    return new Relation<>(field, reference, target, onMissing, null, randIds);
  }

  /** The injected property, for messages. */
  public String field() {
    return field;
  }

  /** The stored id property (its JSON name), e.g. {@code authorRandId}. */
  public String reference() {
    return reference;
  }

  public boolean isMany() {
    return many != null;
  }

  public MissingRelation onMissing() {
    return onMissing;
  }

  public EntitySpec<R> target() {
    return target.get();
  }

  /** The ids {@code item} references, in order; null entries are skipped by callers. */
  public List<String> ids(T item) {
    if (one != null) {
      String id = one.apply(item);
      return id == null ? List.of() : List.of(id);
    }
    List<String> ids = many.apply(item);
    return ids == null ? List.of() : ids;
  }
}
