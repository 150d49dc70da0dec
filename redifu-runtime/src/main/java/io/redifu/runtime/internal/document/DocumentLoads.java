package io.redifu.runtime.internal.document;

import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.MetricsListener.Count;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.KeySchema;
import io.redifu.runtime.internal.redis.Meter;
import io.redifu.runtime.internal.redis.ScriptCalls;
import io.redifu.runtime.internal.redis.WriteBatch;
import io.redifu.runtime.internal.sql.Loaders;
import io.redifu.runtime.internal.sql.SeedSql;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
public final class DocumentLoads {
  private final UnifiedJedis client;
  private final Loaders loaders;
  private final DataSource dataSource;
  private final MetricsListener metrics;
  private final Undecodable undecodable;
  private final NearCaches nearCaches;

  /** The {@code Redifu}'s {@code missingMarkerTtl}, for entities without their own. */
  private final long markerTtlMillis;

  public DocumentLoads(
      UnifiedJedis client,
      Loaders loaders,
      DataSource dataSource,
      MetricsListener metrics,
      Duration markerTtl,
      boolean reloadUndecodable,
      NearCaches nearCaches) {
    this.client = client;
    this.loaders = loaders;
    this.dataSource = dataSource;
    this.metrics = metrics;
    this.markerTtlMillis = markerTtl.toMillis();
    this.undecodable = new Undecodable(client, metrics, reloadUndecodable);
    this.nearCaches = nearCaches;
  }

  /** The near cache of {@code entity}: one that holds nothing when it has none. */
  public <T> NearCache<T> near(EntitySpec<T> entity) {
    return nearCaches.of(entity);
  }

  /** Every near cache of the {@code Redifu}, for writes that drop what they change. */
  public NearCaches nearCaches() {
    return nearCaches;
  }

  /** How cached documents are decoded (fail fast, or read as absent when they no longer decode). */
  public Undecodable undecodable() {
    return undecodable;
  }

  /**
   * The TTL argument of {@code entity}'s missing markers, in milliseconds: its own {@code
   * missingTtl}, else the {@code Redifu}'s; never 0, since a marker must not outlive the row's
   * commit for good.
   */
  public byte[] markerTtl(EntitySpec<?> entity) {
    long millis =
        entity.missingTtlMillis() == EntitySpec.DEFAULT_MISSING_TTL
            ? markerTtlMillis
            : entity.missingTtlMillis();
    return Bytes.encode(Long.toString(millis));
  }

  public UnifiedJedis client() {
    return client;
  }

  public MetricsListener metrics() {
    return metrics;
  }

  /** Whether {@code entity} has a loader to ask. */
  public boolean canLoad(EntitySpec<?> entity) {
    return loaders != null && dataSource != null && loaders.get(entity) != null;
  }

  /**
   * Like {@link #load}, first leaving out ids with a missing marker (the source had no row for them
   * lately), so a dangling reference does not query SQL on every read: one round trip more, on the
   * miss path only.
   */
  <T> Map<String, T> loadUnlessMarked(EntitySpec<T> entity, List<String> randIds) {
    if (randIds.isEmpty() || !canLoad(entity)) {
      return new LinkedHashMap<>();
    }
    List<String> markers = new ArrayList<>(randIds.size());
    for (String randId : randIds) {
      markers.add(KeySchema.missingMarker(entity.documentKey().apply(randId)));
    }
    Meter meter = Meter.entity(metrics, entity.entityName());
    List<byte[]> marked = meter.call("load", () -> DocumentReads.values(client, markers));
    List<String> unmarked = new ArrayList<>(randIds.size());
    for (int i = 0; i < randIds.size(); i++) {
      if (marked.get(i) == null) {
        unmarked.add(randIds.get(i));
      } else {
        meter.count(Count.MISSING_MARKER_HITS, "load", 1);
      }
    }
    return load(entity, unmarked, true);
  }

  /**
   * The entities of {@code randIds} the loader found, by randId, now cached (replacing any missing
   * marker: the row is the SQL truth); with {@code markMissing}, ids it did not find get a missing
   * marker (unless a document appeared meanwhile), in the same round trip.
   */
  public <T> Map<String, T> load(EntitySpec<T> entity, List<String> randIds, boolean markMissing) {
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
    for (T item : SeedSql.unsorted(dataSource, entity).all(query)) {
      String randId = entity.codec().randId(item);
      if (randIds.contains(randId) && found.putIfAbsent(randId, item) == null) {
        writes.add(Documents.prepare(entity, item).with(EntityScripts.SET_IF_ABSENT));
      }
    }
    meter.seeded(found.size(), start);
    if (markMissing) {
      byte[] ttl = markerTtl(entity);
      for (String randId : new LinkedHashSet<>(randIds)) {
        if (!found.containsKey(randId)) {
          List<byte[]> keys = KeySchema.documentKeys(entity.documentKey().apply(randId));
          writes.add(
              new ScriptCalls.Call(EntityScripts.MARK_MISSING_UNLESS_PRESENT, keys, List.of(ttl)));
        }
      }
    }
    if (!writes.isEmpty()) {
      WriteBatch.submit(client, meter, "load", writes);
    }
    return found;
  }
}
