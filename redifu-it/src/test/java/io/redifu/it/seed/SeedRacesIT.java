package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.annotation.Order;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostPageCache;
import io.redifu.it.domain.PostSortedCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.it.sql.TestDataSource;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.Position;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedException;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimelinePage;
import io.redifu.testing.LocalServices;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.params.SetParams;

/**
 * A seed paused between its SQL and its commit while the application writes: an added post is not
 * lost, a removed one not resurrected, an updated document not overwritten by the older row. And a
 * failing query leaves Redis untouched.
 */
class SeedRacesIT {
  private SeedTables tables;
  private TestDataSource sql;
  private Redifu redifu;
  private PostTimelineCache feed;
  private String user;
  private List<String> ids;
  private volatile SqlWrites afterSeed = () -> {};

  @BeforeEach
  void setUp() throws Exception {
    tables = new SeedTables(SqlDatabase.POSTGRESQL);
    sql = tables.database.dataSource();
    redifu = Redifu.builder().redis(LocalServices.redisUrl()).dataSource(sql).build();
    feed = PostTimelineCache.create(redifu).seededBy(tables::feed).raw();
    user = BaseRecord.newRandId();
    ids = tables.posts(user, 10, List.of("author"));
  }

  @AfterEach
  void tearDown() throws Exception {
    feed.of(user).purge();
    redifu.close();
    tables.drop();
  }

  @Test
  void aPostAddedDuringTheSeedIsKept() throws Exception {
    Post fresh = post(BaseRecord.newRandId(), "fresh", 3_600);
    List<String> page =
        whilePaused(
            () -> {
              tables.post(
                  fresh.getRandId(),
                  user,
                  "fresh",
                  "author",
                  "active",
                  SeedTables.BASE.plusHours(1));
              feed.of(user).add(fresh); // the application writes SQL, then the cache
            });
    assertThat(sql.statements.get()).as("the seed queried again after the add").isGreaterThan(1);
    assertThat(page).first().isEqualTo(fresh.getRandId());
    assertThat(page).containsAll(ids).doesNotHaveDuplicates().hasSize(11);
  }

  @Test
  void aFeedWrittenDuringEverySeedAttemptIsAnsweredFromSqlUncached() throws Exception {
    sql.afterEachClose(() -> feed.of(user).remove("not-in-the-feed")); // moves the generation

    TimelinePage<Post> page = feed.of(user).fetchOrSeed(List.of());

    assertThat(page.items()).extracting(Post::getRandId).isEqualTo(tables.newestFirst(user));
    assertThat(page.position()).isEqualTo(Position.FIRST_PAGE);
    assertThat(sql.statements.get())
        .as("3 refused seeds, then the answer (and the query's one-time column probe)")
        .isBetween(4, 5);
    assertThatThrownBy(() -> feed.of(user).seed(null))
        .as("an explicit seed still reports it")
        .isInstanceOf(SeedException.class)
        .hasMessageContaining("changed during each of 3 seeds");
    sql.afterEachClose(() -> {});
    assertThat(feed.of(user).requiresSeeding(0)).as("nothing was cached").isTrue();
  }

  @Test
  void sortedAndPagesWrittenDuringEverySeedAttemptAreAnsweredFromSqlUncached() throws Exception {
    PostSortedCache sorted = PostSortedCache.create(redifu).seededBy(tables::feed).raw();
    PostPageCache pages = PostPageCache.create(redifu).seededBy(tables::feed).raw();
    List<String> newestFirst = tables.newestFirst(user);

    sql.afterEachClose(() -> sorted.of(user).remove("not-in-it"));
    assertThat(sorted.of(user).fetchOrSeed(Order.DESC))
        .extracting(Post::getRandId)
        .isEqualTo(newestFirst);
    sql.afterEachClose(() -> pages.of(user).remove("not-in-it"));
    assertThat(pages.of(user).fetchOrSeed(1)).extracting(Post::getRandId).isEqualTo(newestFirst);
    sql.afterEachClose(() -> {});

    assertThat(sorted.of(user).requiresSeeding()).as("nothing was cached").isTrue();
    assertThat(pages.of(user).requiresSeeding(1)).as("nothing was cached").isTrue();
  }

  @Test
  void aPostRemovedDuringTheSeedStaysRemoved() throws Exception {
    String gone = ids.get(9); // the newest post
    List<String> page =
        whilePaused(
            () -> {
              tables.update(
                  "UPDATE " + tables.posts + " SET status = 'deleted' WHERE randid = ?", gone);
              feed.of(user).remove(gone);
            });
    assertThat(sql.statements.get()).as("the seed queried again after the remove").isGreaterThan(1);
    assertThat(page).doesNotContain(gone).hasSize(9);
  }

