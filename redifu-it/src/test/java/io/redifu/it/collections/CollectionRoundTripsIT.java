package io.redifu.it.collections;

import static io.redifu.it.collections.Fixtures.TTL;
import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.annotation.Order;
import io.redifu.it.RelayedRedifu;
import io.redifu.it.domain.Post;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.PageStore;
import io.redifu.runtime.internal.SortedStore;
import io.redifu.runtime.internal.TimelineStore;
import io.redifu.testing.LocalServices;
import io.redifu.testing.redis.RoundTripCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Round trips of the collection operations, counted by a TCP relay ({@link RoundTripCounter}) in
 * front of one pooled connection. A warm-up before each test opens the connection and runs every
 * script once, so Redis has them cached. Counts are of request → reply turns, not of commands.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollectionRoundTripsIT {
  private RoundTripCounter relay;
  private Redifu redifu;
  private Redifu direct;
  private TimelineStore<Post> feed;
  private SortedStore<Post> sorted;
  private PageStore<Post> pages;
  private final String tag = BaseRecord.newRandId().substring(0, 6);
  private final List<String> ids = new ArrayList<>();
  private final List<String> collections = new ArrayList<>();

  @BeforeAll
  void start() throws Exception {
    relay = RoundTripCounter.start(LocalServices.redisUrl());
    redifu = RelayedRedifu.singleConnection(relay);
    direct = Fixtures.connect();
    feed = Fixtures.timeline(redifu, Order.DESC, 5, TTL);
    sorted = Fixtures.sorted(redifu, TTL);
    pages = Fixtures.pages(redifu, Order.DESC, 5, TTL);
  }

  @AfterAll
  void stop() {
    for (String name : collections) {
      Fixtures.deleteCollection(direct.client(), name);
    }
    Fixtures.deleteDocuments(direct.client(), ids);
    redifu.close();
    direct.close();
    relay.close();
  }

  /** Every operation once, on scratch collections: connection open, scripts cached. */
  @BeforeEach
  void warmUp() {
    String name = name();
    List<Post> posts = posts(3);
    feed.ingest(name, posts, true, true, "");
    feed.add(posts(1).get(0), name);
    feed.remove(posts.get(0).getRandId(), name);
    feed.requiresSeeding(name, 0);
    TimelinePage<Post> page = feed.fetch(name, List.of());
    feed.fetch(name, List.of(page.validLastId()));
    feed.fetch(name, Cursor.parse(page.nextCursor()));
    feed.reset(name);
    sorted.ingest(name, posts, "");
    sorted.add(posts.get(0), name);
    sorted.remove(posts.get(0).getRandId(), name);
    sorted.requiresSeeding(name);
    sorted.fetch(name, Order.ASC);
    sorted.reset(name);
    pages.ingest(name, 1, posts, "");
    pages.fetch(name, 1);
    pages.requiresSeeding(name, 1);
    pages.add(posts.get(0), name);
    pages.remove(posts.get(0).getRandId(), name);
    pages.reset(name);
  }

  @AfterEach
  void oneConnection() {
    assertThat(relay.connectionsOpened()).as("one pooled connection").isEqualTo(1);
  }

  @Test
  void timelineFetchesAreTwoRoundTrips() {
    String name = name();
    feed.ingest(name, posts(12), true, true, "");
    TimelinePage<Post> first = measured(2, () -> feed.fetch(name, List.of()));
    assertThat(first.items()).hasSize(5);
    TimelinePage<Post> second = measured(2, () -> feed.fetch(name, List.of(first.validLastId())));
    assertThat(second.items()).hasSize(5);
    TimelinePage<Post> third =
        measured(2, () -> feed.fetch(name, Cursor.parse(second.nextCursor())));
    assertThat(third.items()).hasSize(2);
    assertThat(measured(2, () -> feed.fetchAll(name))).hasSize(12);
    assertThat(measured(1, () -> feed.requiresSeeding(name, 5))).isFalse();
  }

  @Test
  void timelineFetchIsOneRoundTripOnTheOptInPath() throws Exception {
    String name = name();
    feed.ingest(name, posts(12), true, true, "");
    try (RoundTripCounter single = RoundTripCounter.start(LocalServices.redisUrl());
        Redifu oneTrip =
            RelayedRedifu.singleConnection(single, builder -> builder.singleRoundTripReads(true))) {
      TimelineStore<Post> store = Fixtures.timeline(oneTrip, Order.DESC, 5, TTL);
      store.fetch(name, List.of()); // warm-up
      single.reset();
      TimelinePage<Post> first = store.fetch(name, List.of());
      TimelinePage<Post> second = store.fetch(name, List.of(first.validLastId()));
      TimelinePage<Post> third = store.fetch(name, Cursor.parse(second.nextCursor()));
      assertThat(single.roundTrips()).isEqualTo(3);
      assertThat(first.items().size() + second.items().size() + third.items().size()).isEqualTo(12);
    }
  }

  @Test
  void timelineWritesAreOneRoundTrip() {
    String name = name();
    List<Post> twenty = posts(20);
    assertThat(measured(1, () -> feed.ingest(name, twenty, true, false, ""))).isTrue();
    Post added = posts(1).get(0);
    measured(1, () -> feed.add(added, name));
    measured(1, () -> feed.remove(added.getRandId(), name));
    measured(1, () -> feed.reset(name));
    feed.ingest(name, twenty, true, false, "");
    measured(2, () -> feed.purge(name)); // ids and state, then the documents
  }

  @Test
  void sortedOperations() {
    String name = name();
    List<Post> posts = posts(8);
    assertThat(measured(1, () -> sorted.ingest(name, posts, ""))).isTrue();
    assertThat(measured(2, () -> sorted.fetch(name, Order.DESC))).hasSize(8);
    long base = Fixtures.BASE;
    assertThat(measured(2, () -> sorted.fetchRange(name, Order.ASC, base, base + 3))).hasSize(4);
    assertThat(measured(1, () -> sorted.requiresSeeding(name))).isFalse();
    Post added = posts(1).get(0);
    measured(1, () -> sorted.add(added, name));
    measured(1, () -> sorted.remove(added.getRandId(), name));
  }

  @Test
  void pageOperations() {
    String name = name();
    List<Post> posts = posts(5);
    assertThat(measured(1, () -> pages.ingest(name, 1, posts, ""))).isTrue();
    assertThat(measured(2, () -> pages.fetch(name, 1))).hasSize(5);
    assertThat(measured(1, () -> pages.requiresSeeding(name, 1))).isFalse();
    Post added = posts(1).get(0);
    measured(1, () -> pages.add(added, name));
    measured(1, () -> pages.remove(added.getRandId(), name));
    assertThat(measured(1, () -> pages.requiresSeeding(name, 1))).isTrue();
  }

  private <R> R measured(long roundTrips, Supplier<R> operation) {
    relay.reset();
    R result = operation.get();
    assertThat(relay.roundTrips()).as("round trips").isEqualTo(roundTrips);
    return result;
  }

  private void measured(long roundTrips, Runnable operation) {
    measured(
        roundTrips,
        () -> {
          operation.run();
          return null;
        });
  }

  private String name() {
    String name = Fixtures.collection("rtt");
    collections.add(name);
    return name;
  }

  /**
   * {@code count} posts with distinct scores 0, 1, 2, …; their documents are deleted at the end.
   */
  private List<Post> posts(int count) {
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Post post = Fixtures.post("rt-" + ids.size() + "-" + tag, i);
      ids.add(post.getRandId());
      posts.add(post);
    }
    return posts;
  }
}
