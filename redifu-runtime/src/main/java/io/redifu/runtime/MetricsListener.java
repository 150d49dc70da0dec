package io.redifu.runtime;

import java.util.function.LongSupplier;

/**
 * Hears what redifu's caches do, for metrics: register one with {@link
 * Redifu.Builder#metrics(MetricsListener)}. {@link io.redifu.runtime.metrics.MicrometerMetrics}
 * reports to a Micrometer registry; implement this interface to report elsewhere.
 *
 * <p>Calls come on the caller's thread, on the hot path: keep them fast, and never throw. Every
 * method does nothing unless overridden. Tags: {@code entity} is the entity's name ({@code
 * "Post"}); {@code collection} the collection cache's name ({@code "PostTimelineCache"}), or {@link
 * #NO_COLLECTION} for entity operations; {@code op} the method ({@code "fetch"}, {@code "get"}).
 */
public interface MetricsListener {
  /** The {@code collection} of an operation on entity documents only. */
  String NO_COLLECTION = "none";

  /** A listener that ignores everything; the default. */
  MetricsListener NONE = new MetricsListener() {};

  /**
   * {@code count} reads answered from Redis: documents found, or a fetch of a collection that was
   * seeded.
   */
  default void hits(String entity, String collection, String op, int count) {}

  /** {@code count} reads Redis could not answer: documents absent, or a collection not seeded. */
  default void misses(String entity, String collection, String op, int count) {}

  /** {@code count} documents known to be absent from SQL (their missing marker was found). */
  default void missingMarkerHits(String entity, String collection, String op, int count) {}

  /**
   * {@code count} documents a read needed but Redis no longer held (expired or evicted); they come
   * back when the collection is seeded or the entity stored again. {@code op} is {@code "fetch"}
   * for ids a collection listed, which the result left out, and {@code "relations"} for references
   * whose property stayed null. redifu logs them only at DEBUG (logger {@code
   * io.redifu.runtime.internal.document.MissingDocuments}), so count them here.
   */
  default void documentsMissing(String entity, String collection, String op, int count) {}

  /** A seed or load from SQL finished in {@code nanos}, caching {@code rows} entities. */
  default void seeded(String entity, String collection, int rows, long nanos) {}

  /** A caller waited {@code nanos} for another caller's seed of the same data (single flight). */
  default void flightWaited(String entity, String collection, long nanos) {}

  /**
   * {@code count} requests sent to Redis (a pipeline or script counts once; a script reloaded after
   * NOSCRIPT, or the pipeline per cluster node and write phase, is not counted again).
   */
  default void roundTrips(String entity, String collection, String op, int count) {}

  /**
   * One call the application made on a cache finished after {@code nanos}: {@code kind} is the
   * cache's kind ({@code "entity"}, {@code "timeline"}, {@code "sorted"}, {@code "page"}, {@code
   * "timeseries"}), {@code op} the method ({@code "get"}, {@code "getAll"}, {@code "getOrLoad"},
   * {@code "set"}, {@code "fetch"}, {@code "fetchOrSeed"}, {@code "add"}, {@code "seed"}…) and
   * {@code outcome} {@code "success"} or {@code "error"}. Only the outermost call is reported: the
   * seed a {@code fetchOrSeed} runs is part of its time, not a second operation. A write inside
   * {@link Redifu#batch} is timed as queued, not as sent.
   */
  default void operation(
      String entity, String collection, String kind, String op, String outcome, long nanos) {}

  /**
   * {@code count} documents a read found in Redis but could not decode (the entity class changed
   * incompatibly since they were written) and treated as absent, as {@link
   * Redifu.Builder#reloadUndecodableDocuments(boolean)} asks.
   */
  default void documentsUndecodable(String entity, String collection, String op, int count) {}

  /**
   * {@code count} document reads the entity's near cache answered, without Redis ({@link
   * Redifu.Builder#nearCache(Class)}).
   */
  default void nearCacheHits(String entity, int count) {}

  /** {@code count} document reads the entity's near cache did not hold, sent on to Redis. */
  default void nearCacheMisses(String entity, int count) {}

  /**
   * {@code count} near-cache entries dropped because Redis reported their key changed, expired or
   * flushed, or because the invalidation connection broke (then the whole near cache is dropped).
   */
  default void nearCacheInvalidations(String entity, int count) {}

  /** {@code count} near-cache entries evicted to stay within the entity's limits. */
  default void nearCacheEvictions(String entity, int count) {}

  /** The entity's near cache opened; {@code size} reports how many entries it holds. */
  default void nearCacheOpened(String entity, LongSupplier size) {}

  /** An operation failed with {@code error} (Redis unreachable, corrupt entry, SQL failure…). */
  default void error(String entity, String collection, String op, RuntimeException error) {}
}
