package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.it.sql.TestDataSource;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimelinePage;
import io.redifu.testing.LocalServices;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 64 concurrent cold {@code fetchOrSeed} calls through two {@code Redifu} instances (two pools, as
 * two JVMs would have) run the seed query once: threads share a flight, instances a Redis lock.
 */
class SeedStampedeIT {
  @Test
  void sixtyFourColdRequestsRunTheSeedQueryOnce() throws Exception {
    SeedTables tables = new SeedTables(SqlDatabase.POSTGRESQL);
    AtomicInteger statements = new AtomicInteger();
    String user = BaseRecord.newRandId();
    String warmUser = BaseRecord.newRandId();
    tables.posts(user, 30, List.of(BaseRecord.newRandId()));
    ExecutorService pool = Executors.newFixedThreadPool(64);
    try (Redifu one = redifu(tables, statements);
        Redifu two = redifu(tables, statements)) {
      PostTimelineCache first = PostTimelineCache.create(one).seededBy(tables::feed).raw();
      PostTimelineCache second = PostTimelineCache.create(two).seededBy(tables::feed).raw();
      // learns the query's columns once per JVM, so only seed queries are counted below
      first.of(warmUser).fetchOrSeed(List.of());
      statements.set(0);

      CountDownLatch start = new CountDownLatch(1);
      List<Future<TimelinePage<Post>>> pages = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        PostTimelineCache feed = i % 2 == 0 ? first : second;
        pages.add(
            pool.submit(
                () -> {
                  start.await();
                  return feed.of(user).fetchOrSeed(List.of());
                }));
      }
      start.countDown();
      List<String> expected = tables.newestFirst(user).subList(0, 20);
      for (Future<TimelinePage<Post>> page : pages) {
        assertThat(page.get(30, TimeUnit.SECONDS).items())
            .extracting(Post::getRandId)
            .isEqualTo(expected);
      }
      assertThat(statements.get()).as("seed queries").isEqualTo(1);
      assertThat(one.client().exists("{" + PostTimelineCache.key(user) + "}:lock"))
          .as("lock released")
          .isFalse();
      first.of(user).purge();
      first.of(warmUser).reset();
    } finally {
      pool.shutdownNow();
      tables.drop();
    }
  }

  private static Redifu redifu(SeedTables tables, AtomicInteger statements) {
    return Redifu.builder()
        .redis(LocalServices.redisUrl())
        .maxConnections(32)
        .dataSource(new TestDataSource(tables.database.url(), statements))
        .build();
  }
}
