package io.redifu.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedisUnavailableException;
import io.redifu.testing.redis.ClusterSlots;
import io.redifu.testing.redis.LocalCluster;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A cluster changing under a connected {@link Redifu}: slots moved to another node (MOVED), slots
 * half-way through a move (ASK), a node stopped and started again. Each test has its own cluster,
 * since each changes its topology.
 */
class ClusterFaultsIT {
  private static final Instant BASE = Instant.parse("2026-06-01T00:00:00Z");

  private LocalCluster cluster;
  private ClusterSlots slots;
  private Redifu redifu;
  private PostCache posts;
  private PostTimelineCache feed;
  private final String user = BaseRecord.newRandId();
  private final List<Post> written = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    cluster = LocalCluster.start();
    slots = new ClusterSlots(cluster);
    redifu = Redifu.builder().cluster(cluster.seed()).timeout(Duration.ofMillis(500)).build();
    posts = PostCache.create(redifu).raw();
    feed = PostTimelineCache.create(redifu).raw();
    for (int i = 0; i < 30; i++) {
      Post post = new Post();
      post.init();
      post.setTitle("post " + i);
      post.setCreatedAt(BASE.plusSeconds(i));
      written.add(0, post); // newest first
    }
    assertThat(feed.of(user).ingest(written, true, true, "")).isTrue();
    assertThat(ids(feed.of(user).fetch(List.of()).items())).isEqualTo(ids(written.subList(0, 20)));
  }

  @AfterEach
  void stop() throws Exception {
    if (redifu != null) {
      redifu.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void readsAndWritesFollowMovedSlots() {
    int feedSlot = ClusterSlots.slotOf("feed:user:" + user + ":posts");
    int postSlot = ClusterSlots.slotOf("post:" + written.get(3).getRandId());
    int feedTarget = slots.otherThanOwnerOf(feedSlot);
    int postTarget = slots.otherThanOwnerOf(postSlot);

    slots.move(feedSlot, feedTarget);
    if (postSlot != feedSlot) {
      slots.move(postSlot, postTarget);
    }

    assertThat(slots.ownerOf(feedSlot)).isEqualTo(feedTarget);
    assertThat(ids(feed.of(user).fetch(List.of()).items())).isEqualTo(ids(written.subList(0, 20)));
    assertThat(posts.getAll(ids(written)).keySet()).containsExactlyElementsOf(ids(written));
    Post fresh = post("after the move");
    feed.of(user).add(fresh);
    assertThat(feed.of(user).fetch(List.of()).items().get(0).getTitle())
        .isEqualTo("after the move");
  }

  @Test
  void readsAndWritesFollowAskDuringAMigration() {
    int feedSlot = ClusterSlots.slotOf("feed:user:" + user + ":posts");
    int postSlot = ClusterSlots.slotOf("post:" + written.get(3).getRandId());
    int target = slots.otherThanOwnerOf(postSlot);

    slots.beginMove(postSlot, target); // keys moved, slot still migrating: the old owner says ASK

    assertThat(posts.get(written.get(3).getRandId())).isPresent();
    assertThat(posts.getAll(ids(written)).keySet()).containsExactlyElementsOf(ids(written));
    assertThat(feed.of(user).fetch(List.of()).items().get(3).getTitle())
        .isEqualTo(written.get(3).getTitle());
    slots.finishMove(postSlot, target);
    if (feedSlot != postSlot) {
      int feedTarget = slots.otherThanOwnerOf(feedSlot);
      slots.beginMove(feedSlot, feedTarget);
      Post fresh = post("during the migration");
      feed.of(user).add(fresh);
      assertThat(feed.of(user).fetch(List.of()).items().get(0).getTitle())
          .isEqualTo("during the migration");
      slots.finishMove(feedSlot, feedTarget);
    }
  }

  @Test
  void aStoppedNodeFailsFastAndARestartedOneServesAgain() throws Exception {
    int feedNode = slots.ownerOf(ClusterSlots.slotOf("feed:user:" + user + ":posts"));
    assertThat(posts.getAll(ids(written))).hasSize(30); // every node has pooled connections now

    cluster.stop(feedNode);
    long started = System.nanoTime();
    assertThatThrownBy(() -> feed.of(user).fetch(List.of()))
        .isInstanceOf(RedisUnavailableException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .as("bounded retries, not a hang")
        .isLessThan(Duration.ofSeconds(30));

    cluster.restart(feedNode); // same id and slots, no data: it kept nothing on disk
    assertThat(feed.of(user).requiresSeeding(0)).isTrue();
    assertThat(feed.of(user).ingest(written, true, true, "")).isTrue();
    assertThat(ids(feed.of(user).fetch(List.of()).items())).isEqualTo(ids(written.subList(0, 20)));
    posts.setAll(written); // documents lost with the node come back; the others are overwritten
    assertThat(posts.getAll(ids(written)).keySet()).containsExactlyElementsOf(ids(written));
  }

  private Post post(String title) {
    Post post = new Post();
    post.init();
    post.setTitle(title);
    post.setCreatedAt(BASE.plusSeconds(1_000));
    return post;
  }

  private static List<String> ids(List<Post> items) {
    return items.stream().map(Post::getRandId).toList();
  }
}
