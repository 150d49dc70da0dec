package io.redifu.it.collections;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.annotation.Order;
import io.redifu.it.collections.RandomCases.Case;
import io.redifu.it.domain.Post;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.TimelineStore;
import io.redifu.testing.LocalServices;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Model test: random sequences of ingest (first and later pages, stale snapshots), add (new items,
 * updates, scores inside and outside the cached range, ties), remove (including the client's cursor
 * item), fetch (first page, after ids, after a cursor, all), requiresSeeding, reset and cursor
 * walks agree with {@link TimelineModel}, in both orders, on the real Redis. 100 seeded tries per
 * order ({@link RandomCases}).
 */
class TimelineModelIT {
  private static final int TRIES = 100;
  private static Redifu redifu;
  private static Redifu singleTrip;

  @BeforeAll
  static void connect() {
    redifu = Fixtures.connect();
    singleTrip =
        Redifu.builder().redis(LocalServices.redisUrl()).singleRoundTripReads(true).build();
  }

  @AfterAll
  static void close() {
    redifu.close();
    singleTrip.close();
  }

  @TestFactory
  Stream<DynamicTest> newestFirst() {
    return RandomCases.tries("DESC", TRIES, 20, 12, 40, c -> check(Order.DESC, c));
  }

  @TestFactory
  Stream<DynamicTest> oldestFirst() {
    return RandomCases.tries("ASC", TRIES, 20, 12, 40, c -> check(Order.ASC, c));
  }

  /**
   * Regression: the cursor (score, randId) keeps its place when its item is updated to a new score.
   * Placing it at the item's new rank instead repeats items (moved up) or skips them (moved down).
   */
  @ParameterizedTest
  @EnumSource(Order.class)
  void cursorKeepsItsPlaceWhenItsItemMoves(Order order) {
    TimelineStore<Post> feed = Fixtures.timeline(redifu, order, 2, Fixtures.TTL);
    String name = Fixtures.collection("tl");
    String tag = BaseRecord.newRandId().substring(0, 6);
    int sign = order == Order.DESC ? 1 : -1; // read order: a, b, c, d
    List<Post> posts = new ArrayList<>();
    for (String id : List.of("a", "b", "c", "d")) {
      posts.add(Fixtures.post(id + "-" + tag, sign * (40 - 10 * posts.size())));
    }
    try {
      assertThat(feed.ingest(name, posts, true, true, "")).isTrue();
      TimelinePage<Post> first = feed.fetch(name, List.of());
      assertThat(Fixtures.ids(first.items())).containsExactly("a-" + tag, "b-" + tag);
      Cursor afterB = Cursor.parse(first.nextCursor());
      for (long moved : List.of(sign * 99L, sign * -99L)) { // b moves to the top, then the end
        feed.add(Fixtures.post("b-" + tag, moved), name);
        assertThat(Fixtures.ids(feed.fetch(name, afterB).items()))
            .as("page after b's old place, b now at %d", moved)
            .containsExactly("c-" + tag, "d-" + tag);
      }
    } finally {
      feed.purge(name);
    }
  }

  private static void check(Order order, Case c) {
    Redifu client = c.seed() % 2 == 0 ? redifu : singleTrip;
    try (TimelineRun run = new TimelineRun(client, order, c.perPage(), c.rows())) {
      run.run(c.steps());
    }
  }
}
