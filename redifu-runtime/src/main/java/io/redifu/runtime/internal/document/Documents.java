package io.redifu.runtime.internal.document;

import io.redifu.runtime.MetricsListener.Count;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.codec.JsonCodecs;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.KeySchema;
import io.redifu.runtime.internal.redis.Meter;
import io.redifu.runtime.internal.redis.Script;
import io.redifu.runtime.internal.redis.ScriptCalls;
import io.redifu.runtime.internal.redis.WriteBatch;
import io.redifu.runtime.internal.sql.Loaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.GetExParams;

/**
 * The documents of one entity: one JSON document per entity, with TTL, and a missing marker beside
 * it; reads resolve relations. Thread-safe.
 */
public final class Documents<T> {
  private final UnifiedJedis client;
  private final EntitySpec<T> spec;
  private final byte[] markerTtlArg;

  /** Relation levels reads resolve; 0 = raw. */
  private final int relationDepth;

  private final EntityReads<T> reads;
  private final DocumentLoads loads;
  private final Loaders loaders;
  private final Meter meter;
  private final ReadThrough<T> readThrough;
  private final NearCache<T> near;

  /** The longest a {@code getOrLoad} waits for another thread's load of the same id. */
  private final Duration loadWait;

  public Documents(
      DocumentLoads loads,
      Loaders loaders,
      EntitySpec<T> spec,
      int relationDepth,
      int hintCapacity,
      Duration loadWait) {
    this.client = loads.client();
    this.spec = spec;
    this.markerTtlArg = loads.markerTtl(spec);
    this.relationDepth = relationDepth;
    this.loads = loads;
    this.loaders = loaders;
    this.meter = Meter.entity(loads.metrics(), spec.entityName());
    this.reads = new EntityReads<>(loads, spec, relationDepth, hintCapacity);
    this.loadWait = loadWait;
    this.near = loads.near(spec); // here, so a near cache the entity cannot have fails at create
    this.readThrough = new ReadThrough<>(loads, spec, reads, meter, markerTtlArg, loadWait);
  }

  /** This store without relation resolution: documents come back as stored. */
  public Documents<T> raw() {
    return relationDepth == 0 ? this : new Documents<>(loads, loaders, spec, 0, 0, loadWait);
  }

  /** Stores the document (with TTL) and clears its missing marker, atomically, in 1 round trip. */
  public void set(T value) {
    meter.timedRun(
        "set",
        () -> {
          Write write = prepare(value);
          WriteBatch.submit(
              client, meter, "set", List.of(write.with(EntityScripts.SET)), () -> written(value));
        });
  }

  /** Stores every document like {@link #set}, in 1 round trip; nothing is sent if one is bad. */
  public void setAll(Collection<? extends T> values) {
    meter.timedRun(
        "setAll",
        () -> {
          if (values == null) {
            throw new IllegalArgumentException(name() + " collection must not be null");
          }
          List<Write> writes = new ArrayList<>(values.size());
          for (T value : values) {
            writes.add(prepare(value));
          }
          if (!writes.isEmpty()) {
            List<ScriptCalls.Call> calls = new ArrayList<>(writes.size());
            for (Write write : writes) {
              calls.add(write.with(EntityScripts.SET));
            }
            WriteBatch.submit(client, meter, "setAll", calls, () -> values.forEach(this::written));
          }
        });
  }

  public Optional<T> get(String randId) {
    return meter.timed(
        "get",
        () -> {
          String key = spec.documentKey().apply(randId);
          T value = near.get(key, "get");
          if (value == null) {
            value = read(key);
          }
          if (value == null) {
            meter.count(Count.MISSES, "get", 1);
            return Optional.empty();
          }
          meter.count(Count.HITS, "get", 1);
          List<T> resolved = reads.resolveLogged(List.of(value), name() + ".get");
          return resolved.isEmpty() ? Optional.empty() : Optional.of(resolved.get(0));
        });
  }

  /** The document at {@code key} from Redis, decoded (null when absent), held near if wanted. */
  private T read(String key) {
    byte[] keyBytes = Bytes.encode(key);
    NearCaches.Ticket ticket = near.ticket(key);
    byte[] document =
        DocumentReads.readDocument(
            meter,
            name(),
            "get",
            key,
            () ->
                spec.refreshesOnRead()
                    ? client.getEx(keyBytes, GetExParams.getExParams().px(spec.ttlMillis()))
                    : client.get(keyBytes));
    if (document == null) {
      return null;
    }
    T value = loads.undecodable().decode(spec, document, () -> key, "get");
    near.install(ticket, value, document.length);
    return value;
  }

  /**
   * The documents of {@code randIds} that exist, in the order given (duplicates once), read in 1
   * round trip, plus 1 per relation level.
   */
  public Map<String, T> getAll(Collection<String> randIds) {
    return meter.timed(
        "getAll",
        () -> {
          EntityReads.PageRead<T> read = reads.readPage(randIds);
          if (!reads.resolvesRelations()) {
            return read.found();
          }
          Map<String, T> kept = new LinkedHashMap<>();
          List<T> values = new ArrayList<>(read.found().values());
          for (T value : reads.resolveLogged(values, read.related(), name() + ".getAll")) {
            kept.put(spec.codec().randId(value), value);
          }
          return kept;
        });
  }

