package io.redifu.runtime.internal;

import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.NearCacheLimits;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedifuSettings;
import io.redifu.runtime.internal.collection.CollectionCore;
import io.redifu.runtime.internal.document.DocumentLoads;
import io.redifu.runtime.internal.document.Documents;
import io.redifu.runtime.internal.document.NearCaches;
import io.redifu.runtime.internal.model.CollectionSpec;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.KeySpace;
import io.redifu.runtime.internal.model.Relation;
import io.redifu.runtime.internal.redis.Invalidations;
import io.redifu.runtime.internal.redis.Meter;
import io.redifu.runtime.internal.redis.TrackingTarget;
import io.redifu.runtime.internal.seed.Seeders;
import io.redifu.runtime.internal.sql.Loaders;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import redis.clients.jedis.UnifiedJedis;

/**
 * What the caches created on one {@link Redifu} share: its client and settings, the entity loaders
 * ({@code XCache.loadedBy}) and the key templates taken so far. Built by {@code Redifu}'s builder.
 *
 * <p>Generated code hands the stores a {@code Redifu}; the stores need this. {@code Redifu} keeps
 * it in a private field and registers, once, in its static initializer, the function that reads it
 * (as the JDK's SharedSecrets do): whoever holds a {@code Redifu} has initialized its class, so the
 * function is there, and the user-facing class shows no accessor for internals.
 */
public final class RuntimeContext {
  private static volatile Function<Redifu, RuntimeContext> access;

  private final UnifiedJedis client;
  private final RedifuSettings settings;
  private final Loaders loaders = new Loaders();
  private final KeySpace keySpace = new KeySpace();

  private final NearCaches nearCaches;

  /**
   * @param tracking where near caches hear about changes; null when redifu cannot open that
   *     connection (then the settings ask for no near cache)
   */
  public RuntimeContext(UnifiedJedis client, RedifuSettings settings, TrackingTarget tracking) {
    this.client = Objects.requireNonNull(client, "client");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.nearCaches =
        new NearCaches(
            settings.nearCaches(),
            settings.metrics(),
            caches -> new Invalidations(tracking, settings.nearCacheHeartbeat(), caches));
  }

  /** Stops what runs in the background for this {@code Redifu}: the near caches' tracking. */
  public void close() {
    nearCaches.close();
  }

  /**
   * How stores reach the context of a {@code Redifu}: called by {@code Redifu}'s static initializer
   * and by nothing else.
   *
   * @throws IllegalStateException when called a second time
   */
  public static synchronized void register(Function<Redifu, RuntimeContext> accessor) {
    if (access != null) {
      throw new IllegalStateException("the accessor of Redifu's context is registered already");
    }
    access = Objects.requireNonNull(accessor, "accessor");
  }

  /** The context of {@code redifu}, for the stores' factories. */
  static RuntimeContext of(Redifu redifu) {
    Objects.requireNonNull(redifu, "redifu");
    Function<Redifu, RuntimeContext> accessor = access;
    if (accessor == null) { // cannot happen: building a Redifu initializes its class
      throw new IllegalStateException("Redifu has not registered the accessor of its context");
    }
    return accessor.apply(redifu);
  }

  /**
   * Takes the key template of the collection {@code spec} (of {@code kind}, for metrics) and
   * returns its seeders, metered under the collection's name.
   */
  Seeders collection(EntitySpec<?> entity, CollectionSpec<?> spec, String kind) {
    keySpace.collection(spec.name(), spec.keyTemplate());
    return new Seeders(
        dataSource(),
        Meter.collection(metrics(), entity.entityName(), spec.name(), kind),
        spec.timed());
  }

  /** Takes the key templates of {@code entity} and returns its documents on this client. */
  <T> Documents<T> documents(EntitySpec<T> entity) {
    keySpace.documents(entity);
    DocumentLoads loads =
        new DocumentLoads(
            client,
            loaders,
            dataSource(),
            metrics(),
            settings.missingMarkerTtl(),
            settings.reloadUndecodableDocuments(),
            nearCaches);
    return new Documents<>(
        loads,
        loaders,
        entity,
        settings.relationDepth(),
        settings.relationHints(),
        settings.timeout());
  }

  /**
   * The core of a collection (keys and scripts as {@code layout} says) of {@code entity}'s
   * documents, metered as its {@code seeders}.
   */
  <T> CollectionCore<T> core(
      CollectionCore.Kind kind, EntitySpec<T> entity, CollectionSpec<T> spec, Seeders seeders) {
    return new CollectionCore<>(kind, client, documents(entity), spec, seeders.meter());
  }

  /**
   * Whether collection fetches of {@code entity} run as one script that reads the documents too:
   * when the settings ask for it and neither the entity nor a relation target has a near cache,
   * which that script would pass by.
   */
  boolean singleRoundTrip(EntitySpec<?> entity) {
    Map<Class<?>, NearCacheLimits> near = settings.nearCaches();
    boolean nearRead = near.containsKey(entity.codec().type());
    for (Relation<?, ?> relation : entity.relations().all()) {
      nearRead |= near.containsKey(relation.target().codec().type());
    }
    return settings.singleRoundTripReads() && !nearRead;
  }

  /** The near caches of this {@code Redifu}. */
  NearCaches nearCaches() {
    return nearCaches;
  }

  UnifiedJedis client() {
    return client;
  }

  RedifuSettings settings() {
    return settings;
  }

  MetricsListener metrics() {
    return settings.metrics();
  }

  /** The SQL database seeders and loaders read from; null when none was configured. */
  DataSource dataSource() {
    return settings.dataSource().orElse(null);
  }

  Loaders loaders() {
    return loaders;
  }

  KeySpace keySpace() {
    return keySpace;
  }
}
