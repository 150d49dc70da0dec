package io.redifu.runtime.internal.sql;

import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.internal.model.EntitySpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The SQL loaders ({@code XCache.loadedBy}) of one {@code Redifu}, by entity: every cache of an
 * entity on that {@code Redifu} — its entity cache, its collections, the caches that reference it —
 * loads missing documents through the same query.
 */
public final class Loaders {
  private final Map<EntitySpec<?>, Function<List<String>, SeedQuery>> byEntity =
      new ConcurrentHashMap<>();

  public <T> void set(EntitySpec<T> entity, Function<List<String>, SeedQuery> loader) {
    if (loader == null) {
      throw new IllegalArgumentException(
          entity.entityName() + ".loadedBy: loader must not be null");
    }
    JooqPresence.require(entity.entityName() + ".loadedBy");
    byEntity.put(entity, loader);
  }

  /** The loader of {@code entity}, or null. */
  public Function<List<String>, SeedQuery> get(EntitySpec<?> entity) {
    return byEntity.get(entity);
  }
}
