package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.metrics.MicrometerMetrics;
import io.redifu.runtime.metrics.RedifuPoolMetrics;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

/**
 * The operation timers, Micrometer's {@code cache.gets} and the pool gauges, on the real Redis and
 * PostgreSQL with a real registry: values and tags.
 */
class OperationMetricsIT {
  private SeedTables tables;
  private final MeterRegistry registry = new SimpleMeterRegistry();

  @BeforeEach
  void setUp() throws Exception {
    tables = new SeedTables(SqlDatabase.POSTGRESQL);
  }

  @AfterEach
  void tearDown() throws Exception {
    tables.drop();
  }

  @Test
  void everyApplicationCallIsTimedOnceWithLowCardinalityTags() throws Exception {
    String user = BaseRecord.newRandId();
    String author = BaseRecord.newRandId();
    tables.account(author, "Ada");
    tables.posts(user, 25, List.of(author));
    try (Redifu redifu =
        Redifu.builder()
            .redis(io.redifu.testing.LocalServices.redisUrl())
            .dataSource(tables.database.dataSource())
            .metrics(new MicrometerMetrics(registry))
            .build()) {
      AccountCache.create(redifu).loadedBy(tables::accountsById);
      PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed);
      PostCache posts = PostCache.create(redifu);

      TimelinePage<Post> first = feed.of(user).fetchOrSeed(List.of()); // seeds inside
      feed.of(user).fetchOrSeed(List.of());
      double postHits = cacheGets("Post", "hit"); // the pages' documents
      double postMisses = cacheGets("Post", "miss");
      posts.get(first.items().get(0).getRandId());
      posts.get("no-such-post");
      posts.getAll(List.of(first.items().get(1).getRandId(), "absent"));
      Post added = new Post();
      added.init();
      added.setCreatedAt(Instant.now());
      feed.of(user).add(added);

      Timer fetches = operation("PostTimelineCache", "timeline", "fetchOrSeed", "success");
      assertThat(fetches.count()).isEqualTo(2);
      assertThat(fetches.totalTime(TimeUnit.NANOSECONDS)).isPositive();
      assertThat(operation("PostTimelineCache", "timeline", "add", "success").count()).isEqualTo(1);
      assertThat(operation("none", "entity", "get", "success").count()).isEqualTo(2);
      assertThat(operation("none", "entity", "getAll", "success").count()).isEqualTo(1);
      assertThat(registry.find("redifu.operation").tag("op", "seed").timers())
          .as("the seed inside fetchOrSeed is part of its time, not a second operation")
          .isEmpty();
      Set<String> tagKeys =
          registry.find("redifu.operation").timers().stream()
              .flatMap(t -> t.getId().getTags().stream())
              .map(Tag::getKey)
              .collect(Collectors.toSet());
      assertThat(tagKeys)
          .containsExactlyInAnyOrder("entity", "collection", "kind", "op", "outcome");
      Set<String> tagValues =
          registry.getMeters().stream()
              .flatMap(m -> m.getId().getTags().stream())
              .map(Tag::getValue)
              .collect(Collectors.toSet());
      assertThat(tagValues).as("no ids or key parameters").doesNotContain(user, author, "absent");

      assertThat(postHits).as("documents of two pages").isEqualTo(40);
      assertThat(cacheGets("Post", "hit") - postHits).as("get hit + getAll hit").isEqualTo(2);
      assertThat(cacheGets("Post", "miss") - postMisses).as("get miss + getAll miss").isEqualTo(2);
      assertThat(cacheGets("PostTimelineCache", "miss")).isEqualTo(1);
      assertThat(cacheGets("PostTimelineCache", "hit")).isEqualTo(1);
      feed.of(user).purge();
    }
  }

  @Test
  void aFailedCallIsTimedWithOutcomeError() {
    try (Redifu redifu =
        Redifu.builder()
            .redis(io.redifu.testing.LocalServices.redisUrl())
            .metrics(new MicrometerMetrics(registry))
            .build()) {
      PostCache posts = PostCache.create(redifu);
      String key = PostCache.key("wrong-type-" + BaseRecord.newRandId());
      redifu.client().lpush(key, "not a document");
      try {
        posts.get(key.substring("post:".length()));
      } catch (RuntimeException expected) {
        // CorruptEntryException
      } finally {
        redifu.client().del(key);
      }
      assertThat(operation("none", "entity", "get", "error").count()).isEqualTo(1);
    }
  }

  @Test
  void poolGaugesShowLentIdleAndWaitingConnections() throws Exception {
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(2);
    pool.setMaxIdle(2);
    HostAndPort redis = new HostAndPort("127.0.0.1", redisPort());
    try (JedisPooled client =
            new JedisPooled(pool, redis, DefaultJedisClientConfig.builder().build());
        Redifu redifu = Redifu.builder().redis(client).build()) {
      new RedifuPoolMetrics(redifu, List.of(Tag.of("redis", "main"))).bindTo(registry);
      client.ping();
      assertThat(gauge("redifu.pool.max")).isEqualTo(2);
      assertThat(gauge("redifu.pool.active")).isZero();
      assertThat(gauge("redifu.pool.idle")).isEqualTo(1);

      Connection one = client.getPool().getResource();
      Connection two = client.getPool().getResource();
      CountDownLatch waiting = new CountDownLatch(1);
      Thread third =
          new Thread(
              () -> {
                waiting.countDown();
                client.ping(); // waits for a connection
              });
      third.start();
      waiting.await();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
      while (gauge("redifu.pool.waiting") < 1 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(gauge("redifu.pool.active")).isEqualTo(2);
      assertThat(gauge("redifu.pool.idle")).isZero();
      assertThat(gauge("redifu.pool.waiting")).isEqualTo(1);
      one.close();
      third.join(2_000);
      two.close();
      assertThat(gauge("redifu.pool.waiting")).isZero();
      assertThat(gauge("redifu.pool.active")).isZero();
      assertThat(gauge("redifu.pool.idle")).isEqualTo(2);
    }
  }

  private double gauge(String name) {
    return registry.get(name).tag("redis", "main").gauge().value();
  }

  private static int redisPort() {
    return java.net.URI.create(io.redifu.testing.LocalServices.redisUrl()).getPort();
  }

  private Timer operation(String collection, String kind, String op, String outcome) {
    Timer timer =
        registry
            .find("redifu.operation")
            .tags("collection", collection, "kind", kind, "op", op, "outcome", outcome)
            .timer();
    assertThat(timer).as(collection + " " + op + " " + outcome).isNotNull();
    return timer;
  }

  private double cacheGets(String cache, String result) {
    Counter counter =
        registry
            .find("cache.gets")
            .tags("cache", cache, "cache.manager", "redifu", "result", result)
            .counter();
    return counter == null ? 0 : counter.count();
  }
}
