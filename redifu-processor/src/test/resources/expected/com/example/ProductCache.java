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
 * Entity store of {@link Product}: one JSON document per entity under {@code product:{randId}}, ttl "1h".
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Product"
)
public final class ProductCache {
  /**
   * Key template of the documents.
   */
  public static final String KEY_TEMPLATE = "product:{randId}";

  /**
   * Time to live of documents; 0 = no expiry.
   */
  public static final long TTL_MILLIS = 3600000L;

  /**
   * Time to live of missing markers: the {@code Redifu}'s {@code missingMarkerTtl}.
   */
  public static final long MISSING_TTL_MILLIS = EntitySpec.DEFAULT_MISSING_TTL;

  /**
   * Codec, document key, ttl and row scanner of {@link Product}, shared with its collection caches and with relations to it; for generated code.
   */
  public static final EntitySpec<Product> SPEC = EntitySpec.builder(ProductCodec.create(), ProductCache::key)
      .ttlMillis(TTL_MILLIS)
      .missingTtlMillis(MISSING_TTL_MILLIS)
      .slidingTtl()
      .rowScanner(ProductRowScanner.create())
      .build();

  private final EntityStore<Product> store;

  private ProductCache(EntityStore<Product> store) {
    this.store = store;
  }

  /**
   * Returns the store of {@link Product} on {@code redifu}'s Redis.
   */
  public static ProductCache create(Redifu redifu) {
    return new ProductCache(EntityStore.create(redifu, SPEC));
  }

  /**
   * This cache without relation resolution: items come back as stored (injected properties null).
   */
  public ProductCache raw() {
    return new ProductCache(store.raw());
  }

  /**
   * The document key of {@code randId}: {@code product:{randId}}; randId checked and percent-encoded.
   */
  public static String key(String randId) {
    return "product:" + Keys.param("randId", randId);
  }

  /**
   * Stores the document (ttl restarts) and clears its missing marker; 1 round trip.
   */
  public void set(Product value) {
    store.set(value);
  }

  /**
   * Stores every document like {@link #set}, in 1 round trip.
   */
  public void setAll(Collection<? extends Product> values) {
    store.setAll(values);
  }

  /**
   * The document of {@code randId}, if cached.
   */
  public Optional<Product> get(String randId) {
    return store.get(randId);
  }

  /**
   * The cached documents of {@code randIds} by randId, in the order given; 1 round trip.
   */
  public Map<String, Product> getAll(Collection<String> randIds) {
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
  public Product getOrLoad(String randId, Function<String, ? extends Product> loader) {
    return store.getOrLoad(randId, loader);
  }

  /**
   * Loads entities missing from Redis with {@code loader}'s query: {@link #getOrLoad(String)}, documents missing during collection fetches and missing related documents, all missing ids of one read in one query. Returns this cache.
   */
  public ProductCache loadedBy(Loader loader) {
    if (loader == null) {
      throw new IllegalArgumentException("loader must not be null");
    }
    store.loadedBy(loader::query);
    return this;
  }

  /**
   * The cached entity, else the one the {@link #loadedBy} query returns (stored), else null (marked missing); concurrent calls for one id run the query once.
   */
  public Product getOrLoad(String randId) {
    return store.getOrLoad(randId);
  }

  /**
   * The SQL that loads entities of {@link Product} by randId.
   */
  @FunctionalInterface
  public interface Loader {
    /**
     * The query returning the rows of those of {@code randIds} the source has; the others are marked missing.
     */
    SeedQuery query(List<String> randIds);
  }
}
