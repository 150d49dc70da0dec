package io.redifu.it.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.annotation.Order;
import io.redifu.it.domain.Comment;
import io.redifu.it.domain.CommentSortedCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostAscFeedCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.domain.Product;
import io.redifu.it.domain.ProductPageCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Position;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimelinePage;
import io.redifu.testing.LocalServices;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

/**
 * The generated collection caches of the fixture domain, used the way an application uses them:
 * typed key parameters, state transitions, TTLs and bad input.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedCollectionsIT {
  private Redifu redifu;
  private UnifiedJedis raw;

  @BeforeAll
  void connect() {
    redifu = Redifu.builder().redis(LocalServices.redisUrl()).build();
    raw = redifu.client();
  }

  @AfterAll
  void close() {
    redifu.close();
  }

  @Test
  void timelineLifecycleNewestFirst() {
    PostTimelineCache feed = PostTimelineCache.create(redifu);
    String user = BaseRecord.newRandId();
    List<Post> posts = posts(25, 1_000);

    feed.add(posts.get(0), user);
    assertThat(raw.exists(PostTimelineCache.key(user))).isFalse();
    assertThat(raw.exists("{" + PostTimelineCache.key(user) + "}")).as("unseeded stays").isFalse();
    assertThat(feed.requiresSeeding(user, 0)).isTrue();

    List<Post> newestFirst = new ArrayList<>(posts);
    newestFirst.sort((a, b) -> b.getCreatedAt().compareTo(a.getCreatedAt()));
    assertThat(feed.ingest(user, newestFirst.subList(0, 20), true, false, "")).isTrue();
    TimelinePage<Post> first = feed.fetch(user, List.of());
    assertThat(first.items()).hasSize(PostTimelineCache.PER_PAGE);
    assertThat(first.position()).isEqualTo(Position.FIRST_PAGE);
    assertThat(feed.requiresSeeding(user, 0)).as("next page not cached yet").isTrue();

    Post newer = posts(1, 9_000_000).get(0);
    feed.add(newer, user);
    assertThat(feed.fetch(user, List.of()).items().get(0).getRandId()).isEqualTo(newer.getRandId());
    Post older = posts(1, 1).get(0);
    feed.add(older, user);
    assertThat(feed.fetchAll(user)).extracting(Post::getRandId).doesNotContain(older.getRandId());

    feed.ingest(user, newestFirst.subList(20, 25), false, true, "");
    feed.add(older, user); // the cache is complete now, so the oldest item belongs in it
    List<Post> all = feed.fetchAll(user);
    assertThat(all).hasSize(27);
    assertThat(all.get(26).getRandId()).isEqualTo(older.getRandId());
    assertThat(raw.pttl("{" + PostTimelineCache.key(user) + "}"))
        .isBetween(1L, PostTimelineCache.TTL_MILLIS);
    assertThat(raw.pttl("{" + PostTimelineCache.key(user) + "}:meta"))
        .isBetween(1L, PostTimelineCache.TTL_MILLIS);

    feed.remove(older.getRandId(), user);
    assertThat(feed.requiresSeeding(user, 3)).as("remove keeps completeness").isFalse();
    feed.purge(user);
    assertThat(raw.exists("{" + PostTimelineCache.key(user) + "}:meta")).isFalse();
  }

  @Test
  void ascendingTimelineSeededEmptyAcceptsAdds() {
    PostAscFeedCache feed = PostAscFeedCache.create(redifu);
    String user = BaseRecord.newRandId();
    feed.ingest(user, List.of(), true, true, "");
    assertThat(feed.requiresSeeding(user, 0)).isFalse();
    assertThat(feed.fetch(user, List.of()).hasMore()).isFalse();

    List<Post> posts = posts(7, 5_000);
    posts.forEach(p -> feed.add(p, user));
    TimelinePage<Post> first = feed.fetch(user, List.of());
    assertThat(first.items())
        .extracting(Post::getRandId)
        .containsExactlyElementsOf(ids(posts.subList(0, 5)));
    TimelinePage<Post> second = feed.fetch(user, List.of(first.validLastId()));
    assertThat(second.items())
        .extracting(Post::getRandId)
        .containsExactlyElementsOf(ids(posts.subList(5, 7)));
    assertThat(second.position()).isEqualTo(Position.LAST_PAGE);
    feed.reset(user);
  }

  @Test
  void sortedCollectionWholeAndByRange() {
    CommentSortedCache comments = CommentSortedCache.create(redifu);
    String post = BaseRecord.newRandId();
    List<Comment> list = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Comment c = new Comment();
      c.init();
      c.setCreatedAt(Instant.ofEpochMilli(10_000 + i * 100L));
      c.setBody("comment " + i);
      list.add(c);
    }
    comments.add(list.get(0), post);
    assertThat(comments.requiresSeeding(post)).isTrue();
    assertThat(comments.fetch(post, Order.ASC)).isEmpty();

    comments.ingest(post, list.subList(0, 5), "");
    comments.add(list.get(5), post);
    assertThat(comments.fetch(post, Order.ASC))
        .extracting(Comment::getBody)
        .containsExactly(
            "comment 0", "comment 1", "comment 2", "comment 3", "comment 4", "comment 5");
    assertThat(
            comments.fetchRange(
                post, Order.DESC, Instant.ofEpochMilli(10_100), Instant.ofEpochMilli(10_300)))
        .extracting(Comment::getBody)
        .containsExactly("comment 3", "comment 2", "comment 1");
    comments.remove(list.get(2).getRandId(), post);
    assertThat(comments.fetch(post, Order.DESC)).hasSize(5);
    assertThat(raw.pttl("{" + CommentSortedCache.key(post) + "}"))
        .isBetween(1L, CommentSortedCache.TTL_MILLIS);
    Instant later = Instant.ofEpochMilli(2);
    assertThatThrownBy(() -> comments.fetchRange(post, Order.ASC, later, later.minusNanos(1_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("from must not be after to");
    comments.purge(post);
  }

  @Test
  void pagesAreDroppedWhenTheCollectionChanges() {
    ProductPageCache pages = ProductPageCache.create(redifu);
    String category = BaseRecord.newRandId();
    List<Product> products = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      products.add(
          new Product(BaseRecord.newRandId(), "p" + i, BigDecimal.ONE, Instant.ofEpochMilli(i)));
    }
    assertThat(pages.requiresSeeding(category, 1)).isTrue();
    pages.ingest(category, 1, products.subList(0, 10), "");
    pages.ingest(category, 2, products.subList(10, 15), "");
    pages.ingest(category, 3, List.of(), "");
    assertThat(pages.fetch(category, 2))
        .extracting(Product::name)
        .containsExactly("p10", "p11", "p12", "p13", "p14");
    assertThat(pages.requiresSeeding(category, 3)).as("seeded empty").isFalse();

    pages.add(new Product(BaseRecord.newRandId(), "new", BigDecimal.TEN, Instant.now()), category);
    assertThat(pages.requiresSeeding(category, 1)).isTrue();
    assertThat(pages.requiresSeeding(category, 2)).isTrue();
    assertThat(pages.fetch(category, 1)).isEmpty();
    assertThatThrownBy(() -> pages.fetch(category, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("page");
    pages.purge(category);
  }

  @Test
  void badInputIsRefusedNamingTheArgument() {
    PostTimelineCache feed = PostTimelineCache.create(redifu);
    assertThatThrownBy(() -> feed.fetch(null, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userRandId");
    assertThatThrownBy(() -> feed.add(posts(1, 1).get(0), "a\uD800b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userRandId");
    assertThatThrownBy(() -> feed.add(null, "u"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Post");
    assertThatThrownBy(() -> feed.remove("", "u"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("randId");
    assertThatThrownBy(() -> feed.fetch("u", (List<String>) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lastRandIds");
  }

  @Test
  void aPostFansOutToOneHundredFeedsInOneBatch() {
    PostTimelineCache feed = PostTimelineCache.create(redifu);
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String user = BaseRecord.newRandId();
      feed.ingest(user, List.of(), true, true, "");
      users.add(user);
    }
    Post post = posts(1, 42).get(0);
    redifu.batch(b -> users.forEach(user -> feed.add(post, user)));
    for (String user : users) {
      assertThat(feed.fetchAll(user)).extracting(Post::getRandId).containsExactly(post.getRandId());
      feed.reset(user);
    }
  }

  private static List<Post> posts(int count, long firstMillis) {
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Post post = new Post();
      post.init();
      post.setCreatedAt(Instant.ofEpochMilli(firstMillis + i * 10L));
      post.setTitle("post " + i);
      posts.add(post);
    }
    return posts;
  }

  private static List<String> ids(List<Post> posts) {
    return posts.stream().map(Post::getRandId).toList();
  }
}
