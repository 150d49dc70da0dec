package io.redifu.runtime.internal.document;

import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.NearCacheLimits;
import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.redis.Invalidations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The near caches of one {@code Redifu} and what keeps them current: the keys its {@link
 * Invalidations} report changed are dropped, and while tracking is down every near cache is empty
 * and bypassed.
 *
 * <p>A read that misses must not install a value older than a change reported while it was in
 * flight. It takes a {@link Ticket} first: the tracking epoch, which moves whenever tracking breaks
 * or resumes or the database is flushed, and the count of changes heard for its key's stripe (two
 * steps per change: as it begins and once its key is dropped). It installs only if both are
 * unchanged, so a change that races the read wins. Thread-safe.
 */
public final class NearCaches implements Invalidations.Listener {
  /** Stripes of change counts; a change in a stripe only costs its other keys one install. */
  private static final int STRIPES = 4096;

  private final Map<Class<?>, NearCacheLimits> limits;
  private final MetricsListener metrics;
  private final Function<NearCaches, Invalidations> tracking;
  private final Map<EntitySpec<?>, NearCache<?>> caches = new ConcurrentHashMap<>();
  private final AtomicLongArray changes = new AtomicLongArray(STRIPES);
  private final AtomicLong epoch = new AtomicLong();

  /**
   * Held shared by every install, alone by whatever moves the epoch to empty the caches: Caffeine's
   * clear does not wait for a compute in flight, so an install that checked its ticket just before
   * the epoch moved could otherwise land behind the clear and outlive it.
   */
  private final ReentrantReadWriteLock clearing = new ReentrantReadWriteLock();

  private volatile boolean live;
  private Invalidations invalidations;

  /** What a read saw before it asked Redis for {@code key}. */
  public record Ticket(String key, long epoch, int stripe, long changes) {}

  /**
   * @param limits the entities that have a near cache, by type
   * @param tracking opens the invalidation stream these caches listen to; called once, when the
   *     first near cache opens
   */
  public NearCaches(
      Map<Class<?>, NearCacheLimits> limits,
      MetricsListener metrics,
      Function<NearCaches, Invalidations> tracking) {
    this.limits = Map.copyOf(limits);
    this.metrics = metrics;
    this.tracking = tracking;
  }

  /** The near cache of {@code entity}; one that holds nothing when it has none. */
  @SuppressWarnings("unchecked") // each spec's cache was made for it
  public <T> NearCache<T> of(EntitySpec<T> entity) {
    NearCacheLimits entityLimits = limits.get(entity.codec().type());
    if (entityLimits == null) {
      return NearCache.off();
    }
    if (entity.refreshesOnRead()) {
      throw new IllegalStateException(
          entity.entityName()
              + " has a sliding TTL, which near-cache hits would not restart (they never reach"
              + " Redis): drop slidingTtl from its @Entity or its nearCache(...) from the builder");
    }
    NearCache<?> existing = caches.get(entity);
    return (NearCache<T>) (existing != null ? existing : open(entity, entityLimits));
  }

  private synchronized <T> NearCache<T> open(EntitySpec<T> entity, NearCacheLimits entityLimits) {
    @SuppressWarnings("unchecked")
    NearCache<T> cache = (NearCache<T>) caches.get(entity);
    if (cache == null) {
      cache = new NearCache<>(entity, entityLimits, this, metrics);
      caches.put(entity, cache);
      if (invalidations == null) {
        invalidations = tracking.apply(this);
      }
      invalidations.track(prefixes());
    }
    return cache;
  }

  /** The document key prefixes of the cached entities, none a prefix of another (Redis asks). */
  private List<String> prefixes() {
    TreeSet<String> sorted = new TreeSet<>();
    for (EntitySpec<?> entity : caches.keySet()) {
      sorted.add(Bytes.decode(entity.keyAffixes().get(0)));
    }
    List<String> kept = new ArrayList<>();
    for (String prefix : sorted) { // sorted: a prefix comes before every key it covers
      if (kept.isEmpty() || !prefix.startsWith(kept.get(kept.size() - 1))) {
        kept.add(prefix);
      }
    }
    return kept.size() == 1 && kept.get(0).isEmpty() ? List.of() : kept;
  }

  Ticket ticket(String key) {
    long seen = epoch.get();
    if (!live) {
      return null;
    }
    int stripe = stripe(key);
    return new Ticket(key, seen, stripe, changes.get(stripe));
  }

  /** Runs {@code install}, which checks its ticket, never across a flush or a loss. */
  void installing(Runnable install) {
    clearing.readLock().lock();
    try {
      install.run();
    } finally {
      clearing.readLock().unlock();
    }
  }

  boolean valid(Ticket ticket) {
    return live
        && epoch.get() == ticket.epoch()
        && changes.get(ticket.stripe()) == ticket.changes();
  }

  /**
   * Drops {@code key} as if Redis had reported it changed: what this JVM writes is read back at
   * once, without waiting for the report.
   */
  public void invalidate(String key) {
    if (caches.isEmpty()) {
      return;
    }
    int stripe = stripe(key);
    changes.incrementAndGet(stripe); // before the removal: see NearCache.install
    for (NearCache<?> cache : caches.values()) {
      cache.invalidate(key);
    }
    changes.incrementAndGet(stripe); // and after it, so a count tells a change begun from one done
  }

  @Override
  public void changed(byte[] key) {
    invalidate(Bytes.decode(key));
  }

  @Override
  public void flushed() {
    clearing.writeLock().lock();
    try {
      epoch.incrementAndGet();
      clear();
    } finally {
      clearing.writeLock().unlock();
    }
  }

  @Override
  public void established() {
    epoch.incrementAndGet();
    live = true;
  }

  @Override
  public void lost() {
    clearing.writeLock().lock();
    try {
      live = false;
      epoch.incrementAndGet();
      clear();
    } finally {
      clearing.writeLock().unlock();
    }
  }

  private void clear() {
    caches.values().forEach(NearCache::clear);
  }

  /** Whether the near caches are in use: tracking is up. */
  public boolean live() {
    return live;
  }

  /** Stops tracking. */
  public synchronized void close() {
    lost();
    if (invalidations != null) {
      invalidations.close();
    }
  }

  private static int stripe(String key) {
    int h = key.hashCode();
    return (h ^ (h >>> 16)) & (STRIPES - 1);
  }
}
