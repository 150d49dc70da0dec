package io.redifu.it.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.annotation.Order;
import io.redifu.it.RelayedRedifu;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostCodec;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.TimelineStore;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.PagedSpec;
import io.redifu.runtime.internal.model.Scores;
import io.redifu.testing.LocalServices;
import io.redifu.testing.redis.RoundTripCounter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code Redifu.batch}: many writes on many caches in one round trip, nothing sent on failure. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchIT {
  private RoundTripCounter relay;
  private Redifu redifu;

  @BeforeAll
  void start() throws Exception {
    relay = RoundTripCounter.start(LocalServices.redisUrl());
    redifu = RelayedRedifu.singleConnection(relay);
  }

  @AfterAll
  void stop() {
    redifu.close();
    relay.close();
  }

  @Test
  void aPostFansOutToOneHundredFeedsInOneRoundTrip() {
    TimelineStore<Post> feed = feed(redifu);
    PostCache posts = PostCache.create(redifu);
    List<String> feeds = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String key = "batch:feed:" + BaseRecord.newRandId();
      feed.ingest(key, List.of(), true, true, ""); // seeded, empty and complete
      feeds.add(key);
    }
    Post post = post();
    posts.get(post.getRandId()); // warm-up: scripts cached, connection open

    relay.reset();
    redifu.batch(
        b -> {
          posts.set(post);
          feeds.forEach(key -> feed.add(post, key));
          assertThat(b.size()).isEqualTo(1 + 2 * feeds.size());
        });

    assertThat(relay.roundTrips()).isEqualTo(1);
    for (String key : feeds) {
      assertThat(feed.fetchAll(key)).extracting(Post::getRandId).containsExactly(post.getRandId());
      feed.reset(key); // not purge: that would delete the post every feed shares
    }
    posts.delete(post.getRandId());
  }

  @Test
  void nothingIsSentWhenTheBatchThrows() {
    PostCache posts = PostCache.create(redifu);
    Post post = post();

    assertThatThrownBy(
            () ->
                redifu.batch(
                    b -> {
                      posts.set(post);
                      throw new IllegalStateException("changed my mind");
                    }))
        .hasMessage("changed my mind");

    assertThat(posts.get(post.getRandId())).isEmpty();
  }

  @Test
  void batchesDoNotNestAndOtherThreadsWriteAtOnce() throws Exception {
    PostCache posts = PostCache.create(redifu);
    Post mine = post();
    Post theirs = post();
    redifu.batch(
        b -> {
          assertThatThrownBy(() -> redifu.batch(inner -> {}))
              .isInstanceOf(IllegalStateException.class)
              .hasMessageContaining("nested");
          posts.set(mine);
          Thread other = new Thread(() -> PostCache.create(redifu).set(theirs));
          other.start();
          join(other);
          assertThat(posts.get(theirs.getRandId())).isPresent(); // not queued in this batch
          assertThat(posts.get(mine.getRandId())).isEmpty(); // queued until the lambda returns
        });
    assertThat(posts.get(mine.getRandId())).isPresent();
    posts.delete(mine.getRandId());
    posts.delete(theirs.getRandId());
  }

  private static void join(Thread thread) {
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static TimelineStore<Post> feed(Redifu redifu) {
    return TimelineStore.create(
        redifu,
        EntitySpec.builder(PostCodec.create(), PostCache::key)
            .ttlMillis(PostCache.TTL_MILLIS)
            .build(),
        PagedSpec.<Post>pagedBuilder("PostTimelineCache")
            .scoredByTime(p -> Scores.of(p.getCreatedAt(), "createdAt"), "createdAt")
            .perPage(20)
            .order(Order.DESC)
            .ttlMillis(60_000)
            .build());
  }

  private static Post post() {
    Post post = new Post();
    post.init();
    post.setTitle("fan-out");
    return post;
  }
}
