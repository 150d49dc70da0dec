package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.it.sql.TestDataSource;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedisUnavailableException;
import io.redifu.runtime.ResetPaginationException;
import io.redifu.runtime.SeedException;
import io.redifu.runtime.TimelinePage;
import io.redifu.testing.redis.RedisProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.params.SetParams;

/**
 * Faults against a {@code redis-server} this test starts on its own port and stops by its process
 * handle: Redis gone mid-use, Redis back empty mid-pagination, a seed lock left by a dead process,
 * and an unreachable SQL database. Everything stays on 127.0.0.1 and ends by itself.
 */
class FaultsIT {
  private SeedTables tables;
  private Path dir;
  private int port;
  private RedisProcess redis;
  private String user;

  @BeforeEach
  void setUp() throws Exception {
    tables = new SeedTables(SqlDatabase.POSTGRESQL);
    user = BaseRecord.newRandId();
    tables.posts(user, 45, List.of("author"));
    dir = Files.createTempDirectory("redifu-faults");
    port = RedisProcess.freePort();
    redis = startRedis();
  }

  @AfterEach
  void tearDown() throws Exception {
    redis.stop();
    tables.drop();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void redisGoneThenBackEmptyMidPagination() throws Exception {
    TestDataSource sql = tables.database.dataSource();
    try (Redifu redifu = redifu(sql)) {
      PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed).raw();
      TimelinePage<Post> first = feed.of(user).fetchOrSeed(List.of());
      assertThat(first.items()).hasSize(20);

      redis.stop(); // Redis dies between two pages
      Cursor cursor = Cursor.parse(first.nextCursor());
      assertThatThrownBy(() -> feed.of(user).fetch(cursor))
          .isInstanceOf(RedisUnavailableException.class);
      assertThatThrownBy(() -> feed.of(user).add(post()))
          .isInstanceOf(RedisUnavailableException.class);
      assertThatThrownBy(() -> feed.of(user).fetchOrSeed(cursor))
          .isInstanceOf(RedisUnavailableException.class);

      redis = startRedis(); // back, empty (no persistence)
      assertThatThrownBy(() -> feed.of(user).fetch(List.of(first.validLastId())))
          .as("ids of the lost cache cannot be placed: never a silent restart")
          .isInstanceOf(ResetPaginationException.class);
      TimelinePage<Post> second = feed.of(user).fetchOrSeed(cursor);
      List<String> expected = tables.newestFirst(user);
      assertThat(second.items()).extracting(Post::getRandId).isEqualTo(expected.subList(20, 40));
      assertThat(feed.of(user).fetchOrSeed(List.of()).items())
          .extracting(Post::getRandId)
          .isEqualTo(expected.subList(0, 20));
    }
  }

  @Test
  void aSeedLockLeftByADeadProcessExpiresAndTheNextRequestSeeds() throws Exception {
    TestDataSource sql = tables.database.dataSource();
    try (Redifu redifu = redifu(sql)) {
      String lock = "{" + PostTimelineCache.key(user) + "}:lock";
      redifu.client().set(lock, "token-of-a-dead-jvm", SetParams.setParams().px(700));
      PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed).raw();
      long start = System.nanoTime();
      TimelinePage<Post> page = feed.of(user).fetchOrSeed(List.of());
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(page.items()).hasSize(20);
      assertThat(took)
          .as("waited for the lock to expire, not more")
          .isBetween(Duration.ofMillis(400), Duration.ofSeconds(5));
      assertThat(redifu.client().exists(lock)).isFalse();
    }
  }

  @Test
  void anUnreachableDatabaseRaisesSeedExceptionAndLeavesTheCacheUntouched() throws Exception {
    TestDataSource nowhere =
        new TestDataSource(
            "jdbc:postgresql://127.0.0.1:" + RedisProcess.freePort() + "/test?connectTimeout=2");
    try (Redifu redifu = redifu(nowhere)) {
      PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed).raw();
      assertThatThrownBy(() -> feed.of(user).fetchOrSeed(List.of()))
          .isInstanceOf(SeedException.class)
          .hasMessageContaining(tables.posts);
      String tag = "{" + PostTimelineCache.key(user) + "}";
      assertThat(redifu.client().exists(tag)).isFalse();
      assertThat(redifu.client().hget(tag + ":meta", "seeded")).isNull();
      assertThat(redifu.client().exists(tag + ":lock")).isFalse();
    }
  }

  @Test
  void redisDyingWhileTheSeedQueryRunsCommitsNothingAndTheNextRequestSeeds() throws Exception {
    TestDataSource sql = tables.database.dataSource();
    try (Redifu redifu = redifu(sql)) {
      PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed).raw();
      CountDownLatch queried = sql.pauseNextClose(); // the seed query ran; its commit waits
      CompletableFuture<TimelinePage<Post>> seeding =
          CompletableFuture.supplyAsync(() -> feed.of(user).fetchOrSeed(List.of()));
      assertThat(queried.await(10, TimeUnit.SECONDS)).isTrue();
      redis.stop();
      sql.resume();
      assertThatThrownBy(() -> seeding.get(20, TimeUnit.SECONDS))
          .hasCauseInstanceOf(RedisUnavailableException.class);

      redis = startRedis(); // back, empty: nothing half-committed survives, no lock is left
      assertThat(feed.of(user).requiresSeeding(0)).isTrue();
      assertThat(feed.of(user).fetchOrSeed(List.of()).items())
          .extracting(Post::getRandId)
          .isEqualTo(tables.newestFirst(user).subList(0, 20));
    }
  }

  private Redifu redifu(TestDataSource sql) {
    return Redifu.builder()
        .redis("redis://127.0.0.1:" + port)
        .timeout(Duration.ofMillis(500))
        .dataSource(sql)
        .build();
  }

  private RedisProcess startRedis() throws Exception {
    return RedisProcess.start(dir, "faults-" + port, port, "--port", Integer.toString(port));
  }

  private static Post post() {
    Post post = new Post();
    post.init();
    return post;
  }
}
