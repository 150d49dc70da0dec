package io.redifu.it.collections;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.annotation.Order;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Position;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.TimelineStore;
import io.redifu.runtime.internal.model.Scores;
import io.redifu.testing.LocalServices;
import io.redifu.testing.redis.RoundTripCounter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two timeline read paths return the same pages: the default (ids and state from one MULTI/EXEC
 * of plain commands, then one MGET: 2 round trips) and the opt-in single script that also returns
 * the documents (1 round trip).
 */
class TimelineReadPathsIT {
  @Test
  void bothPathsReturnTheSamePagesInTwoAndOneRoundTrips() throws Exception {
    String key = "paths:feed:" + BaseRecord.newRandId();
    List<Post> posts = posts(45);
    try (Redifu seeder = Redifu.builder().redis(LocalServices.redisUrl()).build()) {
      feed(seeder).ingest(key, posts, true, true, "");
      PostCache.create(seeder).delete(posts.get(7).getRandId()); // one document gone
    }
    List<List<String>> twoTrips = pages(key, false, 2);
    List<List<String>> oneTrip = pages(key, true, 1);

    assertThat(oneTrip).isEqualTo(twoTrips);
    assertThat(twoTrips).hasSize(3);
    assertThat(twoTrips.stream().mapToInt(List::size).sum()).isEqualTo(44);
    try (Redifu cleanup = Redifu.builder().redis(LocalServices.redisUrl()).build()) {
      feed(cleanup).purge(key);
    }
  }

