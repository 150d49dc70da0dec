package io.redifu.runtime.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The related entities read for one fetch, by target entity and randId; generated injectors look
 * values up here. Ids without a document resolve to null (one-to-one) or are left out
 * (one-to-many); the resolver reports them.
 */
public final class Resolved {
  private final Map<EntitySpec<?>, Map<String, Object>> byEntity = new HashMap<>();

  /** Documents read ahead (by a script), taken over when a level first references them. */
  private final Map<EntitySpec<?>, Map<String, Object>> prefetched = new HashMap<>();

  /** The entity {@code randId} refers to through {@code relation}, or null. */
  public <R> R one(Relation<?, R> relation, String randId) {
    return randId == null ? null : get(relation.target(), randId);
  }

  /** The entities {@code randIds} refer to, in order, duplicates kept; null for null ids. */
  public <R> List<R> many(Relation<?, R> relation, List<String> randIds) {
    if (randIds == null) {
      return null;
    }
    EntitySpec<R> target = relation.target();
    List<R> values = new ArrayList<>(randIds.size());
    for (String randId : randIds) {
      R value = randId == null ? null : get(target, randId);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  public boolean contains(EntitySpec<?> entity, String randId) {
    Map<String, Object> values = byEntity.get(entity);
    return values != null && values.containsKey(randId);
  }

  /** Offers {@code value} (null = no document) for when a level references {@code randId}. */
  public void prefetch(EntitySpec<?> entity, String randId, Object value) {
    prefetched.computeIfAbsent(entity, e -> new HashMap<>()).put(randId, value);
  }

  /** Whether {@code randId} was read ahead; a later {@link #put} records it. */
  public boolean isPrefetched(EntitySpec<?> entity, String randId) {
    Map<String, Object> values = prefetched.get(entity);
    return values != null && values.containsKey(randId);
  }

  public Object prefetched(EntitySpec<?> entity, String randId) {
    return prefetched.get(entity).get(randId);
  }

  /** Records {@code value} (null = no document) for {@code randId}. */
  public void put(EntitySpec<?> entity, String randId, Object value) {
    byEntity.computeIfAbsent(entity, e -> new HashMap<>()).put(randId, value);
  }

  @SuppressWarnings("unchecked") // put() stores only values decoded by the entity's own codec
  private <R> R get(EntitySpec<R> entity, String randId) {
    Map<String, Object> values = byEntity.get(entity);
    return values == null ? null : (R) values.get(randId);
  }
}
