package io.redifu.runtime.internal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.runtime.RedisUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SingleFlightTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @Test
  void concurrentCallersShareOneRun() throws Exception {
    SingleFlight<String> flight = new SingleFlight<>();
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      results.add(
          pool.submit(
              () ->
                  flight.run(
                      "k",
                      WAIT,
                      "test",
                      () -> {
                        runs.incrementAndGet();
                        entered.countDown();
                        await(release);
                        return "v";
                      })));
      assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 7; i++) {
        results.add(
            pool.submit(() -> flight.run("k", WAIT, "test", () -> "v" + runs.incrementAndGet())));
      }
      Thread.sleep(50); // let the followers join the running flight
      release.countDown();
      for (Future<String> result : results) {
        assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo("v");
      }
      assertThat(runs).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void failuresReachTheCallerAndTheNextCallRunsAgain() {
    SingleFlight<String> flight = new SingleFlight<>();
    assertThatThrownBy(
            () ->
                flight.run(
                    "k",
                    WAIT,
                    "test",
                    () -> {
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(flight.run("k", WAIT, "test", () -> "ok")).isEqualTo("ok");
  }

  @Test
  void aWaiterGivesUpAfterItsWaitAndTheRunGoesOn() throws Exception {
    SingleFlight<String> flight = new SingleFlight<>();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<String> leader =
          pool.submit(() -> flight.run("k", WAIT, "test", () -> hold(entered, release)));
      assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
      long start = System.nanoTime();

      assertThatThrownBy(
              () -> flight.run("k", Duration.ofMillis(200), "the load of k", () -> "mine"))
          .isInstanceOf(RedisUnavailableException.class)
          .hasMessageContaining("the load of k")
          .hasMessageContaining("200 ms")
          .hasCauseInstanceOf(TimeoutException.class);

      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isBetween(Duration.ofMillis(150), WAIT);
      release.countDown();
      assertThat(leader.get(5, TimeUnit.SECONDS)).isEqualTo("v");
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void anInterruptedWaiterStopsWithItsFlagSet() throws Exception {
    SingleFlight<String> flight = new SingleFlight<>();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean flag = new AtomicBoolean();
    Thread waiter =
        new Thread(
            () -> {
              try {
                flight.run("k", Duration.ofMinutes(1), "the load of k", () -> "mine");
              } catch (RuntimeException e) {
                thrown.set(e);
              }
              flag.set(Thread.currentThread().isInterrupted());
            });
    try {
      pool.submit(() -> flight.run("k", WAIT, "test", () -> hold(entered, release)));
      assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
      waiter.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (waiter.getState() != Thread.State.TIMED_WAITING) { // in the bounded wait
        assertThat(System.nanoTime()).as("the waiter blocks within 5 s").isLessThan(deadline);
        Thread.sleep(5);
      }

      waiter.interrupt();
      waiter.join(2_000);

      assertThat(waiter.isAlive()).isFalse();
      assertThat(thrown.get())
          .isInstanceOf(RedisUnavailableException.class)
          .hasMessageContaining("interrupted")
          .hasMessageContaining("the load of k")
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(flag).isTrue();
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  private static String hold(CountDownLatch entered, CountDownLatch release) {
    entered.countDown();
    await(release);
    return "v";
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
