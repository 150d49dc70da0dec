package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redifu.it.RelayedRedifu;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.it.sql.TestDataSource;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedisUnavailableException;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.metrics.MicrometerMetrics;
import io.redifu.testing.LocalServices;
import io.redifu.testing.redis.RoundTripCounter;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link MicrometerMetrics} reports for a feed seeded from PostgreSQL and read back: the
 * counts are checked against what the test did, and round trips against a relay that counts them on
 * the wire.
 */
class MetricsIT {
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
  void feedSeedsHitsMissesAndRoundTripsAreCounted() throws Exception {
    String user = BaseRecord.newRandId();
    String author = BaseRecord.newRandId();
    tables.account(author, "Ada");
    tables.posts(user, 25, List.of(author));
    TestDataSource sql = tables.database.dataSource();
    loadScripts(sql);
    try (RoundTripCounter relay = RoundTripCounter.start(LocalServices.redisUrl());
        Redifu redifu =
            RelayedRedifu.singleConnection(
                relay, b -> b.dataSource(sql).metrics(new MicrometerMetrics(registry)))) {
      AccountCache.create(redifu).loadedBy(tables::accountsById);
      PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed);
      PostCache posts = PostCache.create(redifu);
      posts.isMissing("warm-up"); // opens the connection: its handshake is not redifu's
      double before = roundTrips();
      relay.reset();

      TimelinePage<Post> first = feed.of(user).fetchOrSeed(List.of()); // miss: seeds a page
      feed.of(user).fetchOrSeed(List.of()); // hit
      String postId = first.items().get(0).getRandId();
      assertThat(posts.get(postId)).isPresent(); // document hit
      assertThat(posts.get("no-such-post")).isEmpty(); // document miss

      assertThat(count("redifu.cache.misses", "PostTimelineCache", "fetchOrSeed")).isEqualTo(1);
      assertThat(count("redifu.cache.hits", "PostTimelineCache", "fetchOrSeed")).isEqualTo(1);
      assertThat(count("redifu.cache.hits", MetricsListener.NO_COLLECTION, "get")).isEqualTo(1);
      assertThat(count("redifu.cache.misses", MetricsListener.NO_COLLECTION, "get")).isEqualTo(1);
      Timer seeds = registry.find("redifu.seeds").tag("collection", "PostTimelineCache").timer();
      assertThat(seeds).isNotNull();
      assertThat(seeds.count()).isEqualTo(1);
      assertThat(seeds.totalTime(TimeUnit.NANOSECONDS)).isPositive();
      assertThat(registry.find("redifu.seed.rows").tag("collection", "PostTimelineCache").counter())
          .extracting(Counter::count)
          .as("one page of rows cached")
          .isEqualTo(20.0);
      assertThat(registry.find("redifu.seeds").tag("entity", "Account").timer().count())
          .as("the author was loaded once")
          .isEqualTo(1);

      double counted = roundTrips() - before;
      assertThat(counted).as("reported = counted on the wire").isEqualTo(relay.roundTrips());
      assertThat(counted).isGreaterThan(5);
      assertThat(Search.in(registry).name("redifu.errors").counters()).isEmpty();
    }
  }

  @Test
  void aMissingMarkerHitIsCounted() throws Exception {
    TestDataSource sql = tables.database.dataSource();
    try (Redifu redifu =
        Redifu.builder()
            .redis(LocalServices.redisUrl())
            .dataSource(sql)
            .metrics(new MicrometerMetrics(registry))
            .build()) {
      AccountCache accounts = AccountCache.create(redifu).loadedBy(tables::accountsById);
      String nobody = BaseRecord.newRandId();

      assertThat(accounts.getOrLoad(nobody)).isNull(); // miss, loaded, marker stored
      assertThat(accounts.getOrLoad(nobody)).isNull(); // marker hit

      assertThat(count("redifu.cache.misses", MetricsListener.NO_COLLECTION, "getOrLoad"))
          .isEqualTo(1);
      assertThat(count("redifu.cache.missing.markers", MetricsListener.NO_COLLECTION, "getOrLoad"))
          .isEqualTo(1);
    }
  }

  @Test
  void redisFailuresAreCountedByType() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (Redifu redifu =
        Redifu.builder()
            .redis("redis://127.0.0.1:" + closedPort)
            .timeout(Duration.ofMillis(300))
            .metrics(new MicrometerMetrics(registry))
            .build()) {
      PostCache posts = PostCache.create(redifu);

      assertThatThrownBy(() -> posts.get("any")).isInstanceOf(RedisUnavailableException.class);

      Counter errors =
          registry
              .find("redifu.errors")
              .tags("entity", "Post", "op", "get", "type", "RedisUnavailableException")
              .counter();
      assertThat(errors).isNotNull();
      assertThat(errors.count()).isEqualTo(1);
    }
  }

  private double roundTrips() {
    return Search.in(registry).name("redifu.round.trips").counters().stream()
        .mapToDouble(Counter::count)
        .sum();
  }

  private double count(String name, String collection, String op) {
    Counter counter = registry.find(name).tags("collection", collection, "op", op).counter();
    return counter == null ? 0 : counter.count();
  }

  /**
   * Runs the scenario once on another feed without metrics, so every script it uses is in Redis's
   * script cache: a script's first run costs an uncounted SCRIPT LOAD round trip.
   */
  private void loadScripts(TestDataSource sql) throws Exception {
    String user = BaseRecord.newRandId();
    String author = BaseRecord.newRandId();
    tables.account(author, "Alan");
    tables.posts(user, 3, List.of(author));
    try (Redifu redifu = Redifu.builder().redis(LocalServices.redisUrl()).dataSource(sql).build()) {
      AccountCache.create(redifu).loadedBy(tables::accountsById);
      PostTimelineCache.create(redifu).seededBy(tables::feed).of(user).fetchOrSeed(List.of());
    }
  }
}
