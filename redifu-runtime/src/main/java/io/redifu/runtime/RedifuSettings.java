package io.redifu.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The settings a {@link Redifu} was built with, as {@link Redifu#settings()} reports them, e.g. to
 * log them at startup (its {@code toString} lists them all) or to check what a Spring Boot
 * configuration bound. Each is described on the {@link Redifu.Builder} method of the same name,
 * which checks it. Immutable.
 *
 * @param timeout connect and socket timeout, and the longest a {@code getOrLoad} waits for the load
 *     another thread of this JVM runs for the same id
 * @param missingMarkerTtl how long missing markers live unless an entity sets its own {@code
 *     missingTtl}
 * @param reloadUndecodableDocuments whether documents that no longer decode are read as absent
 *     (deleted) instead of failing
 * @param singleRoundTripReads whether collection fetches read ids and documents in one script
 * @param relationDepth how many levels of relations a fetch resolves
 * @param relationHints how many documents' relation ids each cache of an entity with relations
 *     remembers
 * @param metrics where hits, misses, seeds, round trips and errors are reported
 * @param dataSource the SQL database seeders and loaders read from, if one was configured
 * @param nearCaches the entities that have a near cache, with its limits
 * @param nearCacheHeartbeat how often the near caches' invalidation connections are checked
 */
public record RedifuSettings(
    Duration timeout,
    Duration missingMarkerTtl,
    boolean reloadUndecodableDocuments,
    boolean singleRoundTripReads,
    int relationDepth,
    int relationHints,
    MetricsListener metrics,
    Optional<DataSource> dataSource,
    Map<Class<?>, NearCacheLimits> nearCaches,
    Duration nearCacheHeartbeat) {
  public RedifuSettings {
    nearCaches = Map.copyOf(nearCaches);
  }
}
