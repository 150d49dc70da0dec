package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.annotation.Order;
import io.redifu.it.domain.PostPageCache;
import io.redifu.it.domain.PostSortedCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.domain.TransferTimeSeriesCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.it.sql.TestDataSource;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedException;
import io.redifu.testing.LocalServices;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.params.SetParams;

/**
 * The seed lock when the database struggles: {@value #READERS} concurrent cold requests through two
 * {@code Redifu} instances (two pools and two flight tables, as two JVMs have) against a seed query
 * that takes {@value #SLOW_MILLIS} ms — longer than any fixed wait — run it once per position; a
 * leader whose query fails costs one query more, not one per waiter.
 */
class SeedLockIT {
  private static final int READERS = 16;
  private static final long SLOW_MILLIS = 7_000;

  private SeedTables tables;
  private final SlowDatabase database = new SlowDatabase();
  private Redifu one;
  private Redifu two;
  private ExecutorService pool;

  @BeforeEach
  void setUp() throws Exception {
    tables = new SeedTables(SqlDatabase.POSTGRESQL);
    one = redifu();
    two = redifu();
    pool = Executors.newFixedThreadPool(READERS);
  }

  @AfterEach
  void tearDown() throws Exception {
    pool.shutdownNow();
    one.close();
    two.close();
    tables.drop();
  }

  /** Timeline, first page: fetchOrSeed and explicit seed together, one slow query. */
  @Test
  void aSlowTimelineSeedRunsOnce() throws Exception {
    String user = BaseRecord.newRandId();
    tables.posts(user, 30, List.of("author"));
    List<PostTimelineCache> feeds = List.of(feed(one), feed(two));
    database.delayMillis = SLOW_MILLIS;

    List<List<String>> pages =
        concurrently(
            i -> {
              PostTimelineCache feed = feeds.get(i % 2);
              if (i % 4 == 3) { // an explicit seed, then a read
                feed.of(user).seed(null);
                return ids(feed.of(user).fetch(List.of()).items());
              }
              return ids(feed.of(user).fetchOrSeed(List.of()).items());
            });

    assertThat(pages).containsOnly(tables.newestFirst(user).subList(0, 20));
    assertThat(database.queries).as("seed queries").hasValue(1);
    assertThat(one.client().exists("{" + PostTimelineCache.key(user) + "}:lock")).isFalse();
    feeds.get(0).of(user).purge();
  }

  /**
   * The first query fails after a second; the requests that shared it fail too and try once more,
   * as an application would. The next waiter takes the lock and seeds; everyone else waits for it.
   */
  @Test
  void aFailingLeaderCostsOneQueryMore() throws Exception {
    String user = BaseRecord.newRandId();
    tables.posts(user, 30, List.of("author"));
    List<PostTimelineCache> feeds = List.of(feed(one), feed(two));
    database.delayMillis = SLOW_MILLIS;
    database.failFirst = true;
    AtomicInteger failed = new AtomicInteger();

    List<List<String>> pages =
        concurrently(
            i -> {
              PostTimelineCache feed = feeds.get(i % 2);
              try {
                return ids(feed.of(user).fetchOrSeed(List.of()).items());
              } catch (SeedException e) {
                failed.incrementAndGet();
                return ids(feed.of(user).fetchOrSeed(List.of()).items());
              }
            });

    assertThat(pages).containsOnly(tables.newestFirst(user).subList(0, 20));
    assertThat(database.queries).as("seed queries").hasValue(2);
    assertThat(failed.get())
        .as("only the requests that shared the failed query")
        .isBetween(1, READERS / 2);
    feeds.get(0).of(user).purge();
  }

  /** A lock whose owner is gone (no one renews it) lets the next request seed once it lapses. */
  @Test
  void aLockOfADeadProcessLapsesAndOneRequestSeeds() throws Exception {
    String user = BaseRecord.newRandId();
    tables.posts(user, 30, List.of("author"));
    List<PostTimelineCache> feeds = List.of(feed(one), feed(two));
    String lock = "{" + PostTimelineCache.key(user) + "}:lock";
    one.client().set(lock, "token-of-a-dead-jvm", SetParams.setParams().px(1_500));

    List<List<String>> pages =
        concurrently(i -> ids(feeds.get(i % 2).of(user).fetchOrSeed(List.of()).items()));

    assertThat(pages).containsOnly(tables.newestFirst(user).subList(0, 20));
    assertThat(database.queries).as("seed queries").hasValue(1);
    feeds.get(0).of(user).purge();
  }

  /**
   * Pages 1 and 2 of one instance, each read (and explicitly seeded) from both JVMs: one query per
   * page, and page 2 does not queue behind page 1.
   */
  @Test
  void twoPagesSeedOnceEachAndInParallel() throws Exception {
    String board = BaseRecord.newRandId();
    tables.posts(board, 25, List.of("author"));
    List<PostPageCache> boards = List.of(board(one), board(two));
    database.delayMillis = SLOW_MILLIS;

    long start = System.nanoTime();
    List<List<String>> pages =
        concurrently(
            i -> {
              PostPageCache cache = boards.get(i % 2);
              int page = 1 + (i / 2) % 2;
              if (i % 8 == 7) {
                cache.of(board).seed(page);
                return ids(cache.of(board).fetch(page));
              }
              return ids(cache.of(board).fetchOrSeed(page));
            });
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    List<String> expected = tables.newestFirst(board);
    for (int i = 0; i < READERS; i++) {
      int page = 1 + (i / 2) % 2;
      assertThat(pages.get(i)).isEqualTo(expected.subList(10 * (page - 1), 10 * page));
    }
    assertThat(database.queries).as("seed queries").hasValue(2);
    assertThat(took)
        .as("page 2 seeded beside page 1")
        .isLessThan(Duration.ofMillis(SLOW_MILLIS * 2));
    boards.get(0).of(board).purge();
  }