  /** Deletes the document and its missing marker. */
  public void delete(String randId) {
    deleteAll("delete", Collections.singletonList(randId)); // null: refused by the key
  }

  /**
   * Deletes the documents and missing markers of {@code randIds} in 1 round trip (or with the batch
   * open on this thread).
   */
  public void deleteAll(Collection<String> randIds) {
    deleteAll("deleteAll", randIds);
  }

  private void deleteAll(String op, Collection<String> randIds) {
    List<ScriptCalls.Call> calls = new ArrayList<>(randIds.size());
    for (String randId : randIds) {
      calls.add(documentCall(EntityScripts.DELETE, randId, List.of()));
    }
    if (!calls.isEmpty()) {
      WriteBatch.submit(client, meter, op, calls, () -> randIds.forEach(this::writtenId));
    }
  }

  /**
   * Drops the document Redis just answered a write of from the near caches, so this JVM reads its
   * writes back at once; other JVMs hear of it from Redis. Writers call it once Redis answered.
   */
  public void written(T value) {
    writtenId(spec.codec().randId(value));
  }

  private void writtenId(String randId) {
    loads.nearCaches().invalidate(spec.documentKey().apply(randId));
  }

  /**
   * Records that the source has no such entity: deletes the document and sets the marker, which
   * lives the entity's {@code missingTtl} (else the {@code Redifu}'s {@code missingMarkerTtl}).
   */
  public void markMissing(String randId) {
    WriteBatch.submit(
        client,
        meter,
        "markMissing",
        List.of(documentCall(EntityScripts.MARK_MISSING, randId, List.of(markerTtlArg))),
        () -> writtenId(randId));
  }

  private ScriptCalls.Call documentCall(Script script, String randId, List<byte[]> args) {
    return new ScriptCalls.Call(
        script, KeySchema.documentKeys(spec.documentKey().apply(randId)), args);
  }

  public boolean isMissing(String randId) {
    String marker = KeySchema.missingMarker(spec.documentKey().apply(randId));
    return meter.call("isMissing", () -> client.exists(Bytes.encode(marker)));
  }

  /**
   * Sets, for every cache of this entity on this {@code Redifu}, the query that loads entities by
   * randId from SQL: used by {@link #getOrLoad(String)}, for documents missing during collection
   * fetches and for missing related documents, each time for all missing ids in one query.
   */
  public void loadedBy(Function<List<String>, SeedQuery> loader) {
    loaders.set(spec, loader);
  }

  /** The cached entity, else the one the {@link #loadedBy} query returns (stored), else null. */
  public T getOrLoad(String randId) {
    if (!loads.canLoad(spec)) {
      throw new IllegalStateException(
          name() + " has no loader: call loadedBy(...) and give Redifu a dataSource");
    }
    // no marker here: getOrLoad stores one itself when the loader finds nothing
    return getOrLoad(randId, id -> loads.load(spec, List.of(id), false).get(id));
  }

  /**
   * The cached entity; on a miss, the result of {@code loader} (stored), or {@code null} when the
   * loader returns null (a missing marker is then stored, so later calls skip the loader while it
   * lives). In this JVM, concurrent calls for one id run the loader once, each caller getting its
   * own instance; one waiting for another thread's load waits at most the {@code Redifu}'s timeout.
   */
  public T getOrLoad(String randId, Function<String, ? extends T> loader) {
    return meter.timed("getOrLoad", () -> readThrough.getOrLoad(randId, loader));
  }

  private Write prepare(T value) {
    return prepare(spec, value);
  }

  /** The keys and arguments that store {@code value} (validated) as a document of {@code spec}. */
  public static <T> Write prepare(EntitySpec<T> spec, T value) {
    if (value == null) {
      throw new IllegalArgumentException(spec.entityName() + " must not be null");
    }
    String randId = spec.codec().randId(value);
    if (randId == null) {
      throw new IllegalArgumentException(
          spec.entityName()
              + ".randId is null; call init() on a new entity (or set its randId) first");
    }
    String key = spec.documentKey().apply(randId);
    byte[] ttl = Bytes.encode(Long.toString(spec.ttlMillis()));
    return new Write(
        KeySchema.documentKeys(key), List.of(JsonCodecs.encode(spec.codec(), value), ttl));
  }

  private String name() {
    return spec.entityName();
  }

  /** The script call that stores {@code value}, for callers that batch it with other writes. */
  public ScriptCalls.Call setCall(T value) {
    return prepare(value).with(EntityScripts.SET);
  }

  /** The script call that stores {@code value} only if no document is cached. */
  public ScriptCalls.Call setIfAbsentCall(T value) {
    return prepare(value).with(EntityScripts.SET_IF_ABSENT);
  }

  /** Page reads and relation resolution, for the collection stores. */
  public EntityReads<T> reads() {
    return reads;
  }

  public UnifiedJedis client() {
    return client;
  }

  public EntitySpec<T> spec() {
    return spec;
  }

  /** The keys (document, marker) and arguments (document, TTL) of one document write. */
  public record Write(List<byte[]> keys, List<byte[]> args) {
    public ScriptCalls.Call with(Script script) {
      return new ScriptCalls.Call(script, keys, args);
    }

    /** The encoded document this write stores. */
    public byte[] document() {
      return args.get(0);
    }
  }
}