  /**
   * Cursor pages are found by score; when more items tie with the cursor and sort before it than
   * one read steps over (TimelineReads.TIES_SKIPPED), the fetch script places the cursor instead.
   * Either way every item comes exactly once, in (score, randId) order.
   */
  @ParameterizedTest
  @CsvSource({"5, DESC", "5, ASC", "300, DESC", "300, ASC"})
  void cursorPagesThroughManyTiesInOrder(int ties, Order order) {
    String key = "ties:feed:" + BaseRecord.newRandId();
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < ties + 30; i++) {
      Post post = new Post();
      post.init();
      long second = i < ties ? 5 : i; // the first `ties` items share one score
      post.setCreatedAt(Instant.ofEpochMilli(1_700_000_000_000L + second * 1000L));
      posts.add(post);
    }
    Comparator<Post> byScoreThenId =
        Comparator.comparing(Post::getCreatedAt).thenComparing(Post::getRandId);
    List<String> expected =
        posts.stream()
            .sorted(order == Order.DESC ? byScoreThenId.reversed() : byScoreThenId)
            .map(Post::getRandId)
            .toList();
    for (boolean singleRoundTrip : new boolean[] {false, true}) {
      try (Redifu redifu =
          Redifu.builder()
              .redis(LocalServices.redisUrl())
              .singleRoundTripReads(singleRoundTrip)
              .build()) {
        TimelineStore<Post> feed = feed(redifu, order);
        feed.ingest(key, posts, true, true, "");
        List<String> seen = new ArrayList<>();
        TimelinePage<Post> page = feed.fetch(key, List.of());
        seen.addAll(page.items().stream().map(Post::getRandId).toList());
        while (page.hasMore()) {
          page = feed.fetch(key, Cursor.parse(page.nextCursor()));
          seen.addAll(page.items().stream().map(Post::getRandId).toList());
        }
        assertThat(seen).as("single round trip: " + singleRoundTrip).isEqualTo(expected);
        assertThat(page.position()).isEqualTo(Position.LAST_PAGE);
        feed.purge(key);
      }
    }
  }

  /**
   * A cursor whose item was removed cannot be placed by the cheap read (no item at its score
   * precedes the page, so it cannot tell whether the page is the first): the script places it, one
   * round trip more, and the page continues right after where the item was; it is the first page
   * when nothing preceded the item.
   */
  @Test
  void aCursorWhoseItemWasRemovedContinuesAfterItsPlace() throws Exception {
    String key = "removed:feed:" + BaseRecord.newRandId();
    List<Post> posts = new ArrayList<>();
    List<String> newestFirst = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Post post = new Post();
      post.init();
      post.setCreatedAt(Instant.ofEpochMilli(1_700_000_000_000L + i * 1000L));
      posts.add(post);
      newestFirst.add(0, post.getRandId());
    }
    Post top = posts.get(29);
    Post middle = posts.get(19); // newestFirst.get(10)
    try (RoundTripCounter relay = RoundTripCounter.start(LocalServices.redisUrl());
        Redifu redifu = Redifu.builder().redis(relay.url()).maxConnections(1).build()) {
      TimelineStore<Post> feed = feed(redifu);
      feed.ingest(key, posts, true, true, "");
      feed.fetch(key, List.of()); // warm-up: connection and scripts
      relay.reset();
      TimelinePage<Post> present = feed.fetch(key, cursorAt(middle));
      assertThat(relay.roundTrips()).isEqualTo(2);
      assertThat(ids(present)).isEqualTo(newestFirst.subList(11, 30));

      feed.remove(top.getRandId(), key);
      feed.remove(middle.getRandId(), key);
      relay.reset();
      TimelinePage<Post> afterTop = feed.fetch(key, cursorAt(top));
      assertThat(relay.roundTrips()).as("the script places the cursor").isEqualTo(3);
      assertThat(afterTop.position()).isEqualTo(Position.FIRST_PAGE);
      List<String> left = new ArrayList<>(newestFirst);
      left.removeAll(List.of(top.getRandId(), middle.getRandId()));
      assertThat(ids(afterTop)).isEqualTo(left.subList(0, 20));

      TimelinePage<Post> afterMiddle = feed.fetch(key, cursorAt(middle));
      assertThat(afterMiddle.position()).isEqualTo(Position.LAST_PAGE);
      assertThat(ids(afterMiddle)).isEqualTo(newestFirst.subList(11, 30));
      feed.purge(key);
    }
  }

  private static Cursor cursorAt(Post post) {
    return Cursor.of(Scores.of(post.getCreatedAt(), "createdAt"), post.getRandId());
  }

  private static List<String> ids(TimelinePage<Post> page) {
    return page.items().stream().map(Post::getRandId).toList();
  }

  /** Pages through the timeline, asserting each fetch costs {@code roundTrips}. */
  private static List<List<String>> pages(String key, boolean singleRoundTrip, int roundTrips)
      throws Exception {
    List<List<String>> pages = new ArrayList<>();
    try (RoundTripCounter relay = RoundTripCounter.start(LocalServices.redisUrl());
        Redifu redifu =
            Redifu.builder()
                .redis(relay.url())
                .maxConnections(1)
                .singleRoundTripReads(singleRoundTrip)
                .build()) {
      TimelineStore<Post> feed = feed(redifu);
      feed.fetch(key, List.of()); // warm-up: connection and scripts
      TimelinePage<Post> page = null;
      do {
        relay.reset();
        page =
            page == null
                ? feed.fetch(key, List.of())
                : feed.fetch(key, Cursor.parse(page.nextCursor()));
        assertThat(relay.roundTrips()).as("round trips per fetch").isEqualTo(roundTrips);
        pages.add(page.items().stream().map(Post::getRandId).toList());
      } while (page.hasMore());
      assertThat(page.missingIds()).isEmpty();
    }
    return pages;
  }

  private static TimelineStore<Post> feed(Redifu redifu) {
    return feed(redifu, Order.DESC);
  }

  private static TimelineStore<Post> feed(Redifu redifu, Order order) {
    return Fixtures.timeline(redifu, order, 20, Fixtures.TTL);
  }

  private static List<Post> posts(int count) {
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Post post = new Post();
      post.init();
      post.setCreatedAt(Instant.ofEpochMilli(1_700_000_000_000L + (i / 3) * 1000L)); // ties
      post.setTitle("post " + i);
      posts.add(post);
    }
    return posts;
  }
}
