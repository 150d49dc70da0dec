package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.annotation.Order;
import io.redifu.example.services.LocalServices;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostPageCache;
import io.redifu.it.domain.PostSortedCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.domain.Transfer;
import io.redifu.it.domain.TransferTimeSeriesCache;
import io.redifu.it.seed.SeedTables.Database;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimeSeriesResult;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/**
 * Redis evicts whole keys, one at a time: a collection can lose its zset of ids while its meta hash
 * (which says it was seeded) stays. A timeline or paged collection not cached to its end seeds
 * again and returns full pages; the disabled cases show where it does not yet.
 */
class CollectionEvictionIT {
  /**
   * Today a collection whose meta says it is cached to its end (sorted, a timeline seeded to its
   * tail, a time series' covered ranges) serves a lost zset as empty until the meta expires (at
   * most the collection's TTL). The fix: scripts read "seeded, not flagged empty, zset absent" as
   * unseeded, and REMOVE flags an instance emptied by writes; the model tests pin today's answers
   * for such instances and must change with it.
   */
  private static final String KNOWN_GAP =
      "known gap: a lost zset beside a meta that says complete reads as an empty collection";

  private SeedTables tables;
  private Redifu redifu;
  private UnifiedJedis redis;
  private final String user = BaseRecord.newRandId();

  @BeforeEach
  void setUp() throws Exception {
    tables = new SeedTables(Database.POSTGRESQL);
    String author = BaseRecord.newRandId();
    tables.account(author, "Ada");
    tables.posts(user, 25, List.of(author));
    redifu =
        Redifu.builder()
            .redis(LocalServices.redisUrl())
            .dataSource(new TestDataSource(tables.database.url()))
            .build();
    redis = redifu.client();
    AccountCache.create(redifu).loadedBy(tables::accountsById);
  }

  @AfterEach
  void tearDown() throws Exception {
    redifu.close();
    tables.drop();
  }

  @Test
  void aTimelineWhoseZsetWasEvictedIsSeededAgain() {
    PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed);
    List<Post> first = feed.fetchOrSeed(user, List.of()).items();
    assertThat(first).hasSize(20);
    String zset = "{" + PostTimelineCache.key(user) + "}";
    assertThat(redis.exists(zset + ":meta")).isTrue();

    redis.del(zset); // evicted: the meta hash stays

    assertThat(feed.fetchOrSeed(user, List.of()).items())
        .extracting(Post::getRandId)
        .isEqualTo(ids(first));
    assertThat(feed.fetchOrSeed(user, List.of(first.get(19).getRandId())).items()).hasSize(5);
    feed.purge(user);
  }

  @Test
  @Disabled(KNOWN_GAP)
  void aTimelineCachedToItsEndWhoseZsetWasEvictedIsSeededAgain() {
    PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed);
    List<Post> first = feed.fetchOrSeed(user, List.of()).items();
    assertThat(feed.fetchOrSeed(user, List.of(first.get(19).getRandId())).items()).hasSize(5);

    redis.del("{" + PostTimelineCache.key(user) + "}"); // the meta says "cached to the end"

    assertThat(feed.fetchOrSeed(user, List.of()).items()).hasSize(20);
    feed.purge(user);
  }

  @Test
  @Disabled(KNOWN_GAP)
  void aSortedCollectionWhoseZsetWasEvictedIsSeededAgain() {
    PostSortedCache sorted = PostSortedCache.create(redifu).seededBy(tables::feed);
    List<Post> all = sorted.fetchOrSeed(user, Order.DESC);
    assertThat(all).hasSize(25);

    redis.del("{" + PostSortedCache.key(user) + "}");

    assertThat(sorted.fetchOrSeed(user, Order.DESC))
        .extracting(Post::getRandId)
        .isEqualTo(ids(all));
    sorted.purge(user);
  }

  @Test
  void aPagedCollectionWhoseZsetWasEvictedIsSeededAgain() {
    PostPageCache pages = PostPageCache.create(redifu).seededBy(tables::feed);
    List<Post> first = pages.fetchOrSeed(user, 1);
    List<Post> second = pages.fetchOrSeed(user, 2);
    assertThat(first).hasSize(10);
    assertThat(second).hasSize(10);

    redis.del("{" + PostPageCache.key(user) + "}");

    assertThat(pages.fetchOrSeed(user, 1)).extracting(Post::getRandId).isEqualTo(ids(first));
    assertThat(pages.fetchOrSeed(user, 2)).extracting(Post::getRandId).isEqualTo(ids(second));
    assertThat(pages.fetchOrSeed(user, 3)).hasSize(5);
    pages.purge(user);
  }

  @Test
  @Disabled(KNOWN_GAP)
  void aTimeSeriesWhoseZsetWasEvictedIsSeededAgain() throws Exception {
    String table = "transfers_" + BaseRecord.newRandId().toLowerCase();
    String account = BaseRecord.newRandId();
    Instant start = Instant.parse("2026-04-01T00:00:00Z");
    try (Connection c = DriverManager.getConnection(LocalServices.jdbcUrl());
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE "
              + table
              + " (randid varchar(40) PRIMARY KEY, account_randid varchar(40),"
              + " amount_cents bigint, memo text, created_at timestamp(3))");
      try (PreparedStatement insert =
          c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?)")) {
        for (int i = 0; i < 10; i++) {
          insert.setString(1, BaseRecord.newRandId());
          insert.setString(2, account);
          insert.setLong(3, 100L * i);
          insert.setString(4, "transfer " + i);
          insert.setObject(
              5, LocalDateTime.ofInstant(start.plusSeconds(3_600L * i), ZoneOffset.UTC));
          insert.executeUpdate();
        }
      }
    }
    try {
      TransferTimeSeriesCache transfers =
          TransferTimeSeriesCache.create(redifu)
              .seededBy(
                  id -> SeedQuery.sql("SELECT * FROM " + table + " WHERE account_randid = ?", id));
      Instant end = start.plusSeconds(86_400);
      TimeSeriesResult<Transfer> day = transfers.fetchOrSeed(account, start, end);
      assertThat(day.items()).hasSize(10);

      redis.del("{" + TransferTimeSeriesCache.key(account) + "}");

      TimeSeriesResult<Transfer> again = transfers.fetchOrSeed(account, start, end);
      assertThat(again.needsSeed()).isFalse();
      assertThat(again.items()).hasSize(10);
      transfers.purge(account);
    } finally {
      try (Connection c = DriverManager.getConnection(LocalServices.jdbcUrl());
          Statement s = c.createStatement()) {
        s.execute("DROP TABLE " + table);
      }
    }
  }

  private static List<String> ids(List<Post> posts) {
    return posts.stream().map(Post::getRandId).toList();
  }
}
