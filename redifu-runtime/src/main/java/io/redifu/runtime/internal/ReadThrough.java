package io.redifu.runtime.internal;

import java.util.List;
import java.util.function.Function;
import redis.clients.jedis.UnifiedJedis;

/**
 * The read-through of one entity store ({@code getOrLoad}): the cached document, or its missing
 * marker, else the loader's answer stored unless a writer stored a document meanwhile; one load per
 * id at a time in this JVM.
 */
final class ReadThrough<T> {
  /**
   * One flight table for every store in this JVM, keyed by (client, document key): two cache
   * instances of one entity on one Redis must share it, or each runs its own load.
   */
  private static final SingleFlight<Object> LOADS = new SingleFlight<>();

  private final UnifiedJedis client;
  private final EntitySpec<T> spec;
  private final DocumentBatch<T> batch;
  private final EntityReads<T> reads;
  private final Meter meter;
  private final byte[] markerTtlArg;

  ReadThrough(
      UnifiedJedis client,
      EntitySpec<T> spec,
      EntityReads<T> reads,
      Meter meter,
      byte[] markerTtlArg) {
    this.client = client;
    this.spec = spec;
    this.batch = new DocumentBatch<>(client, spec);
    this.reads = reads;
    this.meter = meter;
    this.markerTtlArg = markerTtlArg;
  }

  /** See {@code EntityStore.getOrLoad(randId, loader)}. */
  T getOrLoad(String randId, Function<String, ? extends T> loader) {
    if (loader == null) {
      throw new IllegalArgumentException("loader must not be null");
    }
    String key = spec.documentKey().apply(randId);
    Lookup<T> cached = lookup(key);
    if (cached.found()) {
      meter.hits("getOrLoad", 1);
    } else if (cached.missing()) {
      meter.missingMarkerHit("getOrLoad");
    } else {
      meter.misses("getOrLoad", 1);
    }
    if (cached.found() || cached.missing()) {
      return withRelations(cached.value());
    }
    @SuppressWarnings("unchecked") // the flight of (client, key) only ever holds this store's T
    T loaded = (T) LOADS.run(new LoadKey(client, key), () -> load(randId, key, loader));
    return withRelations(loaded);
  }

  /** {@code value} with its relations, or null when it is null or skipped for a missing one. */
  private T withRelations(T value) {
    if (value == null) {
      return null;
    }
    List<T> resolved = reads.resolveLogged(List.of(value), name() + ".getOrLoad");
    return resolved.isEmpty() ? null : resolved.get(0);
  }

  private T load(String randId, String key, Function<String, ? extends T> loader) {
    Lookup<T> cached = lookup(key); // another thread may have finished loading meanwhile
    if (cached.found() || cached.missing()) {
      return cached.value();
    }
    T loaded = loader.apply(randId);
    if (loaded != null) {
      String loadedId = spec.codec().randId(loaded);
      if (!randId.equals(loadedId)) {
        throw new IllegalStateException(
            "loader returned " + name() + " \"" + loadedId + "\" for randId \"" + randId + "\"");
      }
      EntityStore.Write write = EntityStore.prepare(spec, loaded);
      Object stored =
          meter.call(
              "getOrLoad",
              () -> EntityScripts.SET_UNLESS_PRESENT.eval(client, write.keys(), write.args()));
      return stored instanceof byte[] document
          ? JsonCodecs.decode(spec.codec(), document, key)
          : loaded;
    }
    Object present =
        meter.call(
            "getOrLoad",
            () ->
                EntityScripts.MARK_MISSING_UNLESS_PRESENT.eval(
                    client, EntityStore.keysOf(key), List.of(markerTtlArg)));
    return present instanceof byte[] document
        ? JsonCodecs.decode(spec.codec(), document, key)
        : null;
  }

  private Lookup<T> lookup(String key) {
    List<Object> replies =
        DocumentReads.readDocument(
            meter, name(), "getOrLoad", key, () -> batch.readWithMarker(key));
    byte[] document = (byte[]) replies.get(0);
    if (document != null) {
      return new Lookup<>(JsonCodecs.decode(spec.codec(), document, key), true, false);
    }
    return new Lookup<>(null, false, (Boolean) replies.get(1));
  }

  private String name() {
    return spec.entityName();
  }

  private record Lookup<T>(T value, boolean found, boolean missing) {}

  /** Identifies one document on one Redis; UnifiedJedis has identity equality. */
  private record LoadKey(UnifiedJedis client, String documentKey) {}
}