  /** Sorted: fetchOrSeed and explicit seed together, one slow query. */
  @Test
  void aSlowSortedSeedRunsOnce() throws Exception {
    String tag = BaseRecord.newRandId();
    tables.posts(tag, 12, List.of("author"));
    List<PostSortedCache> sets = List.of(sorted(one), sorted(two));
    database.delayMillis = SLOW_MILLIS;

    List<List<String>> lists =
        concurrently(
            i -> {
              PostSortedCache set = sets.get(i % 2);
              if (i % 4 == 3) {
                set.of(tag).seed();
                return ids(set.of(tag).fetch(Order.DESC));
              }
              return ids(set.of(tag).fetchOrSeed(Order.DESC));
            });

    assertThat(lists).containsOnly(tables.newestFirst(tag));
    assertThat(database.queries).as("seed queries").hasValue(1);
    sets.get(0).of(tag).purge();
  }

  /** Time series: fetchOrSeed and explicit seed of one range together, one slow query. */
  @Test
  void aSlowTimeSeriesSeedRunsOnce() throws Exception {
    TransferTable transfers = new TransferTable();
    try {
      String account = BaseRecord.newRandId();
      Instant from = Instant.parse("2026-04-01T00:00:00Z");
      List<String> expected = transfers.hourly(account, from, 10);
      List<TransferTimeSeriesCache> series =
          List.of(series(one, transfers), series(two, transfers));
      Instant to = from.plus(Duration.ofDays(1));
      database.delayMillis = SLOW_MILLIS;

      List<List<String>> results =
          concurrently(
              i -> {
                TransferTimeSeriesCache cache = series.get(i % 2);
                if (i % 4 == 3) {
                  cache.of(account).seed(from, to);
                  return ids(cache.of(account).fetch(from, to).items());
                }
                return ids(cache.of(account).fetchOrSeed(from, to).items());
              });

      assertThat(results).containsOnly(expected);
      assertThat(database.queries).as("seed queries").hasValue(1);
      series.get(0).of(account).purge();
    } finally {
      transfers.drop();
    }
  }

  private static TransferTimeSeriesCache series(Redifu redifu, TransferTable transfers) {
    return TransferTimeSeriesCache.create(redifu).seededBy(transfers::ofAccount).raw();
  }

  /** Starts {@value #READERS} requests at once; their results in request order. */
  private <R> List<R> concurrently(Request<R> request) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<R>> futures = new ArrayList<>();
    for (int i = 0; i < READERS; i++) {
      int number = i;
      Callable<R> task =
          () -> {
            start.await();
            return request.run(number);
          };
      futures.add(pool.submit(task));
    }
    start.countDown();
    List<R> results = new ArrayList<>();
    for (Future<R> future : futures) {
      results.add(future.get(40, TimeUnit.SECONDS));
    }
    return results;
  }

  /** Request number {@code i} of a concurrent batch. */
  private interface Request<R> {
    R run(int i) throws Exception;
  }

  private Redifu redifu() {
    TestDataSource sql = tables.database.dataSource();
    sql.beforeEachStatement(database);
    return Redifu.builder()
        .redis(LocalServices.redisUrl())
        .maxConnections(READERS)
        .dataSource(sql)
        .build();
  }

  private PostTimelineCache feed(Redifu redifu) {
    return PostTimelineCache.create(redifu).seededBy(tables::feed).raw();
  }

  private PostPageCache board(Redifu redifu) {
    return PostPageCache.create(redifu).seededBy(tables::feed).raw();
  }

  private PostSortedCache sorted(Redifu redifu) {
    return PostSortedCache.create(redifu).seededBy(tables::feed).raw();
  }

  private static List<String> ids(List<? extends BaseRecord> items) {
    return items.stream().map(BaseRecord::getRandId).toList();
  }

  /**
   * The database both instances seed from: counts seed queries (not the column probes, {@code WHERE
   * false} on PostgreSQL), delays each by {@code delayMillis}, and can fail the first one.
   */
  private static final class SlowDatabase implements TestDataSource.StatementHook {
    final AtomicInteger queries = new AtomicInteger();
    volatile long delayMillis;
    volatile boolean failFirst;

    @Override
    public void before(String sql) throws SQLException {
      if (sql.endsWith("where false") || sql.contains("1 = 0")) {
        return; // the probe, once per query text and JVM
      }
      int query = queries.incrementAndGet();
      try {
        if (failFirst && query == 1) {
          Thread.sleep(1_000);
          throw new SQLException("the database failed this seed query");
        }
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted", e);
      }
    }
  }
}
