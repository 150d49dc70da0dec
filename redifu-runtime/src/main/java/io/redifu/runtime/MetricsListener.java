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
   * {@code count} (more than 0) events of kind {@code what}. For near-cache counts {@code
   * collection} is {@link #NO_COLLECTION}, and {@code op} the read for hits and misses ({@code
   * "get"}, {@code "getAll"}, {@code "getOrLoad"}, {@code "relations"}), {@code "invalidate"} or
   * {@code "evict"} for entries dropped.
   */
  default void counted(Count what, String entity, String collection, String op, int count) {}

  /** A seed or load from SQL finished in {@code nanos}, caching {@code rows} entities. */
  default void seeded(String entity, String collection, int rows, long nanos) {}

  /** A caller waited {@code nanos} for another caller's seed of the same data (single flight). */
  default void flightWaited(String entity, String collection, long nanos) {}

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

  /** The entity's near cache opened; {@code size} reports how many entries it holds. */
  default void nearCacheOpened(String entity, LongSupplier size) {}

  /** An operation failed with {@code error} (Redis unreachable, corrupt entry, SQL failure…). */
  default void error(String entity, String collection, String op, RuntimeException error) {}

  /**
   * What {@link #counted} counts, each with the name of the counter {@link
   * io.redifu.runtime.metrics.MicrometerMetrics} reports it to.
   */
  enum Count {
    /** Reads answered from Redis: documents found, or a fetch of a collection that was seeded. */
    HITS("redifu.cache.hits"),
    /** Reads Redis could not answer: documents absent, or a collection not seeded. */
    MISSES("redifu.cache.misses"),
    /** Documents known to be absent from SQL (their missing marker was found). */
    MISSING_MARKER_HITS("redifu.cache.missing.markers"),
    /**
     * Documents a read needed but Redis no longer held (expired or evicted); they come back when
     * the collection is seeded or the entity stored again. {@code op} is {@code "fetch"} for ids a
     * collection listed, which the result left out, and {@code "relations"} for references whose
     * property stayed null. redifu logs them only at DEBUG (logger {@code
     * io.redifu.runtime.internal.document.MissingDocuments}), so count them here.
     */
    DOCUMENTS_MISSING("redifu.documents.missing"),
    /**
     * Documents a read found in Redis but could not decode (the entity class changed incompatibly
     * since they were written) and treated as absent, as {@link
     * Redifu.Builder#reloadUndecodableDocuments(boolean)} asks.
     */
    DOCUMENTS_UNDECODABLE("redifu.documents.undecodable"),
    /**
     * Requests sent to Redis (a pipeline or script counts once; a script reloaded after NOSCRIPT,
     * or the pipeline per cluster node and write phase, is not counted again).
     */
    ROUND_TRIPS("redifu.round.trips"),
    /**
     * Document reads the entity's near cache answered, without Redis ({@link
     * Redifu.Builder#nearCache(Class)}).
     */
    NEAR_CACHE_HITS("redifu.near.hits"),
    /** Document reads the entity's near cache did not hold, sent on to Redis. */
    NEAR_CACHE_MISSES("redifu.near.misses"),
    /**
     * Near-cache entries dropped because Redis reported their key changed, expired or flushed, or
     * because the invalidation connection broke (then the whole near cache is dropped).
     */
    NEAR_CACHE_INVALIDATIONS("redifu.near.invalidations"),
    /** Near-cache entries evicted to stay within the entity's limits. */
    NEAR_CACHE_EVICTIONS("redifu.near.evictions");

    /**
     * Whether its meter is tagged {@code op}: near-cache counters are per entity only, so their
     * {@code op} is not a tag.
     */
    public boolean taggedWithOp() {
      return switch (this) {
        case NEAR_CACHE_HITS, NEAR_CACHE_MISSES, NEAR_CACHE_INVALIDATIONS, NEAR_CACHE_EVICTIONS ->
            false;
        default -> true;
      };
    }

    private final String meterName;

    Count(String meterName) {
      this.meterName = meterName;
    }

    /** The name of the Micrometer counter it is reported to. */
    public String meterName() {
      return meterName;
    }
  }
}
