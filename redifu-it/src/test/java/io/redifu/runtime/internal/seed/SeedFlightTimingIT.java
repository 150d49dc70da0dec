package io.redifu.runtime.internal.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedException;
import io.redifu.runtime.internal.model.KeySchema;
import io.redifu.runtime.internal.redis.Meter;
import io.redifu.testing.LocalServices;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * {@link SeedFlight}'s lease, renewal and bounded wait on the real Redis, with timings of
 * milliseconds where the defaults are seconds (hence this package: the timings are
 * package-private). Two {@code Redifu} instances stand for two JVMs.
 */
class SeedFlightTimingIT {
  private static final long LEASE = 300;
  private static final long MAX_WAIT = 2_500;

  private final SeedFlight flight = new SeedFlight(LEASE, MAX_WAIT, 60_000);
  private final Meter meter = Meter.collection(new MetricsListener() {}, "Post", "it", "timeline");
  private final String collection = "it:seedflight:" + BaseRecord.newRandId();
  private final String lock = KeySchema.of(collection).lock(KeySchema.WHOLE);
  private final Redifu one = Redifu.builder().redis(LocalServices.redisUrl()).build();
  private final Redifu two = Redifu.builder().redis(LocalServices.redisUrl()).build();
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final AtomicInteger seeds = new AtomicInteger();
  private final AtomicBoolean cached = new AtomicBoolean();

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
    one.client().del(lock);
    one.close();
    two.close();
  }

  @Test
  void theLockOutlivesItsLeaseWhileTheSeedRuns() throws Exception {
    CountDownLatch seeding = new CountDownLatch(1);
    Future<Integer> leader =
        pool.submit(
            () ->
                seed(
                    flight,
                    one.client(),
                    () -> {
                      seeding.countDown();
                      sleep(5 * LEASE);
                      return 7;
                    }));
    assertThat(seeding.await(5, TimeUnit.SECONDS)).isTrue();
    Future<Integer> waiter = pool.submit(() -> seed(flight, two.client(), () -> 8));
    sleep(3 * LEASE);
    assertThat(one.client().pttl(lock)).as("extended past its first lease").isBetween(1L, LEASE);
    assertThat(leader.get(5, TimeUnit.SECONDS)).isEqualTo(7);
    assertThat(waiter.get(5, TimeUnit.SECONDS)).as("the holder seeded it").isZero();
    assertThat(seeds).hasValue(1);
    assertThat(one.client().exists(lock)).isFalse();
  }

  @Test
  void aWaiterGivesUpAfterItsBoundWithoutSeeding() {
    one.client().set(lock, "another-process", SetParams.setParams().px(30_000));
    long start = System.nanoTime();
    assertThatThrownBy(() -> seed(flight, two.client(), () -> 1))
        .isInstanceOf(SeedException.class)
        .hasMessageContaining(
            "the seed of " + collection + " is held by another process for > " + MAX_WAIT + " ms");
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isBetween(Duration.ofMillis(MAX_WAIT), Duration.ofMillis(MAX_WAIT + 1_000));
    assertThat(seeds).hasValue(0);
    assertThat(one.client().get(lock)).isEqualTo("another-process");
  }

  @Test
  void anInterruptedWaiterStopsAtOnceAndKeepsItsFlag() throws Exception {
    one.client().set(lock, "another-process", SetParams.setParams().px(30_000));
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicBoolean flagKept = new AtomicBoolean();
    Thread waiter =
        new Thread(
            () -> {
              try {
                seed(flight, two.client(), () -> 1);
              } catch (RuntimeException e) {
                failure.set(e);
                flagKept.set(Thread.currentThread().isInterrupted());
              }
            });
    waiter.start();
    sleep(200);
    long start = System.nanoTime();
    waiter.interrupt();
    waiter.join(1_000);
    assertThat(waiter.isAlive()).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    assertThat(failure.get())
        .isInstanceOf(SeedException.class)
        .hasMessageContaining("interrupted while waiting for the seed of " + collection);
    assertThat(flagKept).isTrue();
    assertThat(seeds).hasValue(0);
  }

  /** A seed running past the longest hold is presumed stuck: its lock lapses, one more seeds. */
  @Test
  void aSeedHeldPastTheLongestHoldLosesItsLock() throws Exception {
    SeedFlight shortHold = new SeedFlight(LEASE, 5_000, 2 * LEASE);
    Future<Integer> stuck =
        pool.submit(
            () ->
                seed(
                    shortHold,
                    one.client(),
                    () -> {
                      sleep(10 * LEASE);
                      return 1;
                    }));
    sleep(LEASE / 2);
    long start = System.nanoTime();
    assertThat(seed(shortHold, two.client(), () -> 2)).isEqualTo(2);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as("the lock lapsed one lease after its last extension")
        .isBetween(Duration.ofMillis(2 * LEASE), Duration.ofMillis(6 * LEASE));
    assertThat(stuck.get(5, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(seeds).hasValue(2);
  }

  /** A fetchOrSeed-style flight of the whole collection that counts its seeds. */
  private int seed(SeedFlight flight, UnifiedJedis client, IntSupplier seed) {
    return flight.once(
        client,
        meter,
        collection,
        KeySchema.WHOLE,
        () -> !cached.get(),
        () -> {
          seeds.incrementAndGet();
          int items = seed.getAsInt();
          cached.set(true);
          return items;
        },
        true);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
