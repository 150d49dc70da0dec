package com.example;

import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.internal.EntitySpec;
import io.redifu.runtime.internal.EntityStore;
import io.redifu.runtime.internal.Keys;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.processing.Generated;

/**
 * Entity store of {@link Review}: one JSON document per entity under {@code review:{randId}}, ttl "7d".
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Review"
)
public final class ReviewCache {
  /**
   * Key template of the documents.
   */
  public static final String KEY_TEMPLATE = "review:{randId}";

  /**
   * Time to live of documents and missing markers; 0 = no expiry.
   */
  public static final long TTL_MILLIS = 604800000L;

  /**
   * Codec, document key, ttl and relations of {@link Review}, shared with its collection caches and with relations to it; for generated code.
   */
  public static final EntitySpec<Review> SPEC = new EntitySpec<>(ReviewCodec.create(), ReviewCache::key, TTL_MILLIS, false, ReviewRelations.create());

  private final EntityStore<Review> store;

  private ReviewCache(EntityStore<Review> store) {
    this.store = store;
  }

  /**
   * Returns the store of {@link Review} on {@code redifu}'s Redis.
   */
  public static ReviewCache create(Redifu redifu) {
    return new ReviewCache(EntityStore.create(redifu, SPEC));
  }

  /**
   * This cache without relation resolution: items come back as stored (injected properties null).
   */
  public ReviewCache raw() {
    return new ReviewCache(store.raw());
  }

  /**
   * The document key of {@code randId}: {@code review:{randId}}.
   */
  public static String key(String randId) {
    return "review:" + Keys.requireParam("randId", randId);
  }

  /**
   * Stores the document (ttl restarts) and clears its missing marker; 1 round trip.
   */
  public void set(Review value) {
    store.set(value);
  }

  /**
   * Stores every document like {@link #set}, in 1 round trip.
   */
  public void setAll(Collection<? extends Review> values) {
    store.setAll(values);
  }

  /**
   * The document of {@code randId}, if cached.
   */
  public Optional<Review> get(String randId) {
    return store.get(randId);
  }

  /**
   * The cached documents of {@code randIds} by randId, in the order given; 1 round trip.
   */
  public Map<String, Review> getAll(Collection<String> randIds) {
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
  public Review getOrLoad(String randId, Function<String, ? extends Review> loader) {
    return store.getOrLoad(randId, loader);
  }
}
