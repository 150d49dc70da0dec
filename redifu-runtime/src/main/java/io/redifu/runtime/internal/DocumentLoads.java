package io.redifu.runtime.internal;

import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.SeedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import redis.clients.jedis.UnifiedJedis;

/**
 * Loads documents Redis lacks through their entity's SQL loader ({@code loadedBy}), all missing ids
 * of one entity in one query, and caches what it found where no document appeared meanwhile (a
 * concurrent writer's document is newer than the SQL snapshot).
 */
final class DocumentLoads {
  private final UnifiedJedis client;
  private final Loaders loaders;
  private final DataSource dataSource;
  private final MetricsListener metrics;

  DocumentLoads(
      UnifiedJedis client, Loaders loaders, DataSource dataSource, MetricsListener metrics) {
    this.client = client;
    this.loaders = loaders;
    this.dataSource = dataSource;
    this.metrics = metrics;
  }

  UnifiedJedis client() {
    return client;
  }

  MetricsListener metrics() {
    return metrics;
  }

  /** Whether {@code entity} has a loader to ask. */
  boolean canLoad(EntitySpec<?> entity) {
    return loaders != null && dataSource != null && loaders.get(entity) != null;
  }

  /** The entities of {@code randIds} the loader found, by randId, now cached. */
  <T> Map<String, T> load(EntitySpec<T> entity, List<String> randIds) {
    Map<String, T> found = new LinkedHashMap<>();
    if (randIds.isEmpty() || !canLoad(entity)) {
      return found;
    }
    Function<List<String>, SeedQuery> loader = loaders.get(entity);
    SeedQuery query = loader.apply(List.copyOf(randIds));
    if (query == null) {
      throw new IllegalStateException(entity.entityName() + ".loadedBy returned null");
    }
    Meter meter = Meter.entity(metrics, entity.entityName());
    long start = System.nanoTime();
    List<ScriptCalls.Call> writes = new ArrayList<>();
    for (T item : new SeedSql<>(dataSource, entity, null).all(query)) {
      String randId = entity.codec().randId(item);
      if (randIds.contains(randId) && found.putIfAbsent(randId, item) == null) {
        writes.add(EntityStore.prepare(entity, item).with(EntityScripts.SET_IF_ABSENT));
      }
    }
    meter.seeded(found.size(), start);
    if (!writes.isEmpty()) {
      WriteBatch.submit(client, meter, "load", writes);
    }
    return found;
  }
}
