package io.redifu.runtime.internal.document;

import io.redifu.runtime.MetricsListener.Count;
import io.redifu.runtime.internal.codec.JsonCodecs;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.KeySchema;
import io.redifu.runtime.internal.redis.Meter;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import redis.clients.jedis.UnifiedJedis;

/**
 * The read-through of one entity store ({@code getOrLoad}): the cached document, or its missing
 * marker, else the loader's answer stored unless a writer stored a document meanwhile; one load per
 * id at a time in this JVM. Callers share the load, never an object: the flight carries the stored
 * document's bytes and each caller decodes its own instance, so one caller's edits (or the
 * relations injected into its copy) never reach another.
 */
public final class ReadThrough<T> {
  /**
   * One flight table for every store in this JVM, keyed by (client, document key): two cache
   * instances of one entity on one Redis must share it, or each runs its own load. Its value is the
   * stored document (null: marked missing).
   */
  private static final SingleFlight<byte[]> LOADS = new SingleFlight<>();

  private final UnifiedJedis client;
  private final EntitySpec<T> spec;
  private final DocumentBatch<T> batch;
  private final EntityReads<T> reads;
  private final Meter meter;
  private final byte[] markerTtlArg;

  /** The longest a caller waits for another thread's load of the same id. */
  private final Duration loadWait;

  private final Undecodable undecodable;
  private final NearCache<T> near;

  public ReadThrough(
      DocumentLoads loads,
      EntitySpec<T> spec,
      EntityReads<T> reads,
      Meter meter,
      byte[] markerTtlArg,
      Duration loadWait) {
    this.client = loads.client();
    this.spec = spec;
    this.batch = new DocumentBatch<>(client, spec);
    this.reads = reads;
    this.meter = meter;
    this.markerTtlArg = markerTtlArg;
    this.loadWait = loadWait;
    this.undecodable = loads.undecodable();
    this.near = loads.near(spec);
  }

  /** See {@code Documents.getOrLoad(randId, loader)}. */
  public T getOrLoad(String randId, Function<String, ? extends T> loader) {
    if (loader == null) {
      throw new IllegalArgumentException("loader must not be null");
    }
    String key = spec.documentKey().apply(randId);
    T held = near.get(key, "getOrLoad");
    if (held != null) {
      meter.count(Count.HITS, "getOrLoad", 1);
      return withRelations(held);
    }
    NearCaches.Ticket ticket = near.ticket(key);
    Lookup cached = lookup(key);
    byte[] document = cached.document();
    T value = undecodable.decode(spec, document, () -> key, "getOrLoad");
    if (value != null) {
      near.install(ticket, value, document.length);
      meter.count(Count.HITS, "getOrLoad", 1);
      return withRelations(value);
    }
    if (cached.missing()) {
      meter.count(Count.MISSING_MARKER_HITS, "getOrLoad", 1);
      return null;
    }
    meter.count(Count.MISSES, "getOrLoad", 1);
    document =
        LOADS.run(
            new LoadKey(client, key),
            loadWait,
            name() + ".getOrLoad of " + key,
            () -> load(randId, key, loader));
    return document == null ? null : withRelations(JsonCodecs.decode(spec.codec(), document, key));
  }

  /** {@code value} with its relations, or null when it is skipped for a missing one. */
  private T withRelations(T value) {
    List<T> resolved = reads.resolveLogged(List.of(value), name() + ".getOrLoad");
    return resolved.isEmpty() ? null : resolved.get(0);
  }

  /** The document stored for {@code key} once the load is done, or null when marked missing. */
  private byte[] load(String randId, String key, Function<String, ? extends T> loader) {
    Lookup cached = lookup(key); // another thread may have finished loading meanwhile
    if (cached.document() != null || cached.missing()) {
      return cached.document();
    }
    T loaded = loader.apply(randId);
    if (loaded != null) {
      String loadedId = spec.codec().randId(loaded);
      if (!randId.equals(loadedId)) {
        throw new IllegalStateException(
            "loader returned " + name() + " \"" + loadedId + "\" for randId \"" + randId + "\"");
      }
      Documents.Write write = Documents.prepare(spec, loaded);
      Object stored =
          meter.call(
              "getOrLoad",
              () -> EntityScripts.SET_UNLESS_PRESENT.eval(client, write.keys(), write.args()));
      return stored instanceof byte[] document ? document : write.document();
    }
    Object present =
        meter.call(
            "getOrLoad",
            () ->
                EntityScripts.MARK_MISSING_UNLESS_PRESENT.eval(
                    client, KeySchema.documentKeys(key), List.of(markerTtlArg)));
    return present instanceof byte[] document ? document : null;
  }

  private Lookup lookup(String key) {
    List<Object> replies =
        DocumentReads.readDocument(
            meter, name(), "getOrLoad", key, () -> batch.readWithMarker(key));
    return new Lookup((byte[]) replies.get(0), (Boolean) replies.get(1));
  }

  private String name() {
    return spec.entityName();
  }

  /** What Redis holds for one key: the document, or null and whether the marker is set. */
  private record Lookup(byte[] document, boolean missing) {}

  /** Identifies one document on one Redis; UnifiedJedis has identity equality. */
  private record LoadKey(UnifiedJedis client, String documentKey) {}
}
