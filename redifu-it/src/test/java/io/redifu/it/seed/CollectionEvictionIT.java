package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.annotation.Order;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostPageCache;
import io.redifu.it.domain.PostSortedCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.domain.Transfer;
import io.redifu.it.domain.TransferTimeSeriesCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimeSeriesResult;
import io.redifu.testing.LocalServices;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/**
 * Redis evicts whole keys, one at a time: a collection can lose its zset of ids while its meta hash
 * (which says it was seeded, maybe to its end) or its time series segments stay. Such a collection
 * is seeded again and returns full pages; one emptied by writes, or seeded empty, is flagged {@code
 * empty} and reads as empty and complete without a query.
 */
class CollectionEvictionIT {

  private SeedTables tables;
  private Redifu redifu;
  private UnifiedJedis redis;
  private final String user = BaseRecord.newRandId();

  @BeforeEach
  void setUp() throws Exception {
    tables = new SeedTables(SqlDatabase.POSTGRESQL);
    String author = BaseRecord.newRandId();
    tables.account(author, "Ada");
    tables.posts(user, 25, List.of(author));
    redifu =
        Redifu.builder()
            .redis(LocalServices.redisUrl())
            .dataSource(tables.database.dataSource())
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
    List<Post> first = feed.of(user).fetchOrSeed(List.of()).items();
    assertThat(first).hasSize(20);
    String zset = "{" + PostTimelineCache.key(user) + "}";
    assertThat(redis.exists(zset + ":meta")).isTrue();

    redis.del(zset); // evicted: the meta hash stays

    assertThat(feed.of(user).fetchOrSeed(List.of()).items())
        .extracting(Post::getRandId)
        .isEqualTo(ids(first));
    assertThat(feed.of(user).fetchOrSeed(List.of(first.get(19).getRandId())).items()).hasSize(5);
    feed.of(user).purge();
  }

  @Test
  void aTimelineCachedToItsEndWhoseZsetWasEvictedIsSeededAgain() {
    PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed);
    List<Post> first = feed.of(user).fetchOrSeed(List.of()).items();
    assertThat(feed.of(user).fetchOrSeed(List.of(first.get(19).getRandId())).items()).hasSize(5);

    redis.del("{" + PostTimelineCache.key(user) + "}"); // the meta says "cached to the end"

