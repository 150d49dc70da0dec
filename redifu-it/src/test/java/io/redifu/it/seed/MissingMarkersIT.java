package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.annotation.Order;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostPageCache;
import io.redifu.it.domain.PostSortedCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.domain.SettingCache;
import io.redifu.it.domain.Transfer;
import io.redifu.it.domain.TransferCache;
import io.redifu.it.domain.TransferTimeSeriesCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.it.sql.TestDataSource;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimeSeriesResult;
import io.redifu.runtime.TimelinePage;
import io.redifu.testing.LocalServices;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/**
 * Missing markers never hide a row SQL returns. A {@code getOrLoad} that runs before a row is
 * committed marks the id missing; the next seed of any collection, or a loader, that returns the
 * row stores its document, clears the marker and shows the item. Ids SQL really lacks are still
 * asked of SQL once while marked.
 */
class MissingMarkersIT {
  private SeedTables tables;
  private TestDataSource sql;
  private Redifu redifu;
  private UnifiedJedis raw;
  private PostCache posts;
  private String user;
  private List<String> ids;
  private final List<String> documents = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    tables = new SeedTables(SqlDatabase.POSTGRESQL);
    sql = tables.database.dataSource();
    redifu = Redifu.builder().redis(LocalServices.redisUrl()).dataSource(sql).build();
    raw = redifu.client();
    posts = PostCache.create(redifu).loadedBy(tables::postsById).raw();
    user = BaseRecord.newRandId();
    ids = tables.posts(user, 3, List.of("author"));
    ids.forEach(id -> documents.add(PostCache.key(id)));
  }

  @AfterEach
  void tearDown() throws Exception {
    PostTimelineCache.create(redifu).of(user).purge();
    PostSortedCache.create(redifu).of(user).purge();
    PostPageCache.create(redifu).of(user).purge();
    TransferTimeSeriesCache.create(redifu).of(user).purge();
    for (String key : documents) {
      raw.del(key, marker(key));
    }
    redifu.close();
    tables.drop();
  }

  // ---- a row committed after a miss is seeded ----

  @Test
  void aTimelineSeedShowsARowThatWasMarkedMissingBeforeItsCommit() throws Exception {
    PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed).raw();
    String late = committedAfterAMiss();

    TimelinePage<Post> seeded = feed.of(user).fetchOrSeed(List.of());

    assertThat(seeded.items()).extracting(Post::getRandId).isEqualTo(tables.newestFirst(user));
    assertThat(seeded.items()).extracting(Post::getRandId).contains(late);
    assertStoredAndUnmarked(PostCache.key(late));
    TimelinePage<Post> cached = feed.of(user).fetch(List.of());
    assertThat(cached.items()).extracting(Post::getRandId).isEqualTo(tables.newestFirst(user));
    assertThat(cached.missingIds()).isEmpty();
  }

  @Test
  void aSortedSeedShowsARowThatWasMarkedMissingBeforeItsCommit() throws Exception {
    PostSortedCache sorted = PostSortedCache.create(redifu).seededBy(tables::feed).raw();
    String late = committedAfterAMiss();

    List<Post> seeded = sorted.of(user).fetchOrSeed(Order.DESC);

    assertThat(seeded).extracting(Post::getRandId).isEqualTo(tables.newestFirst(user));
    assertThat(seeded).extracting(Post::getRandId).contains(late);
    assertStoredAndUnmarked(PostCache.key(late));
    assertThat(sorted.of(user).fetch(Order.DESC))
        .extracting(Post::getRandId)
        .isEqualTo(tables.newestFirst(user));
  }

  @Test
  void aPageSeedShowsARowThatWasMarkedMissingBeforeItsCommit() throws Exception {
    PostPageCache pages = PostPageCache.create(redifu).seededBy(tables::feed).raw();
    String late = committedAfterAMiss();

    List<Post> seeded = pages.of(user).fetchOrSeed(1);

    assertThat(seeded).extracting(Post::getRandId).isEqualTo(tables.newestFirst(user));
    assertThat(seeded).extracting(Post::getRandId).contains(late);
    assertStoredAndUnmarked(PostCache.key(late));
    assertThat(pages.of(user).fetch(1))
        .extracting(Post::getRandId)
        .isEqualTo(tables.newestFirst(user));
  }

  @Test
  void aTimeSeriesSeedShowsARowThatWasMarkedMissingBeforeItsCommit() throws Exception {
    TransferTable transfers = new TransferTable();
    try {
      TransferCache transferDocs = TransferCache.create(redifu).loadedBy(transfers::byIds).raw();
      TransferTimeSeriesCache series =
          TransferTimeSeriesCache.create(redifu).seededBy(transfers::ofAccount).raw();
      List<String> all = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        all.add(transfer(transfers, BaseRecord.newRandId(), SeedTables.BASE.plusMinutes(i)));
      }
      String late = BaseRecord.newRandId();
      documents.add(TransferCache.key(late));
      all.forEach(id -> documents.add(TransferCache.key(id)));
      assertThat(transferDocs.getOrLoad(late)).as("no row yet").isNull();
      assertThat(transferDocs.isMissing(late)).isTrue();
      all.add(transfer(transfers, late, SeedTables.BASE.plusMinutes(30)));
      Instant from = SeedTables.BASE.minusHours(1).toInstant(ZoneOffset.UTC);
      Instant to = SeedTables.BASE.plusHours(1).toInstant(ZoneOffset.UTC);

      TimeSeriesResult<Transfer> seeded = series.of(user).fetchOrSeed(from, to);

      assertThat(seeded.items()).extracting(Transfer::getRandId).isEqualTo(all);
      assertStoredAndUnmarked(TransferCache.key(late));
      TimeSeriesResult<Transfer> cached = series.of(user).fetch(from, to);
      assertThat(cached.items()).extracting(Transfer::getRandId).isEqualTo(all);
      assertThat(cached.missingIds()).isEmpty();
    } finally {
      transfers.drop();
    }
  }

  // ---- loaders ----

  /**
   * A page read loads a document that expired; while the loader's query runs, another instance's
   * read (on a lagging replica, say) marks the id missing. The loader's row is the SQL truth: it
   * replaces the marker.
   */
  @Test
  void aRowALoaderReturnsReplacesAMarkerSetWhileItsQueryRan() throws Exception {
    PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed).raw();
    feed.of(user).fetchOrSeed(List.of());
    String expired = ids.get(1);
    posts.delete(expired); // as if its document had expired; the feed still lists it
    CountDownLatch paused = sql.pauseNextClose();
    ExecutorService reader = Executors.newSingleThreadExecutor();
    try (Redifu lagging = Redifu.builder().redis(LocalServices.redisUrl()).build()) {
      Future<TimelinePage<Post>> page = reader.submit(() -> feed.of(user).fetch(List.of()));
      assertThat(paused.await(10, TimeUnit.SECONDS)).as("the loader read the row").isTrue();
      assertThat(PostCache.create(lagging).getOrLoad(expired, id -> null)).isNull();
      assertThat(posts.isMissing(expired)).as("marked while the query ran").isTrue();

      sql.resume();

      assertThat(page.get(10, TimeUnit.SECONDS).items())
          .extracting(Post::getRandId)
          .isEqualTo(tables.newestFirst(user));
      assertStoredAndUnmarked(PostCache.key(expired));
    } finally {
      sql.resume();
      reader.shutdownNow();
    }
  }

  // ---- negative caching still works ----

  @Test
  void anIdSqlLacksIsAskedOfSqlOnceWhileMarked() throws Exception {
    String ghost = BaseRecord.newRandId();
    documents.add(PostCache.key(ghost));
    int before = sql.statements.get();

    assertThat(posts.getOrLoad(ghost)).isNull();
    assertThat(posts.getOrLoad(ghost)).isNull();

    assertThat(sql.statements.get() - before).as("one query, then the marker").isEqualTo(1);
    assertThat(posts.isMissing(ghost)).isTrue();
  }

  @Test
  void aListedIdSqlLacksIsAskedOfSqlOnceWhileMarked() throws Exception {
    PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed).raw();
    feed.of(user).fetchOrSeed(List.of());
    String gone = ids.get(0);
    tables.update("DELETE FROM " + tables.posts + " WHERE randid = ?", gone);
    posts.delete(gone); // its document expired; the feed still lists it
    int before = sql.statements.get();

    TimelinePage<Post> first = feed.of(user).fetch(List.of());
    TimelinePage<Post> again = feed.of(user).fetch(List.of());

    assertThat(sql.statements.get() - before).as("one query, then the marker").isEqualTo(1);
    for (TimelinePage<Post> page : List.of(first, again)) {
      assertThat(page.missingIds()).containsExactly(gone);
    }
    assertThat(posts.isMissing(gone)).isTrue();
  }

  @Test
  void aRowCommittedAfterAMissIsLoadedOnceTheMarkerExpired() throws Exception {
    try (Redifu shortMarkers = redifu(Duration.ofMillis(300))) {
      PostCache cache = PostCache.create(shortMarkers).loadedBy(tables::postsById).raw();
      String late = BaseRecord.newRandId();
      documents.add(PostCache.key(late));
      assertThat(cache.getOrLoad(late)).isNull();
      tables.post(late, user, "late", "author", "active", SeedTables.BASE);
      assertThat(cache.getOrLoad(late)).as("marked: SQL not asked").isNull();
      int before = sql.statements.get();

      awaitGone(marker(PostCache.key(late)));

      assertThat(cache.getOrLoad(late)).as("asked again").isNotNull();
      assertThat(sql.statements.get() - before).isEqualTo(1);
    }
  }

  // ---- marker TTLs ----

  /** markMissing, getOrLoad, a page's loader and a relation's loader all set the marker TTL. */
  @Test
  void everyMarkerLivesTheDefaultMinute() throws Exception {
    assertThat(redifu.settings().missingMarkerTtl()).isEqualTo(Duration.ofMinutes(1));
    assertEveryMarkerLivesAtMost(redifu, 60_000);
  }

  @Test
  void everyMarkerLivesTheBuildersMissingMarkerTtl() throws Exception {
    try (Redifu custom = redifu(Duration.ofSeconds(5))) {
      assertEveryMarkerLivesAtMost(custom, 5_000);
    }
  }

  @Test
  void anEntitysMissingTtlOverridesTheBuilders() {
    try (Redifu custom = redifu(Duration.ofSeconds(5))) {
      SettingCache settings = SettingCache.create(custom);
      String marked = BaseRecord.newRandId();
      String loaded = BaseRecord.newRandId();
      documents.add(SettingCache.key(marked));
      documents.add(SettingCache.key(loaded));

      settings.markMissing(marked);
      assertThat(settings.getOrLoad(loaded, id -> null)).isNull();

      for (String id : List.of(marked, loaded)) {
        assertThat(raw.pttl(marker(SettingCache.key(id))))
            .as("@Entity(missingTtl = \"90s\"), though its documents never expire")
            .isGreaterThan(5_000L)
            .isLessThanOrEqualTo(SettingCache.MISSING_TTL_MILLIS);
      }
    }
  }

  private void assertEveryMarkerLivesAtMost(Redifu redifu, long millis) throws Exception {
    PostCache cache = PostCache.create(redifu).loadedBy(tables::postsById);
    AccountCache.create(redifu).loadedBy(tables::accountsById);
    PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed);
    String owner = BaseRecord.newRandId();
    String ghost = BaseRecord.newRandId(); // an author without an account row
    List<String> theirs = tables.posts(owner, 2, List.of(ghost));
    String listed = theirs.get(0);
    String marked = BaseRecord.newRandId();
    String loaded = BaseRecord.newRandId();
    for (String id : List.of(listed, theirs.get(1), marked, loaded)) {
      documents.add(PostCache.key(id));
    }
    documents.add(AccountCache.key(ghost));
    try {
      feed.of(owner).fetchOrSeed(List.of()); // the relation load marks the author missing
      tables.update("DELETE FROM " + tables.posts + " WHERE randid = ?", listed);
      cache.delete(listed); // expired; SQL lost the row too
      assertThat(feed.of(owner).fetch(List.of()).missingIds()).containsExactly(listed);
      cache.markMissing(marked);
      assertThat(cache.getOrLoad(loaded)).isNull();

      for (String key :
          List.of(
              PostCache.key(marked),
              PostCache.key(loaded),
              PostCache.key(listed),
              AccountCache.key(ghost))) {
        assertThat(raw.pttl(marker(key)))
            .as("PTTL of the marker of %s", key)
            .isPositive()
            .isLessThanOrEqualTo(millis);
      }
    } finally {
      feed.of(owner).purge();
    }
  }

  private Redifu redifu(Duration markerTtl) {
    return Redifu.builder()
        .redis(LocalServices.redisUrl())
        .dataSource(sql)
        .missingMarkerTtl(markerTtl)
        .build();
  }

  private void awaitGone(String key) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (raw.exists(key)) {
      assertThat(System.nanoTime()).as("%s expired within 5 s", key).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  /** getOrLoad misses before the row exists (a marker), then the row is committed to SQL. */
  private String committedAfterAMiss() throws Exception {
    String late = BaseRecord.newRandId();
    documents.add(PostCache.key(late));
    assertThat(posts.getOrLoad(late)).as("no row yet").isNull();
    assertThat(posts.isMissing(late)).as("marked missing").isTrue();
    tables.post(late, user, "late", "author", "active", SeedTables.BASE.plusHours(1));
    return late;
  }

  private void assertStoredAndUnmarked(String documentKey) {
    assertThat(raw.exists(documentKey)).as("document %s stored", documentKey).isTrue();
    assertThat(raw.exists(marker(documentKey))).as("marker of %s gone", documentKey).isFalse();
  }

  /** A transfer of the test's {@code user} at {@code at}; returns its id. */
  private String transfer(TransferTable transfers, String id, LocalDateTime at) throws Exception {
    return transfers.insert(id, user, 100L, "memo", at.toInstant(ZoneOffset.UTC));
  }

  private static String marker(String documentKey) {
    return "{" + documentKey + "}:missing";
  }
}
