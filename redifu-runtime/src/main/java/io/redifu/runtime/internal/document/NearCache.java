package io.redifu.runtime.internal.document;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.MetricsListener.Count;
import io.redifu.runtime.NearCacheLimits;
import io.redifu.runtime.internal.model.EntitySpec;

/**
 * One entity's documents held in this JVM, decoded, by document key: a read that finds one makes no
 * round trip and gets its own copy (entities are mutable). Entries go when Redis reports their key
 * changed ({@link NearCaches}) and, past the entity's limits, by Caffeine's W-TinyLFU eviction. A
 * read that misses takes a {@link NearCaches.Ticket} before asking Redis and installs what it read
 * only if nothing about that key was reported meanwhile. Thread-safe.
 */
public final class NearCache<T> {
  private static final NearCache<?> OFF = new NearCache<>();

  /** The metrics operations of entries dropped because their key changed, or to fit the limits. */
  private static final String INVALIDATE = "invalidate";

  private static final String EVICT = "evict";

  private final EntitySpec<T> spec;
  private final NearCaches owner;
  private final MetricsListener metrics;
  private final Cache<String, Entry<T>> cache;

  /** What a hit copies: the decoded document, never handed out, and its JSON size. */
  private record Entry<T>(T value, int bytes) {}

  private NearCache() {
    this.spec = null;
    this.owner = null;
    this.metrics = MetricsListener.NONE;
    this.cache = null;
  }

  NearCache(EntitySpec<T> spec, NearCacheLimits limits, NearCaches owner, MetricsListener metrics) {
    this.spec = spec;
    this.owner = owner;
    this.metrics = metrics;
    // Every entry weighs at least its share of maxBytes, so the one weight bound holds both limits.
    int floor = Math.toIntExact(Math.max(1, limits.maxBytes() / limits.maxEntries()));
    String entity = spec.entityName();
    this.cache =
        Caffeine.newBuilder()
            .maximumWeight(limits.maxBytes())
            .<String, Entry<T>>weigher((key, entry) -> Math.max(floor, entry.bytes()))
            .evictionListener((key, entry, cause) -> count(Count.NEAR_CACHE_EVICTIONS, EVICT, 1))
            // eviction on the installing thread: the common pool measured slower on 2 vCPUs
            .executor(Runnable::run)
            .build();
    metrics.nearCacheOpened(entity, cache::estimatedSize);
  }

  /** The near cache of an entity that has none: it holds nothing and installs nothing. */
  @SuppressWarnings("unchecked")
  static <T> NearCache<T> off() {
    return (NearCache<T>) OFF;
  }

  /** Whether this entity has a near cache. */
  public boolean on() {
    return cache != null;
  }

  /**
   * The caller's own copy of the document at {@code key}, or null when it is not held; {@code op}
   * is the read's, for metrics.
   */
  public T get(String key, String op) {
    if (cache == null) {
      return null;
    }
    Entry<T> entry = cache.getIfPresent(key);
    if (entry == null) {
      count(Count.NEAR_CACHE_MISSES, op, 1);
      return null;
    }
    count(Count.NEAR_CACHE_HITS, op, 1);
    return spec.codec().copy(entry.value());
  }

  /** Taken before reading {@code key} from Redis; null when the read must not be installed. */
  public NearCaches.Ticket ticket(String key) {
    return cache == null ? null : owner.ticket(key);
  }

  /**
   * Holds a copy of {@code value}, read from Redis after {@code ticket} was taken, unless a change
   * of its key was heard since (or tracking broke): then what Redis holds now may be newer.
   */
  public void install(NearCaches.Ticket ticket, T value, int bytes) {
    if (ticket == null || value == null) {
      return;
    }
    Entry<T> entry = new Entry<>(spec.codec().copy(value), bytes);
    // compute and invalidate's remove are atomic per key, and a change bumps the ticket's stripe
    // before it removes: either the change sees this entry and removes it, or this sees the bump.
    owner.installing(
        () -> cache.asMap().compute(ticket.key(), (key, old) -> owner.valid(ticket) ? entry : old));
  }

  /** Drops the entry of {@code key}, if this entity's and held. */
  void invalidate(String key) {
    if (cache != null && cache.asMap().remove(key) != null) {
      count(Count.NEAR_CACHE_INVALIDATIONS, INVALIDATE, 1);
    }
  }

  /** Drops every entry. */
  void clear() {
    if (cache != null) {
      int held = Math.toIntExact(Math.min(Integer.MAX_VALUE, cache.estimatedSize()));
      cache.invalidateAll();
      if (held > 0) {
        count(Count.NEAR_CACHE_INVALIDATIONS, INVALIDATE, held);
      }
    }
  }

  private void count(Count what, String op, int count) {
    metrics.counted(what, spec.entityName(), MetricsListener.NO_COLLECTION, op, count);
  }
}