  @Test
  void aDocumentUpdatedDuringTheSeedIsNotOverwritten() throws Exception {
    String edited = ids.get(0);
    PostCache posts = PostCache.create(redifu).raw();
    whilePaused(
        () -> {
          tables.update(
              "UPDATE " + tables.posts + " SET title = 'edited' WHERE randid = ?", edited);
          Post post = post(edited, "edited", 0);
          posts.set(post);
        });
    assertThat(posts.get(edited).orElseThrow().getTitle()).isEqualTo("edited");
  }

  @Test
  void aFailingQueryChangesNothingInRedis() {
    PostTimelineCache broken =
        PostTimelineCache.create(redifu)
            .seededBy(
                userId ->
                    SeedQuery.sql(
                        "SELECT randid, created_at, CAST(CASE WHEN title = 'post 7' THEN 'x'"
                            + " ELSE '1' END AS integer) AS likes FROM "
                            + tables.posts
                            + " WHERE user_id = ?",
                        userId))
            .raw();
    assertThatThrownBy(() -> broken.of(user).fetchOrSeed(List.of()))
        .isInstanceOf(SeedException.class)
        .hasMessageContaining(tables.posts);
    String tag = "{" + PostTimelineCache.key(user) + "}";
    assertThat(redifu.client().exists(tag)).isFalse();
    assertThat(redifu.client().hget(tag + ":meta", "seeded")).isNull();
    assertThat(redifu.client().exists(tag + ":lock")).isFalse();
    for (String id : ids) {
      assertThat(redifu.client().exists(PostCache.key(id))).isFalse();
    }
  }

  /**
   * A short page ends at the cached end, so fetchOrSeed seeds the page after it; while that seed
   * waits for another JVM's lock, the application moves the end item far down. The seed must not
   * continue from the item's new place: the items between its old and new places would never be
   * cached, and a complete-looking feed would end early.
   */
  @Test
  void theCachedEndMovedWhileASeedWaitedLeavesNoHole() throws Exception {
    String busy = BaseRecord.newRandId();
    tables.posts(busy, 45, List.of("author"));
    TimelinePage<Post> first = feed.of(busy).fetchOrSeed(List.of());
    String end = first.validLastId(); // the 20th post: the cached end
    // the lock of the page after the cached end (each position has its own)
    String lock = "{" + PostTimelineCache.key(busy) + "}:lock:after:" + end;
    redifu.client().set(lock, "another-jvm", SetParams.setParams().px(30_000));
    String fifteenth = first.items().get(14).getRandId();
    CompletableFuture<TimelinePage<Post>> page =
        CompletableFuture.supplyAsync(() -> feed.of(busy).fetchOrSeed(List.of(fifteenth)));
    Thread.sleep(500); // it read the 5 posts up to the cached end and waits for the lock
    tables.update(
        "UPDATE " + tables.posts + " SET created_at = ? WHERE randid = ?",
        SeedTables.BASE.minusHours(1),
        end);
    feed.of(busy).add(post(end, "moved", -3_600)); // SQL, then the cache
    redifu.client().del(lock);
    page.get(30, TimeUnit.SECONDS);

    List<String> walked = new ArrayList<>();
    TimelinePage<Post> next = feed.of(busy).fetchOrSeed(List.of());
    walked.addAll(next.items().stream().map(Post::getRandId).toList());
    while (next.hasMore()) {
      next = feed.of(busy).fetchOrSeed(Cursor.parse(next.nextCursor()));
      walked.addAll(next.items().stream().map(Post::getRandId).toList());
    }
    assertThat(walked).isEqualTo(tables.newestFirst(busy));
    feed.of(busy).purge();
  }

  /**
   * A short first page ends at the cached end; seeding after it is written to during every attempt,
   * so the page is answered from SQL: the whole first page, not the rows after the cached ones.
   */
  @Test
  void aShortPageAnsweredFromSqlStartsWhereTheRequestStarts() throws Exception {
    String busy = BaseRecord.newRandId();
    tables.posts(busy, 45, List.of("author"));
    List<String> cached = ids(feed.of(busy).fetchOrSeed(List.of()));
    for (String gone : cached.subList(5, 20)) { // leaves 5 cached, 30 in SQL
      tables.update("UPDATE " + tables.posts + " SET status = 'deleted' WHERE randid = ?", gone);
      feed.of(busy).remove(gone);
    }
    sql.afterEachClose(() -> feed.of(busy).remove("not-in-the-feed")); // moves the generation

    TimelinePage<Post> page = feed.of(busy).fetchOrSeed(List.of());

    sql.afterEachClose(() -> {});
    assertThat(ids(page)).isEqualTo(tables.newestFirst(busy).subList(0, 20));
    assertThat(page.position()).isEqualTo(Position.FIRST_PAGE);
    assertThat(feed.of(busy).fetchAll()).as("nothing more cached").hasSize(5);
    feed.of(busy).purge();
  }

