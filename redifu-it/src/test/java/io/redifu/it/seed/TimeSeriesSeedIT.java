package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.it.RelayedRedifu;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.it.sql.TestDataSource;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedException;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimeRange;
import io.redifu.runtime.TimeSeriesResult;
import io.redifu.runtime.internal.TimeSeriesStore;
import io.redifu.runtime.internal.model.CollectionSpec;
import io.redifu.runtime.internal.model.Scores;
import io.redifu.testing.LocalServices;
import io.redifu.testing.redis.RoundTripCounter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Time series on the real Redis and PostgreSQL: a month of posts (one every 12 hours), two weeks
 * seeded, gaps reported exactly, the rest seeded with one query, adds inside and outside coverage,
 * expiry of items and segments together, a failing query, and a range reaching into the future.
 */
class TimeSeriesSeedIT {
  private static final LocalDateTime START = LocalDateTime.of(2026, 3, 1, 0, 0);
  private static final long DAY = Duration.ofDays(1).toNanos() / 1_000; // scores are microseconds

  private SeedTables tables;
  private TestDataSource sql;
  private Redifu redifu;
  private String user;
  private List<String> ids;

  @BeforeEach
  void setUp() throws Exception {
    tables = new SeedTables(SqlDatabase.POSTGRESQL);
    sql = tables.database.dataSource();
    redifu = Redifu.builder().redis(LocalServices.redisUrl()).dataSource(sql).build();
    user = BaseRecord.newRandId();
    ids = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String id = BaseRecord.newRandId();
      tables.post(id, user, "post " + i, "author", "active", START.plusHours(12L * i));
      ids.add(id);
    }
  }

  @AfterEach
  void tearDown() throws Exception {
    redifu.close();
    tables.drop();
  }

  @Test
  void twoSeededWeeksOfAMonthGiveTheirItemsAndTheExactGaps() {
    TimeSeriesStore<Post> series = series(3_600_000);
    String name = "it:series:" + user;
    Supplier<SeedQuery> feed = () -> tables.feed(user);
    series.seed(name, feed, day(0), day(7) - 1);
    series.seed(name, feed, day(14), day(21) - 1);

    TimeSeriesResult<Post> month = series.fetch(name, day(0), day(30) - 1);
    assertThat(month.items())
        .extracting(Post::getRandId)
        .isEqualTo(concat(ids.subList(0, 14), ids.subList(28, 42)));
    assertThat(month.gaps())
        .containsExactly(new TimeRange(day(7), day(14) - 1), new TimeRange(day(21), day(30) - 1));
    assertThat(month.needsSeed()).isTrue();

    int before = sql.statements.get();
    assertThat(series.seed(name, feed, day(0), day(30) - 1)).isEqualTo(60 - 28);
    assertThat(sql.statements.get() - before).as("one query per gap").isEqualTo(2);
    TimeSeriesResult<Post> full = series.fetch(name, day(0), day(30) - 1);
    assertThat(full.gaps()).isEmpty();
    assertThat(full.items()).extracting(Post::getRandId).isEqualTo(ids).doesNotHaveDuplicates();
    series.purge(name);
  }

  @Test
  void fetchOrSeedFillsEveryGapOnce() {
    TimeSeriesStore<Post> series = series(3_600_000);
    String name = "it:series:" + user;
    series.seed(name, feedOf(user), day(10), day(12));
    TimeSeriesResult<Post> month = series.fetchOrSeed(name, feedOf(user), day(0), day(30) - 1);
    assertThat(month.gaps()).isEmpty();
    assertThat(month.items()).extracting(Post::getRandId).isEqualTo(ids);
    int before = sql.statements.get();
    series.fetchOrSeed(name, feedOf(user), day(0), day(30) - 1);
    assertThat(sql.statements.get()).as("covered: no SQL").isEqualTo(before);
    series.purge(name);
  }

  @Test
  void addIndexesOnlyInsideCoverageBoundsIncluded() {
    TimeSeriesStore<Post> series = series(3_600_000);
    String name = "it:series:" + user;
    series.seed(name, feedOf(user), day(0), day(7) - 1);
    Post edge = post(day(7) - 1);
    Post outside = post(day(7));
    series.add(edge, name);
    series.add(outside, name);

    List<String> week = ids(series.fetch(name, day(0), day(8)));
    assertThat(week).contains(edge.getRandId()).doesNotContain(outside.getRandId());
    assertThat(PostCache.create(redifu).raw().get(outside.getRandId()))
        .as("document kept")
        .isPresent();
    series.remove(edge.getRandId(), name);
    assertThat(ids(series.fetch(name, day(0), day(8)))).doesNotContain(edge.getRandId());
    series.purge(name);
    PostCache.create(redifu).delete(outside.getRandId());
  }

  @Test
  void anItemMovedOutsideCoverageLeavesTheSeries() {
    TimeSeriesStore<Post> series = series(3_600_000);
    String name = "it:series:" + user;
    series.seed(name, feedOf(user), day(0), day(7) - 1);
    Post moved = post(day(1));
    series.add(moved, name);
    assertThat(ids(series.fetch(name, day(0), day(7) - 1))).contains(moved.getRandId());

    moved.setCreatedAt(Scores.instant(day(20))); // its time changed: now in no segment
    series.add(moved, name);
    assertThat(ids(series.fetch(name, day(0), day(7) - 1)))
        .as("not listed at its old time")
        .doesNotContain(moved.getRandId());
    assertThat(redifu.client().zscore("{" + name + "}", moved.getRandId())).isNull();
    series.purge(name);
    PostCache.create(redifu).delete(moved.getRandId());
  }

  /**
   * A post added inside the range (SQL, then the cache) and one removed while the range is seeded:
   * the seed queries again, so the range it records as covered holds exactly the rows SQL holds.
   */
  @Test
  void aRangeSeededWhileWrittenToHoldsEveryRowOfIt() throws Exception {
    TimeSeriesStore<Post> series = series(3_600_000);
    String name = "it:series:" + user;
    LocalDateTime at = START.plusHours(12 * 6 + 1); // between posts 6 and 7
    Post fresh = new Post();
    fresh.init();
    fresh.setCreatedAt(at.toInstant(ZoneOffset.UTC));
    String gone = ids.get(2);
    CountDownLatch paused = sql.pauseNextClose();
    CompletableFuture<Integer> seeding =
        CompletableFuture.supplyAsync(() -> series.seed(name, feedOf(user), day(0), day(7) - 1));
    assertThat(paused.await(10, TimeUnit.SECONDS)).as("seed reached its commit").isTrue();
    tables.post(fresh.getRandId(), user, "fresh", "author", "active", at);
    series.add(fresh, name);
    tables.update("UPDATE " + tables.posts + " SET status = 'deleted' WHERE randid = ?", gone);
    series.remove(gone, name);
    sql.resume();
    seeding.get(30, TimeUnit.SECONDS);

    TimeSeriesResult<Post> week = series.fetch(name, day(0), day(7) - 1);
    List<String> expected = new ArrayList<>(ids.subList(0, 14));
    expected.add(7, fresh.getRandId());
    expected.remove(gone);
    assertThat(week.gaps()).isEmpty();
    assertThat(ids(week)).isEqualTo(expected);
    series.purge(name);
  }

  @Test
  void itemsAndSegmentsExpireTogether() throws Exception {
    TimeSeriesStore<Post> series = series(400);
    String name = "it:series:" + user;
    series.seed(name, feedOf(user), day(0), day(7) - 1);
    for (String suffix : List.of("", ":meta", ":segments")) {
      assertThat(redifu.client().pttl("{" + name + "}" + suffix)).as(suffix).isBetween(1L, 400L);
    }
    Thread.sleep(600);
    TimeSeriesResult<Post> after = series.fetch(name, day(0), day(7) - 1);
    assertThat(after.items()).isEmpty();
    assertThat(after.gaps()).containsExactly(new TimeRange(day(0), day(7) - 1));
  }

  @Test
  void aFailingQueryCommitsNothing() {
    TimeSeriesStore<Post> series = series(3_600_000);
    Supplier<SeedQuery> failing =
        () ->
            SeedQuery.sql(
                "SELECT randid, created_at, CAST(CASE WHEN title = 'post 30' THEN 'x' ELSE '1'"
                    + " END AS integer) AS likes FROM "
                    + tables.posts
                    + " WHERE user_id = ?",
                user);
    String name = "it:series:" + user;
    assertThatThrownBy(() -> series.seed(name, failing, day(0), day(30) - 1))
        .isInstanceOf(SeedException.class);
    assertThat(redifu.client().exists("{" + name + "}")).isFalse();
    assertThat(redifu.client().exists("{" + name + "}:segments")).isFalse();
    // the lock of the gap [day 0, day 30): released although the seed failed
    String lock = "{" + name + "}:lock:range:" + day(0) + ":" + (day(30) - 1);
    assertThat(redifu.client().exists(lock)).isFalse();
  }

  @Test
  void aRangeIntoTheFutureIsCoveredOnlyUpToNow() {
    TimeSeriesStore<Post> series = series(3_600_000);
    String name = "it:series:" + user;
    long now = System.currentTimeMillis() * 1_000;
    series.seed(name, feedOf(user), now - DAY, now + DAY);
    List<TimeRange> gaps = series.fetch(name, now - DAY, now + DAY).gaps();
    assertThat(gaps).hasSize(1);
    assertThat(gaps.get(0).from()).isBetween(now, System.currentTimeMillis() * 1_000 + 1_000);
    assertThat(gaps.get(0).to()).isEqualTo(now + DAY);
    series.purge(name);
  }

  @ParameterizedTest(name = "single round trip: {0}")
  @CsvSource({"false, 2", "true, 1"})
  void aFetchCostsTwoRoundTripsOrOne(boolean singleRoundTrip, int roundTrips) throws Exception {
    String name = "it:series:" + user;
    series(3_600_000).seed(name, feedOf(user), day(0), day(20) - 1);
    try (RoundTripCounter relay = RoundTripCounter.start(LocalServices.redisUrl());
        Redifu counted =
            RelayedRedifu.singleConnection(
                relay, builder -> builder.singleRoundTripReads(singleRoundTrip))) {
      TimeSeriesStore<Post> series =
          TimeSeriesStore.create(
                  counted,
                  PostCache.SPEC,
                  CollectionSpec.<Post>builder("PostTimeSeriesCache")
                      .scoredByTime(p -> Scores.of(p.getCreatedAt(), "createdAt"), "createdAt")
                      .ttlMillis(3_600_000)
                      .build())
              .raw();
      series.fetch(name, day(0), day(1)); // warm-up
      relay.reset();
      TimeSeriesResult<Post> result = series.fetch(name, day(0), day(30) - 1);
      assertThat(relay.roundTrips()).isEqualTo(roundTrips);
      assertThat(result.items()).extracting(Post::getRandId).isEqualTo(ids.subList(0, 40));
      assertThat(result.gaps()).containsExactly(new TimeRange(day(20), day(30) - 1));
      series.purge(name);
    }
  }

  @Test
  void badRangesAreRejected() {
    TimeSeriesStore<Post> series = series(3_600_000);
    assertThatThrownBy(() -> series.fetch("it:series:x", 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from must be <= to");
  }

  private TimeSeriesStore<Post> series(long ttl) {
    TimeSeriesStore<Post> series =
        TimeSeriesStore.create(
                redifu,
                PostCache.SPEC,
                CollectionSpec.<Post>builder("PostTimeSeriesCache")
                    .scoredByTime(p -> Scores.of(p.getCreatedAt(), "createdAt"), "createdAt")
                    .ttlMillis(ttl)
                    .build())
            .raw();
    return series;
  }

  /** The seed query of {@code user}'s posts, bound as a generated cache binds its Seeder. */
  private Supplier<SeedQuery> feedOf(String user) {
    return () -> tables.feed(user);
  }

  private static long day(int n) {
    return (long) Scores.of(START.toInstant(ZoneOffset.UTC), "start") + n * DAY;
  }

  private Post post(long at) {
    Post post = new Post();
    post.init();
    post.setCreatedAt(Scores.instant(at));
    return post;
  }

  private static List<String> ids(TimeSeriesResult<Post> result) {
    return result.items().stream().map(Post::getRandId).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
