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
 * Entity store of {@link Comment}: one JSON document per entity under {@code comment:{randId}}, ttl "7d".
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Comment"
)
public final class CommentCache {
  /**
   * Key template of the documents.
   */
  public static final String KEY_TEMPLATE = "comment:{randId}";

  /**
   * Time to live of documents and missing markers; 0 = no expiry.
   */
  public static final long TTL_MILLIS = 604800000L;

  /**
   * Codec, document key and ttl of {@link Comment}, shared with its collection caches and with relations to it; for generated code.
   */
  public static final EntitySpec<Comment> SPEC = new EntitySpec<>(CommentCodec.create(), CommentCache::key, TTL_MILLIS, false);

  private final EntityStore<Comment> store;

  private CommentCache(EntityStore<Comment> store) {
    this.store = store;
  }

  /**
   * Returns the store of {@link Comment} on {@code redifu}'s Redis.
   */
  public static CommentCache create(Redifu redifu) {
    return new CommentCache(EntityStore.create(redifu, SPEC));
  }

  /**
   * This cache without relation resolution: items come back as stored (injected properties null).
   */
  public CommentCache raw() {
    return new CommentCache(store.raw());
  }

  /**
   * The document key of {@code randId}: {@code comment:{randId}}.
   */
  public static String key(String randId) {
    return "comment:" + Keys.requireParam("randId", randId);
  }

  /**
   * Stores the document (ttl restarts) and clears its missing marker; 1 round trip.
   */
  public void set(Comment value) {
    store.set(value);
  }

  /**
   * Stores every document like {@link #set}, in 1 round trip.
   */
  public void setAll(Collection<? extends Comment> values) {
    store.setAll(values);
  }

  /**
   * The document of {@code randId}, if cached.
   */
  public Optional<Comment> get(String randId) {
    return store.get(randId);
  }

  /**
   * The cached documents of {@code randIds} by randId, in the order given; 1 round trip.
   */
  public Map<String, Comment> getAll(Collection<String> randIds) {
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
  public Comment getOrLoad(String randId, Function<String, ? extends Comment> loader) {
    return store.getOrLoad(randId, loader);
  }
}
