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

    feed.of(user).add(posts.get(0));
    assertThat(raw.exists(PostTimelineCache.key(user))).isFalse();
    assertThat(raw.exists("{" + PostTimelineCache.key(user) + "}")).as("unseeded stays").isFalse();
    assertThat(feed.of(user).requiresSeeding(0)).isTrue();

    List<Post> newestFirst = new ArrayList<>(posts);
    newestFirst.sort((a, b) -> b.getCreatedAt().compareTo(a.getCreatedAt()));
    assertThat(feed.of(user).ingest(newestFirst.subList(0, 20), true, false, "")).isTrue();
    TimelinePage<Post> first = feed.of(user).fetch(List.of());
    assertThat(first.items()).hasSize(PostTimelineCache.PER_PAGE);
    assertThat(first.position()).isEqualTo(Position.FIRST_PAGE);
    assertThat(feed.of(user).requiresSeeding(0)).as("next page not cached yet").isTrue();

    Post newer = posts(1, 9_000_000).get(0);
    feed.of(user).add(newer);
    assertThat(feed.of(user).fetch(List.of()).items().get(0).getRandId())
        .isEqualTo(newer.getRandId());
    Post older = posts(1, 1).get(0);
    feed.of(user).add(older);
    assertThat(feed.of(user).fetchAll())
        .extracting(Post::getRandId)
        .doesNotContain(older.getRandId());

    feed.of(user).ingest(newestFirst.subList(20, 25), false, true, "");
    feed.of(user).add(older); // the cache is complete now, so the oldest item belongs in it
    List<Post> all = feed.of(user).fetchAll();
    assertThat(all).hasSize(27);
    assertThat(all.get(26).getRandId()).isEqualTo(older.getRandId());
    assertThat(raw.pttl("{" + PostTimelineCache.key(user) + "}"))
        .isBetween(1L, PostTimelineCache.TTL_MILLIS);
    assertThat(raw.pttl("{" + PostTimelineCache.key(user) + "}:meta"))
        .isBetween(1L, PostTimelineCache.TTL_MILLIS);

    feed.of(user).remove(older.getRandId());
    assertThat(feed.of(user).requiresSeeding(3)).as("remove keeps completeness").isFalse();
    feed.of(user).purge();
    assertThat(raw.exists("{" + PostTimelineCache.key(user) + "}:meta")).isFalse();
  }

  @Test
  void ascendingTimelineSeededEmptyAcceptsAdds() {
    PostAscFeedCache feed = PostAscFeedCache.create(redifu);
    String user = BaseRecord.newRandId();
    feed.of(user).ingest(List.of(), true, true, "");
    assertThat(feed.of(user).requiresSeeding(0)).isFalse();
    assertThat(feed.of(user).fetch(List.of()).hasMore()).isFalse();

    List<Post> posts = posts(7, 5_000);
    posts.forEach(p -> feed.of(user).add(p));
    TimelinePage<Post> first = feed.of(user).fetch(List.of());
    assertThat(first.items())
        .extracting(Post::getRandId)
        .containsExactlyElementsOf(ids(posts.subList(0, 5)));
    TimelinePage<Post> second = feed.of(user).fetch(List.of(first.validLastId()));
    assertThat(second.items())
        .extracting(Post::getRandId)
        .containsExactlyElementsOf(ids(posts.subList(5, 7)));
    assertThat(second.position()).isEqualTo(Position.LAST_PAGE);
    feed.of(user).reset();
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
    comments.of(post).add(list.get(0));
    assertThat(comments.of(post).requiresSeeding()).isTrue();
    assertThat(comments.of(post).fetch(Order.ASC)).isEmpty();

    comments.of(post).ingest(list.subList(0, 5), "");
    comments.of(post).add(list.get(5));
    assertThat(comments.of(post).fetch(Order.ASC))
        .extracting(Comment::getBody)
        .containsExactly(
            "comment 0", "comment 1", "comment 2", "comment 3", "comment 4", "comment 5");
    assertThat(
            comments
                .of(post)
                .fetchRange(Order.DESC, Instant.ofEpochMilli(10_100), Instant.ofEpochMilli(10_300)))
        .extracting(Comment::getBody)
        .containsExactly("comment 3", "comment 2", "comment 1");
    comments.of(post).remove(list.get(2).getRandId());
    assertThat(comments.of(post).fetch(Order.DESC)).hasSize(5);
    assertThat(raw.pttl("{" + CommentSortedCache.key(post) + "}"))
        .isBetween(1L, CommentSortedCache.TTL_MILLIS);
    Instant later = Instant.ofEpochMilli(2);
    assertThatThrownBy(
            () -> comments.of(post).fetchRange(Order.ASC, later, later.minusNanos(1_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("from must not be after to");
    comments.of(post).purge();
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
    assertThat(pages.of(category).requiresSeeding(1)).isTrue();
    pages.of(category).ingest(1, products.subList(0, 10), "");
    pages.of(category).ingest(2, products.subList(10, 15), "");
    pages.of(category).ingest(3, List.of(), "");
    assertThat(pages.of(category).fetch(2))
        .extracting(Product::name)
        .containsExactly("p10", "p11", "p12", "p13", "p14");
    assertThat(pages.of(category).requiresSeeding(3)).as("seeded empty").isFalse();

    pages
        .of(category)
        .add(new Product(BaseRecord.newRandId(), "new", BigDecimal.TEN, Instant.now()));
    assertThat(pages.of(category).requiresSeeding(1)).isTrue();
    assertThat(pages.of(category).requiresSeeding(2)).isTrue();
    assertThat(pages.of(category).fetch(1)).isEmpty();
    assertThatThrownBy(() -> pages.of(category).fetch(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("page");
    pages.of(category).purge();
  }

  @Test
  void badInputIsRefusedNamingTheArgument() {
    PostTimelineCache feed = PostTimelineCache.create(redifu);
    assertThatThrownBy(() -> feed.of(null).fetch(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userRandId");
    assertThatThrownBy(() -> feed.of("a\uD800b").add(posts(1, 1).get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userRandId");
    assertThatThrownBy(() -> feed.of("u").add(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Post");
    assertThatThrownBy(() -> feed.of("u").remove(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("randId");
    assertThatThrownBy(() -> feed.of("u").fetch((List<String>) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lastRandIds");
  }

  @Test
  void aPostFansOutToOneHundredFeedsInOneBatch() {
    PostTimelineCache feed = PostTimelineCache.create(redifu);
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String user = BaseRecord.newRandId();
      feed.of(user).ingest(List.of(), true, true, "");
      users.add(user);
    }
    Post post = posts(1, 42).get(0);
    redifu.batch(b -> users.forEach(user -> feed.of(user).add(post)));
    for (String user : users) {
      assertThat(feed.of(user).fetchAll())
          .extracting(Post::getRandId)
          .containsExactly(post.getRandId());
      feed.of(user).reset();
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
