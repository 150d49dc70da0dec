package io.redifu.it.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.annotation.Order;
import io.redifu.it.domain.Post;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Position;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.ResetPaginationException;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.TimelineStore;
import io.redifu.testing.LocalServices;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TimelineSmokeIT {
  static Redifu redifu;
  static TimelineStore<Post> feed;

  @BeforeAll
  static void connect() {
    redifu = Redifu.builder().redis(LocalServices.redisUrl()).build();
    feed = Fixtures.timeline(redifu, Order.DESC, 3, Fixtures.TTL);
  }

  @AfterAll
  static void close() {
    redifu.close();
  }

  @Test
  void seedsPagesAddsAndRemoves() {
    String key = "smoke:feed:" + BaseRecord.newRandId();
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      Post p = new Post();
      p.init();
      p.setCreatedAt(Instant.ofEpochMilli(1_000_000 + i * 10));
      p.setTitle("p" + i);
      posts.add(p);
    }
    assertThat(feed.requiresSeeding(key, 0)).isTrue();
    feed.add(posts.get(0), key); // unseeded: not indexed
    assertThat(feed.fetch(key, List.of()).items()).isEmpty();

    // seed newest first: p6 p5 p4 | p3 p2 p1 | p0
    assertThat(feed.ingest(key, List.of(posts.get(6), posts.get(5), posts.get(4)), true, false, ""))
        .isTrue();
    TimelinePage<Post> first = feed.fetch(key, List.of());
    assertThat(first.items()).extracting(Post::getTitle).containsExactly("p6", "p5", "p4");
    assertThat(first.position()).isEqualTo(Position.FIRST_PAGE);
    assertThat(first.hasMore()).isTrue();
    assertThat(feed.requiresSeeding(key, 0)).isTrue();
    assertThat(feed.fetch(key, List.of(first.validLastId())).items()).isEmpty();

    feed.ingest(
        key, List.of(posts.get(3), posts.get(2), posts.get(1), posts.get(0)), false, true, "");
    TimelinePage<Post> second = feed.fetch(key, List.of(first.validLastId()));
    assertThat(second.items()).extracting(Post::getTitle).containsExactly("p3", "p2", "p1");
    assertThat(second.position()).isEqualTo(Position.MIDDLE_PAGE);
    TimelinePage<Post> third = feed.fetch(key, Cursor.parse(second.nextCursor()));
    assertThat(third.items()).extracting(Post::getTitle).containsExactly("p0");
    assertThat(third.position()).isEqualTo(Position.LAST_PAGE);
    assertThat(third.hasMore()).isFalse();

    // the cursor item disappears: the opaque cursor still places the next page
    feed.remove(posts.get(1).getRandId(), key);
    TimelinePage<Post> afterRemoval = feed.fetch(key, Cursor.parse(second.nextCursor()));
    assertThat(afterRemoval.items()).extracting(Post::getTitle).containsExactly("p0");
    assertThatThrownBy(() -> feed.fetch(key, List.of(posts.get(1).getRandId())))
        .isInstanceOf(ResetPaginationException.class);

    // complete cache: an older item and a newer one are both indexed
    Post older = new Post();
    older.init();
    older.setCreatedAt(Instant.ofEpochMilli(1));
    older.setTitle("older");
    feed.add(older, key);
    assertThat(feed.fetchAll(key)).extracting(Post::getTitle).endsWith("p0", "older");
    assertThat(redifu.client().pttl("{" + key + "}")).isBetween(1L, 60_000L);
    assertThat(redifu.client().pttl("{" + key + "}:meta")).isBetween(1L, 60_000L);
    feed.purge(key);
    assertThat(redifu.client().exists("{" + key + "}")).isFalse();
  }
}
