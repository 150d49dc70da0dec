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
 *
 * @param field the injected property, for messages
 * @param reference the stored id property (its JSON name), e.g. {@code authorRandId}
 * @param lazyTarget supplies the referenced entity's spec; see {@link #target()}
 * @param randId reads a one-to-one reference's id; null for one-to-many
 * @param randIds reads a one-to-many reference's ids; null for one-to-one
 */
public record Relation<T, R>(
    String field,
    String reference,
    Supplier<EntitySpec<R>> lazyTarget,
    MissingRelation onMissing,
    Function<T, String> randId,
    Function<T, List<String>> randIds) {
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

  public boolean isMany() {
    return randIds != null;
  }

  public EntitySpec<R> target() {
    return lazyTarget.get();
  }

  /** The ids {@code item} references, in order; null entries are skipped by callers. */
  public List<String> ids(T item) {
    if (randId != null) {
      String id = randId.apply(item);
      return id == null ? List.of() : List.of(id);
    }
    List<String> ids = randIds.apply(item);
    return ids == null ? List.of() : ids;
  }
}