  private static List<String> ids(TimelinePage<Post> page) {
    return page.items().stream().map(Post::getRandId).toList();
  }

  /**
   * An add right after a page's seed committed drops every cached page before fetchOrSeed reads the
   * page back: it must seed again (or answer from SQL), never answer the dropped page as empty.
   */
  @Test
  void aPageDroppedRightAfterItsSeedIsNotReadAsEmpty() throws Exception {
    Post fresh = post(BaseRecord.newRandId(), "fresh", 3_600);
    AtomicInteger seeds = new AtomicInteger();
    try (Redifu hooked = afterEachSeed(seeds)) {
      PostPageCache pages = PostPageCache.create(hooked).seededBy(tables::feed).raw();
      afterSeed =
          () -> {
            if (seeds.get() == 1) { // the application writes SQL, then the cache
              tables.post(
                  fresh.getRandId(),
                  user,
                  "fresh",
                  "author",
                  "active",
                  SeedTables.BASE.plusHours(1));
              pages.of(user).add(fresh);
            }
          };

      List<Post> page = pages.of(user).fetchOrSeed(1);

      assertThat(page)
          .extracting(Post::getRandId)
          .isEqualTo(tables.newestFirst(user).subList(0, 10));
      assertThat(seeds.get()).as("seeded again after the drop").isEqualTo(2);
      assertThat(pages.of(user).requiresSeeding(1)).isFalse();
      pages.of(user).reset();
    }
  }

  @Test
  void aPageDroppedAfterEverySeedIsAnsweredFromSql() throws Exception {
    AtomicInteger seeds = new AtomicInteger();
    try (Redifu hooked = afterEachSeed(seeds)) {
      PostPageCache pages = PostPageCache.create(hooked).seededBy(tables::feed).raw();
      afterSeed = () -> pages.of(user).remove("not-in-it"); // drops the pages

      List<Post> page = pages.of(user).fetchOrSeed(1);

      assertThat(page).extracting(Post::getRandId).isEqualTo(tables.newestFirst(user));
      assertThat(seeds.get()).as("bounded: 3 seeds, then SQL").isEqualTo(3);
      afterSeed = () -> {};
      assertThat(pages.of(user).requiresSeeding(1)).isTrue();
    }
  }

  /** Runs {@link #afterSeed} after each seed commit of the returned Redifu, counting them. */
  private Redifu afterEachSeed(AtomicInteger seeds) {
    MetricsListener listener =
        new MetricsListener() {
          @Override
          public void seeded(String entity, String collection, int rows, long nanos) {
            seeds.incrementAndGet();
            try {
              afterSeed.run();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }
        };
    return Redifu.builder()
        .redis(LocalServices.redisUrl())
        .dataSource(sql)
        .metrics(listener)
        .build();
  }

  /** Starts a cold fetchOrSeed, runs {@code writes} while it is paused, returns its page ids. */
  private List<String> whilePaused(SqlWrites writes) throws Exception {
    CountDownLatch paused = sql.pauseNextClose();
    CompletableFuture<TimelinePage<Post>> seeding =
        CompletableFuture.supplyAsync(() -> feed.of(user).fetchOrSeed(List.of()));
    assertThat(paused.await(10, TimeUnit.SECONDS)).as("seed reached its commit").isTrue();
    writes.run();
    sql.resume();
    seeding.get(30, TimeUnit.SECONDS);
    return feed.of(user).fetch(List.of()).items().stream().map(Post::getRandId).toList();
  }

  private interface SqlWrites {
    void run() throws Exception;
  }

  private Post post(String id, String title, long secondsAfterBase) {
    Post post = new Post();
    post.setRandId(id);
    post.setTitle(title);
    post.setAuthorRandId("author");
    post.setCreatedAt(
        SeedTables.BASE.plusSeconds(secondsAfterBase).toInstant(java.time.ZoneOffset.UTC));
    return post;
  }
}
