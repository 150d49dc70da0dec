package io.redifu.it.collections;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.annotation.Order;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.PageStore;
import io.redifu.runtime.internal.SortedStore;
import io.redifu.runtime.internal.TimelineStore;
import io.redifu.runtime.internal.model.PagedSpec;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A seed reads the write generation, queries SQL, then commits with that generation: a write in
 * between (even on a collection never seeded), a reset or an expiry makes the commit fail, so an
 * older snapshot never brings back what was removed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedRaceIT {
  private Redifu redifu;

  @BeforeAll
  void connect() {
    redifu = Fixtures.connect();
  }

  @AfterAll
  void close() {
    redifu.close();
  }

  @Test
  void aRemoveOnANeverSeededTimelineFailsTheSeedThatRacedIt() {
    TimelineStore<Post> feed = Fixtures.timeline(redifu, Order.DESC, 10, Fixtures.TTL);
    String key = "race:" + BaseRecord.newRandId();
    Post post = post();
    String gen = feed.generation(key); // seeder, before its SQL query
    feed.remove(post.getRandId(), key); // the application, meanwhile
    assertThat(feed.ingest(key, List.of(post), true, true, gen)).isFalse();
    assertThat(feed.fetchAll(key)).isEmpty();
    assertThat(feed.ingest(key, List.of(), true, true, feed.generation(key))).isTrue();
    feed.purge(key);
  }

  @Test
  void anAddOnANeverSeededSortedCollectionFailsTheSeedThatRacedIt() {
    SortedStore<Post> sorted = Fixtures.sorted(redifu, Fixtures.TTL);
    String key = "race:" + BaseRecord.newRandId();
    String gen = sorted.generation(key);
    sorted.add(post(), key);
    assertThat(sorted.ingest(key, List.of(), gen)).isFalse();
    sorted.purge(key);
  }

  @Test
  void aResetInBetweenFailsTheSeedAndGenerationsNeverRepeat() {
    TimelineStore<Post> feed = Fixtures.timeline(redifu, Order.DESC, 10, Fixtures.TTL);
    String key = "race:" + BaseRecord.newRandId();
    String gen = feed.generation(key);
    feed.reset(key);
    String next = feed.generation(key);
    assertThat(next).isNotEqualTo(gen);
    assertThat(feed.ingest(key, List.of(post()), true, true, gen)).isFalse();
    feed.purge(key);
  }

  @Test
  void aRefusedSeedBringsBackNoDocumentOfAnEntityDeletedMeanwhile() {
    TimelineStore<Post> feed = Fixtures.timeline(redifu, Order.DESC, 10, Fixtures.TTL);
    PostCache posts = PostCache.create(redifu);
    String key = "race:" + BaseRecord.newRandId();
    Post deleted = post();
    Post marked = post();
    Post rewritten = post();
    String gen = feed.generation(key); // the seed's snapshot still holds all three rows
    feed.remove(deleted.getRandId(), key);
    posts.delete(deleted.getRandId());
    posts.markMissing(marked.getRandId());

    assertThat(feed.ingest(key, List.of(deleted, marked, rewritten), true, true, gen)).isFalse();
    assertThat(posts.get(deleted.getRandId())).isEmpty();
    assertThat(posts.get(marked.getRandId())).isEmpty();
    assertThat(posts.get(rewritten.getRandId()))
        .as("stored where absent, then taken back")
        .isEmpty();

    rewritten.setTitle("newer");
    posts.set(rewritten);
    assertThat(feed.ingest(key, List.of(rewritten), true, true, gen)).isFalse();
    assertThat(posts.get(rewritten.getRandId()))
        .as("a document a writer stored is never taken back")
        .map(Post::getTitle)
        .contains("newer");
    posts.delete(rewritten.getRandId());
    feed.purge(key);
  }

  @Test
  void pagesHaveGenerationsToo() {
    PageStore<Post> pages = PageStore.create(redifu, Fixtures.entity(), pageSpec());
    String key = "race:" + BaseRecord.newRandId();
    String gen = pages.generation(key);
    pages.remove(post().getRandId(), key);
    assertThat(pages.ingest(key, 1, List.of(post()), gen)).isFalse();
    assertThat(pages.ingest(key, 1, List.of(), pages.generation(key))).isTrue();
    pages.purge(key);
  }

  private static PagedSpec<Post> pageSpec() {
    return PagedSpec.<Post>pagedBuilder("PostPageCache")
        .scoredByTime(Fixtures.SCORE, "createdAt")
        .perPage(10)
        .order(Order.ASC)
        .ttlMillis(Fixtures.TTL)
        .build();
  }

  private static Post post() {
    Post post = new Post();
    post.init();
    post.setCreatedAt(Fixtures.at(0));
    return post;
  }
}
