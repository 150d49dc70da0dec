package io.redifu.runtime.internal.seed;

import io.redifu.runtime.MetricsListener.Count;
import io.redifu.runtime.SeedException;
import io.redifu.runtime.internal.document.SingleFlight;
import io.redifu.runtime.internal.model.KeySchema;
import io.redifu.runtime.internal.redis.Meter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import redis.clients.jedis.UnifiedJedis;

/**
 * Makes concurrent requests to seed one position of a collection instance run its seed query once:
 * threads of this JVM (per Redis client) share one flight, and JVMs take the position's {@link
 * SeedLock}, whose lease is extended while the seed runs ({@link LeaseRenewal}). A request that
 * finds the lock taken waits until it is released or lapses, then asks whether the cache still
 * needs the seed: if not, it is done; if so, it contends again, and exactly one contender takes the
 * lock. Nobody seeds without the lock, so a slow or failing database sees one query at a time per
 * position: a request that waited {@link #MAX_WAIT_MILLIS} in all fails with a {@link
 * SeedException}, as does an interrupted one (its interrupt flag kept).
 */
public final class SeedFlight {
  /** How long a lock lives unless extended: how long a dead holder blocks its position. */
  static final long LEASE_MILLIS = 10_000;

  /** The longest a request waits for others' seeds: a dead holder's lease, then a 20 s seed. */
  static final long MAX_WAIT_MILLIS = 30_000;

  /** A seed still running after this is presumed stuck: its lock is no longer extended. */
  static final long MAX_HOLD_MILLIS = 300_000;

  private static final long FIRST_POLL_MILLIS = 10;
  private static final long LAST_POLL_MILLIS = 100;
  private static final SingleFlight<Integer> FLIGHTS = new SingleFlight<>();
  private static final SeedFlight DEFAULT =
      new SeedFlight(LEASE_MILLIS, MAX_WAIT_MILLIS, MAX_HOLD_MILLIS);

  private final long leaseMillis;
  private final long maxWaitMillis;
  private final long maxHoldMillis;

  /** Other timings than the defaults are for tests. */
  SeedFlight(long leaseMillis, long maxWaitMillis, long maxHoldMillis) {
    this.leaseMillis = leaseMillis;
    this.maxWaitMillis = maxWaitMillis;
    this.maxHoldMillis = maxHoldMillis;
  }

  /**
   * Where a seed runs: on {@code client}, metered by {@code meter}, for the instance {@code
   * collection} at {@code position} (one of {@link KeySchema}'s lock positions), which its lock
   * guards.
   */
  public static Place at(UnifiedJedis client, Meter meter, String collection, String position) {
    return new Place(client, meter, collection, position);
  }

  /** A seed's place: what {@link #at} names. */
  public record Place(UnifiedJedis client, Meter meter, String collection, String position) {
    /**
     * For {@code fetchOrSeed}: runs {@code seed} unless another thread or JVM does it first; {@code
     * needed} says whether the cache still lacks what {@code seed} would add, and is asked again
     * once the lock is held. Counts as a miss of the collection. Returns the items {@code seed}
     * committed (0 when it did not run).
     */
    public int run(BooleanSupplier needed, IntSupplier seed) {
      meter.count(Count.MISSES, "fetchOrSeed", 1);
      return DEFAULT.once(client, meter, collection, position, needed, seed, true);
    }

    /**
     * For an explicit {@code seed}: runs {@code seed} as {@link #run} does, except that it does not
     * ask {@code needed} when it finds the lock free (the caller asked to seed); only a request
     * that waited for another's seed of the same position skips its own when the cache has it.
     */
    public int explicit(BooleanSupplier needed, IntSupplier seed) {
      return DEFAULT.once(client, meter, collection, position, needed, seed, false);
    }
  }

  int once(
      UnifiedJedis client,
      Meter meter,
      String collection,
      String position,
      BooleanSupplier needed,
      IntSupplier seed,
      boolean askFirst) {
    // a thread of this JVM waits for another's seed as long as that one may wait and seed
    return FLIGHTS.run(
        List.of(client, collection, position),
        Duration.ofMillis(2 * maxWaitMillis),
        collection + " seed",
        () ->
            contend(
                new SeedLock(client, meter, collection, position), meter, needed, seed, askFirst));
  }

  private int contend(
      SeedLock lock, Meter meter, BooleanSupplier needed, IntSupplier seed, boolean askFirst) {
    long start = System.nanoTime();
    boolean waited = false;
    while (true) {
      if (lock.tryAcquire(leaseMillis)) {
        if (waited) {
          meter.flightWaited(start);
        }
        return seedHolding(lock, askFirst || waited, needed, seed);
      }
      waited = true;
      awaitRelease(lock, meter, start);
      if (!needed.getAsBoolean()) {
        meter.flightWaited(start);
        return 0; // the holder seeded what this request needs
      }
    }
  }

  private int seedHolding(SeedLock lock, boolean ask, BooleanSupplier needed, IntSupplier seed) {
    try (LeaseRenewal renewal = LeaseRenewal.start(lock, leaseMillis, maxHoldMillis)) {
      return !ask || needed.getAsBoolean() ? seed.getAsInt() : 0;
    } finally {
      lock.release(); // at once, also when the seed failed: the next waiter contends
    }
  }

  /** Polls until the lock is free (released or lapsed), backing off to one poll per 100 ms. */
  private void awaitRelease(SeedLock lock, Meter meter, long start) {
    long poll = FIRST_POLL_MILLIS;
    while (lock.taken()) {
      long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      if (waited >= maxWaitMillis) {
        SeedException busy =
            new SeedException(
                "the seed of "
                    + lock.describe()
                    + " is held by another process for > "
                    + maxWaitMillis
                    + " ms (lock "
                    + lock.key()
                    + "); nothing was seeded, try again later");
        meter.error("lock", busy);
        throw busy;
      }
      try {
        Thread.sleep(Math.min(poll, maxWaitMillis - waited));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SeedException("interrupted while waiting for the seed of " + lock.describe(), e);
      }
      poll = Math.min(poll * 2, LAST_POLL_MILLIS);
    }
  }
}