    assertThat(feed.of(user).fetchOrSeed(List.of()).items())
        .extracting(Post::getRandId)
        .isEqualTo(ids(first));
    assertThat(feed.of(user).fetchOrSeed(List.of(first.get(19).getRandId())).items()).hasSize(5);
    feed.of(user).purge();
  }

  @Test
  void aTimelineEmptiedByRemovalsStaysCompleteAndEmpty() throws Exception {
    PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed);
    List<Post> first = feed.of(user).fetchOrSeed(List.of()).items();
    List<Post> rest = feed.of(user).fetchOrSeed(List.of(first.get(19).getRandId())).items();
    for (Post post : concat(first, rest)) {
      tables.update(
          "UPDATE " + tables.posts + " SET status = 'deleted' WHERE randid = ?", post.getRandId());
      feed.of(user).remove(post.getRandId());
    }
    assertThat(redis.exists("{" + PostTimelineCache.key(user) + "}")).isFalse();
    tables.post(
        BaseRecord.newRandId(), user, "not yet written through", null, "active", SeedTables.BASE);

    // complete and empty: no seed, so the row the cache was not told about stays unseen
    assertThat(feed.of(user).fetchOrSeed(List.of()).items()).isEmpty();
    feed.of(user).purge();
  }

  @Test
  void aSortedCollectionWhoseZsetWasEvictedIsSeededAgain() {
    PostSortedCache sorted = PostSortedCache.create(redifu).seededBy(tables::feed);
    List<Post> all = sorted.of(user).fetchOrSeed(Order.DESC);
    assertThat(all).hasSize(25);

    redis.del("{" + PostSortedCache.key(user) + "}");

    assertThat(sorted.of(user).fetchOrSeed(Order.DESC))
        .extracting(Post::getRandId)
        .isEqualTo(ids(all));
    sorted.of(user).purge();
  }

  @Test
  void aSortedCollectionSeededEmptyIsSeededOnce() throws Exception {
    PostSortedCache sorted = PostSortedCache.create(redifu).seededBy(tables::feed);
    String nobody = BaseRecord.newRandId();
    assertThat(sorted.of(nobody).fetchOrSeed(Order.DESC)).isEmpty();
    tables.post(
        BaseRecord.newRandId(), nobody, "not yet written through", null, "active", SeedTables.BASE);

    assertThat(sorted.of(nobody).fetchOrSeed(Order.DESC)).as("not seeded again").isEmpty();
    sorted.of(nobody).purge();
  }

  @Test
  void aPagedCollectionWhoseZsetWasEvictedIsSeededAgain() {
    PostPageCache pages = PostPageCache.create(redifu).seededBy(tables::feed);
    List<Post> first = pages.of(user).fetchOrSeed(1);
    List<Post> second = pages.of(user).fetchOrSeed(2);
    assertThat(first).hasSize(10);
    assertThat(second).hasSize(10);

    assertThat(redis.del("{" + PostPageCache.key(user) + "}:pages")).isEqualTo(1);

    assertThat(pages.of(user).fetchOrSeed(1)).extracting(Post::getRandId).isEqualTo(ids(first));
    assertThat(pages.of(user).fetchOrSeed(2)).extracting(Post::getRandId).isEqualTo(ids(second));
    assertThat(pages.of(user).fetchOrSeed(3)).hasSize(5);
    pages.of(user).purge();
  }

  /** The end of a paged collection lives in its pages hash: it cannot outlive the pages. */
  @Test
  void aPagedCollectionCachedToItsEndWhosePagesWereEvictedIsSeededAgain() {
    PostPageCache pages = PostPageCache.create(redifu).seededBy(tables::feed);
    List<Post> first = pages.of(user).fetchOrSeed(1);
    assertThat(pages.of(user).fetchOrSeed(3)).hasSize(5);
    assertThat(pages.of(user).fetchOrSeed(4)).isEmpty(); // past the known end
    String tag = "{" + PostPageCache.key(user) + "}";

    assertThat(redis.del(tag + ":pages")).isEqualTo(1);
    redis.del(tag + ":meta");

    assertThat(pages.of(user).fetchOrSeed(1)).extracting(Post::getRandId).isEqualTo(ids(first));
    assertThat(pages.of(user).fetchOrSeed(2)).hasSize(10);
    assertThat(pages.of(user).fetchOrSeed(3)).hasSize(5);
    assertThat(pages.of(user).fetchOrSeed(4)).isEmpty();
    pages.of(user).purge();
  }

  @Test
  void aTimeSeriesWhoseZsetWasEvictedIsSeededAgain() throws Exception {
    TransferTable table = new TransferTable();
    String account = BaseRecord.newRandId();
    Instant start = Instant.parse("2026-04-01T00:00:00Z");
    table.hourly(account, start, 10);
    try {
      TransferTimeSeriesCache transfers =
          TransferTimeSeriesCache.create(redifu).seededBy(table::ofAccount);
      Instant end = start.plusSeconds(86_400);
      TimeSeriesResult<Transfer> day = transfers.of(account).fetchOrSeed(start, end);
      assertThat(day.items()).hasSize(10);

      String tag = "{" + TransferTimeSeriesCache.key(account) + "}";
      redis.del(tag);

      TimeSeriesResult<Transfer> again = transfers.of(account).fetchOrSeed(start, end);
      assertThat(again.needsSeed()).isFalse();
      assertThat(again.items()).hasSize(10);

      // a covered range holding nothing stays covered: seeded once, not on every read
      Instant before = start.minusSeconds(86_400);
      Instant lastSecond = start.minusSeconds(1);
      transfers.of(account).purge();
      assertThat(transfers.of(account).fetchOrSeed(before, lastSecond).items()).isEmpty();
      assertThat(redis.exists(tag)).isFalse();
      table.insert(BaseRecord.newRandId(), account, 1L, "late", before.plusSeconds(60)); // SQL only
      TimeSeriesResult<Transfer> empty = transfers.of(account).fetchOrSeed(before, lastSecond);
      assertThat(empty.needsSeed()).isFalse();
      assertThat(empty.items()).as("covered and empty: not seeded again").isEmpty();

      // emptied by a removal: covered and empty too
      assertThat(transfers.of(account).fetchOrSeed(start, end).items()).hasSize(10);
      transfers.of(account).purge();
      TimeSeriesResult<Transfer> day2 =
          transfers.of(account).fetchOrSeed(start, start.plusSeconds(1));
      assertThat(day2.items()).hasSize(1);
      transfers.of(account).remove(day2.items().get(0).getRandId());
      assertThat(redis.exists(tag)).isFalse();
      assertThat(transfers.of(account).fetchOrSeed(start, start.plusSeconds(1)).items()).isEmpty();
      transfers.of(account).purge();
    } finally {
      table.drop();
    }
  }

  private static List<Post> concat(List<Post> a, List<Post> b) {
    List<Post> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<String> ids(List<Post> posts) {
    return posts.stream().map(Post::getRandId).toList();
  }
}
