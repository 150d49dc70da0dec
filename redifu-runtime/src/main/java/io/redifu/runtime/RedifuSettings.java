package io.redifu.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The settings a {@link Redifu} was built with, as {@link Redifu#settings()} reports them, e.g. to
 * log them at startup or to check what a Spring Boot configuration bound. Each is described on the
 * {@link Redifu.Builder} method of the same name. Immutable.
 */
public final class RedifuSettings {
  private final Duration timeout;
  private final Duration missingMarkerTtl;
  private final boolean reloadUndecodableDocuments;
  private final boolean singleRoundTripReads;
  private final int relationDepth;
  private final int relationHints;
  private final MetricsListener metrics;
  private final DataSource dataSource;
  private final Map<Class<?>, NearCacheLimits> nearCaches;
  private final Duration nearCacheHeartbeat;

  RedifuSettings(
      Duration timeout,
      Duration missingMarkerTtl,
      boolean reloadUndecodableDocuments,
      boolean singleRoundTripReads,
      int relationDepth,
      int relationHints,
      MetricsListener metrics,
      DataSource dataSource,
      Map<Class<?>, NearCacheLimits> nearCaches,
      Duration nearCacheHeartbeat) {
    this.timeout = timeout;
    this.missingMarkerTtl = missingMarkerTtl;
    this.reloadUndecodableDocuments = reloadUndecodableDocuments;
    this.singleRoundTripReads = singleRoundTripReads;
    this.relationDepth = relationDepth;
    this.relationHints = relationHints;
    this.metrics = metrics;
    this.dataSource = dataSource;
    this.nearCaches = Map.copyOf(nearCaches);
    this.nearCacheHeartbeat = nearCacheHeartbeat;
  }

  /**
   * Connect and socket timeout, and the longest a {@code getOrLoad} waits for the load another
   * thread of this JVM runs for the same id.
   */
  public Duration timeout() {
    return timeout;
  }

  /** How long missing markers live unless an entity sets its own {@code missingTtl}. */
  public Duration missingMarkerTtl() {
    return missingMarkerTtl;
  }

  /** Whether documents that no longer decode are read as absent (deleted) instead of failing. */
  public boolean reloadUndecodableDocuments() {
    return reloadUndecodableDocuments;
  }

  /** Whether collection fetches read ids and documents in one script. */
  public boolean singleRoundTripReads() {
    return singleRoundTripReads;
  }

  /** How many levels of relations a fetch resolves. */
  public int relationDepth() {
    return relationDepth;
  }

  /** How many documents' relation ids each cache of an entity with relations remembers. */
  public int relationHints() {
    return relationHints;
  }

  /** Where hits, misses, seeds, round trips and errors are reported. */
  public MetricsListener metrics() {
    return metrics;
  }

  /** The entities that have a near cache, with its limits. */
  public Map<Class<?>, NearCacheLimits> nearCaches() {
    return nearCaches;
  }

  /** How often the near caches' invalidation connections are checked. */
  public Duration nearCacheHeartbeat() {
    return nearCacheHeartbeat;
  }

  /** The SQL database seeders and loaders read from, if one was configured. */
  public Optional<DataSource> dataSource() {
    return Optional.ofNullable(dataSource);
  }
}
