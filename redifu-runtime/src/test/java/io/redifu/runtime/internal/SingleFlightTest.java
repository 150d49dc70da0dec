package io.redifu.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SingleFlightTest {
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
                      () -> {
                        runs.incrementAndGet();
                        entered.countDown();
                        await(release);
                        return "v";
                      })));
      assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 7; i++) {
        results.add(pool.submit(() -> flight.run("k", () -> "v" + runs.incrementAndGet())));
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
                    () -> {
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(flight.run("k", () -> "ok")).isEqualTo("ok");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
