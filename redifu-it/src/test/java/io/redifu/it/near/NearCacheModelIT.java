package io.redifu.it.near;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The near cache against a randomized model ({@link NearCacheModel}) on a private Redis 7, the
 * embedded Redis 6.2 and a local cluster: two near-caching Redifus read accounts that a third
 * Redifu, a plain client and a Redifu in another JVM change, expire and flush, while the readers'
 * invalidation connections are killed. No read may return an account older than a change already
 * delivered to its Redifu. Prints the seed, the operation counts and the invalidation delay (write
 * reply to invalidation processed in a reader). {@code -Dredifu.near.seed=…} replays a seed's
 * choices (thread timing still varies).
 */
class NearCacheModelIT {
  private static final Duration RUN = Duration.ofSeconds(5);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"redis 7", "redis 6.2", "cluster"})
  void noReadIsOlderThanADeliveredChange(String kind) throws Exception {
    long seed = Long.getLong("redifu.near.seed", System.nanoTime());
    try (NearCacheServer server = server(kind);
        NearCacheModel model = new NearCacheModel(server, seed)) {
      if (kind.equals("redis 6.2")) {
        assertThat(server.describe()).startsWith("redis 6.2");
      }
      ModelLog log = model.run(RUN);
      System.out.printf(
          "near cache model on %s, seed %d, %d s:%n  invalidation delay (write reply to"
              + " processed by a reader): %s%s%n  near cache reader 0: %d hits, %d misses,"
              + " %d invalidated; reader 1: %d hits, %d misses, %d invalidated%n",
          server.describe(),
          seed,
          RUN.toSeconds(),
          log.delays(),
          log.counts(),
          model.counts[0].hits.get(),
          model.counts[0].misses.get(),
          model.counts[0].invalidations.get(),
          model.counts[1].hits.get(),
          model.counts[1].misses.get(),
          model.counts[1].invalidations.get());
      assertThat(log.violations())
          .as("seed %d on %s: %d violations", seed, server.describe(), log.violationCount())
          .isEmpty();
      assertThat(model.counts[0].hits.get() + model.counts[1].hits.get())
          .as("reads served by the near caches")
          .isPositive();
    }
  }

  private static NearCacheServer server(String kind) throws Exception {
    return switch (kind) {
      case "redis 7" -> NearCacheServer.privateRedis();
      case "redis 6.2" -> NearCacheServer.embedded62();
      default -> NearCacheServer.cluster();
    };
  }
}
