package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.annotation.Order;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostPageCache;
import io.redifu.it.domain.PostSortedCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimelinePage;
import io.redifu.testing.redis.RedisProcess;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import redis.clients.jedis.Jedis;

/**
 * Real eviction: a Redis of its own with a 3 MB {@code maxmemory} gets far more than it can hold
 * (40 feeds of 60 posts of about 1 KB each, read three times as a timeline, a sorted collection and
 * numbered pages), so it evicts documents, zsets, metas and pages hashes one key at a time, between
 * and during reads. Every page must still equal SQL: lost ids are seeded again, lost documents
 * loaded by the entity's loader. Without a loader, documents evicted from a cached collection are
 * left out (reported as missing) until the collection is seeded again: counted, and the ids listed
 * must still be SQL's.
 */
class RealEvictionIT {
  private static final int USERS = 40;
  private static final int POSTS = 60;
  private static final int PASSES = 3;
  private static final String CONTENT = "x".repeat(1_000);

  @TempDir Path dir;
  private SeedTables tables;
  private final List<String> users = new ArrayList<>();
  private final List<List<String>> truth = new ArrayList<>();

  @BeforeEach
  void fill() throws Exception {
    tables = new SeedTables(SqlDatabase.POSTGRESQL);
    try (Connection c = tables.connect();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO "
                    + tables.posts
                    + " (randid, title, content, author_randid, user_id, status, created_at)"
                    + " VALUES (?, ?, ?, NULL, ?, 'active', ?)")) {
      for (int u = 0; u < USERS; u++) {
        String user = BaseRecord.newRandId();
        users.add(user);
        for (int i = 0; i < POSTS; i++) {
          insert.setString(1, BaseRecord.newRandId());
          insert.setString(2, "post " + i);
          insert.setString(3, CONTENT);
          insert.setString(4, user);
          insert.setObject(5, SeedTables.BASE.plusSeconds(i / 3)); // ties, three by three
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
    for (String user : users) {
      truth.add(tables.newestFirst(user));
    }
  }

  @AfterEach
  void drop() throws Exception {
    tables.drop();
  }

  @ParameterizedTest
  @ValueSource(strings = {"allkeys-lru", "volatile-lru"})
  void everyPageEqualsSqlWhileRedisEvicts(String policy) throws Exception {
    Counts withLoader = run(policy, true);
    Counts without = run(policy, false);
    System.out.printf(
        "eviction %s: with a loader %d keys evicted, %d pages read, %d short;"
            + " without %d keys evicted, %d pages read, %d documents left out%n",
        policy,
        withLoader.evicted,
        withLoader.pages,
        withLoader.shortPages,
        without.evicted,
        without.pages,
        without.missing);
    assertThat(withLoader.evicted).as("keys evicted").isGreaterThan(1_000);
    assertThat(withLoader.shortPages).as("pages that differ from SQL").isZero();
    assertThat(without.evicted).as("keys evicted without a loader").isGreaterThan(1_000);
    assertThat(without.shortPages).as("listings that differ from SQL").isZero();
  }

  private static final class Counts {
    long evicted;
    int pages;
    int shortPages;
    int missing;
  }

  private Counts run(String policy, boolean loader) throws Exception {
    int port = RedisProcess.freePort();
    RedisProcess server =
        RedisProcess.start(
            dir,
            "evict-" + policy + "-" + loader,
            port,
            "--port",
            Integer.toString(port),
            "--maxmemory",
            "3mb",
            "--maxmemory-policy",
            policy,
            "--maxmemory-samples",
            "5");
    Counts counts = new Counts();
    try (Redifu redifu =
            Redifu.builder()
                .redis("redis://127.0.0.1:" + port)
                .dataSource(tables.database.dataSource())
                .build();
        Jedis jedis = new Jedis("127.0.0.1", port)) {
      if (loader) {
        PostCache.create(redifu).loadedBy(tables::postsById);
      }
      PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed).raw();
      PostSortedCache sorted = PostSortedCache.create(redifu).seededBy(tables::feed).raw();
      PostPageCache pages = PostPageCache.create(redifu).seededBy(tables::feed).raw();
      for (int pass = 0; pass < PASSES; pass++) {
        for (int u = 0; u < USERS; u++) {
          String user = users.get(u);
          List<String> all = truth.get(u);
          readTimeline(feed, user, all, counts, loader);
          counts.pages++;
          List<String> whole = ids(sorted.of(user).fetchOrSeed(Order.DESC));
          check(whole, List.of(), all, counts, loader);
          for (int page = 1; page <= POSTS / 10 + 1; page++) {
            counts.pages++;
            List<String> expected =
                all.subList(Math.min(all.size(), 10 * (page - 1)), Math.min(all.size(), 10 * page));
            check(ids(pages.of(user).fetchOrSeed(page)), List.of(), expected, counts, loader);
          }
        }
      }
      counts.evicted = stat(jedis.info("stats"), "evicted_keys");
    } finally {
      server.stop();
    }
    return counts;
  }

  /** Every page of the feed from the top, by lastRandIds, as a client pages. */
  private static void readTimeline(
      PostTimelineCache feed, String user, List<String> all, Counts counts, boolean loader) {
    List<String> seen = new ArrayList<>();
    for (int page = 0; page * 20 < all.size(); page++) {
      counts.pages++;
      TimelinePage<Post> read =
          feed.of(user)
              .fetchOrSeed(seen.isEmpty() ? List.of() : List.of(seen.get(seen.size() - 1)));
      List<String> expected = all.subList(20 * page, Math.min(all.size(), 20 * (page + 1)));
      check(ids(read.items()), read.missingIds(), expected, counts, loader);
      seen.addAll(expected);
    }
  }

  /**
   * With a loader the page equals SQL; without one, the ids it lists (items and those left out) are
   * SQL's, so only evicted documents are missing.
   */
  private static void check(
      List<String> items,
      List<String> missingIds,
      List<String> expected,
      Counts counts,
      boolean loader) {
    if (loader) {
      if (!items.equals(expected)) {
        counts.shortPages++;
      }
      return;
    }
    int missing = expected.size() - items.size();
    counts.missing += missing;
    boolean subsequence =
        expected.containsAll(items) && new HashSet<>(items).size() == items.size();
    boolean listed =
        missingIds.isEmpty() || new HashSet<>(expected).equals(union(items, missingIds));
    if (!subsequence || !listed) {
      counts.shortPages++;
    }
  }

  private static HashSet<String> union(List<String> a, List<String> b) {
    HashSet<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static List<String> ids(List<Post> posts) {
    return posts.stream().map(Post::getRandId).toList();
  }

  private static long stat(String info, String name) {
    Matcher m = Pattern.compile(name + ":(\\d+)").matcher(info);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }
}
