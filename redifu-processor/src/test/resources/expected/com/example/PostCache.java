package com.example;

import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.internal.EntityStore;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.Keys;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.processing.Generated;

/**
 * Entity store of {@link Post}: one JSON document per entity under {@code post:{randId}}, ttl "7d".
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Post"
)
public final class PostCache {
  /**
   * Key template of the documents.
   */
  public static final String KEY_TEMPLATE = "post:{randId}";

  /**
   * Time to live of documents; 0 = no expiry.
   */
  public static final long TTL_MILLIS = 604800000L;

  /**
   * Time to live of missing markers: the {@code Redifu}'s {@code missingMarkerTtl}.
   */
  public static final long MISSING_TTL_MILLIS = EntitySpec.DEFAULT_MISSING_TTL;

  /**
   * Codec, document key, ttl and row scanner of {@link Post}, shared with its collection caches and with relations to it; for generated code.
   */
  public static final EntitySpec<Post> SPEC = EntitySpec.builder(PostCodec.create(), PostCache::key)
      .ttlMillis(TTL_MILLIS)
      .missingTtlMillis(MISSING_TTL_MILLIS)
      .rowScanner(PostRowScanner.create())
      .build();

  private final EntityStore<Post> store;

  private PostCache(EntityStore<Post> store) {
    this.store = store;
  }

  /**
   * Returns the store of {@link Post} on {@code redifu}'s Redis.
   */
  public static PostCache create(Redifu redifu) {
    return new PostCache(EntityStore.create(redifu, SPEC));
  }

  /**
   * This cache without relation resolution: items come back as stored (injected properties null).
   */
  public PostCache raw() {
    return new PostCache(store.raw());
  }

  /**
   * The document key of {@code randId}: {@code post:{randId}}; randId checked and percent-encoded.
   */
  public static String key(String randId) {
    return "post:" + Keys.param("randId", randId);
  }

  /**
   * Stores the document (ttl restarts) and clears its missing marker; 1 round trip.
   */
  public void set(Post value) {
    store.set(value);
  }

  /**
   * Stores every document like {@link #set}, in 1 round trip.
   */
  public void setAll(Collection<? extends Post> values) {
    store.setAll(values);
  }

  /**
   * The document of {@code randId}, if cached.
   */
  public Optional<Post> get(String randId) {
    return store.get(randId);
  }

  /**
   * The cached documents of {@code randIds} by randId, in the order given; 1 round trip.
   */
  public Map<String, Post> getAll(Collection<String> randIds) {
    return store.getAll(randIds);
  }

  /**
   * Deletes the document and its missing marker.
   */
  public void delete(String randId) {
    store.delete(randId);
  }

  /**
   * Records that the source has no such entity: deletes the document, sets the marker.
   */
  public void markMissing(String randId) {
    store.markMissing(randId);
  }

  /**
   * Whether {@code randId} is marked missing.
   */
  public boolean isMissing(String randId) {
    return store.isMissing(randId);
  }

  /**
   * The cached entity, else {@code loader}'s result (stored), else null (marked missing); concurrent calls for one id in this JVM run the loader once.
   */
  public Post getOrLoad(String randId, Function<String, ? extends Post> loader) {
    return store.getOrLoad(randId, loader);
  }

  /**
   * Loads entities missing from Redis with {@code loader}'s query: {@link #getOrLoad(String)}, documents missing during collection fetches and missing related documents, all missing ids of one read in one query. Returns this cache.
   */
  public PostCache loadedBy(Loader loader) {
    if (loader == null) {
      throw new IllegalArgumentException("loader must not be null");
    }
    store.loadedBy(loader::query);
    return this;
  }

  /**
   * The cached entity, else the one the {@link #loadedBy} query returns (stored), else null (marked missing); concurrent calls for one id run the query once.
   */
  public Post getOrLoad(String randId) {
    return store.getOrLoad(randId);
  }

  /**
   * The SQL that loads entities of {@link Post} by randId.
   */
  @FunctionalInterface
  public interface Loader {
    /**
     * The query returning the rows of those of {@code randIds} the source has; the others are marked missing.
     */
    SeedQuery query(List<String> randIds);
  }
}
