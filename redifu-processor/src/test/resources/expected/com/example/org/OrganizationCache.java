package com.example.org;

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
 * Entity store of {@link Organization}: one JSON document per entity under {@code org:{randId}}, ttl "30d".
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Organization"
)
public final class OrganizationCache {
  /**
   * Key template of the documents.
   */
  public static final String KEY_TEMPLATE = "org:{randId}";

  /**
   * Time to live of documents and missing markers; 0 = no expiry.
   */
  public static final long TTL_MILLIS = 2592000000L;

  /**
   * Codec, document key and ttl of {@link Organization}, shared with its collection caches and with relations to it; for generated code.
   */
  public static final EntitySpec<Organization> SPEC = new EntitySpec<>(OrganizationCodec.create(), OrganizationCache::key, TTL_MILLIS, false);

  private final EntityStore<Organization> store;

  private OrganizationCache(EntityStore<Organization> store) {
    this.store = store;
  }

  /**
   * Returns the store of {@link Organization} on {@code redifu}'s Redis.
   */
  public static OrganizationCache create(Redifu redifu) {
    return new OrganizationCache(EntityStore.create(redifu, SPEC));
  }

  /**
   * This cache without relation resolution: items come back as stored (injected properties null).
   */
  public OrganizationCache raw() {
    return new OrganizationCache(store.raw());
  }

  /**
   * The document key of {@code randId}: {@code org:{randId}}.
   */
  public static String key(String randId) {
    return "org:" + Keys.requireParam("randId", randId);
  }

  /**
   * Stores the document (ttl restarts) and clears its missing marker; 1 round trip.
   */
  public void set(Organization value) {
    store.set(value);
  }

  /**
   * Stores every document like {@link #set}, in 1 round trip.
   */
  public void setAll(Collection<? extends Organization> values) {
    store.setAll(values);
  }

  /**
   * The document of {@code randId}, if cached.
   */
  public Optional<Organization> get(String randId) {
    return store.get(randId);
  }

  /**
   * The cached documents of {@code randIds} by randId, in the order given; 1 round trip.
   */
  public Map<String, Organization> getAll(Collection<String> randIds) {
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
  public Organization getOrLoad(String randId, Function<String, ? extends Organization> loader) {
    return store.getOrLoad(randId, loader);
  }
}
