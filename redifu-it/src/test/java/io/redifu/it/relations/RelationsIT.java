package io.redifu.it.relations;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.annotation.Order;
import io.redifu.it.RelayedRedifu;
import io.redifu.it.SharedCluster;
import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Organization;
import io.redifu.it.domain.OrganizationCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostPageCache;
import io.redifu.it.domain.PostSortedCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.domain.Review;
import io.redifu.it.domain.ReviewSortedCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.MissingReference;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimelinePage;
import io.redifu.testing.LocalServices;
import io.redifu.testing.redis.RoundTripCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The singleton guarantee on the real Redis: a post stores only its author's id, and every read
 * path injects the author's current document, so one {@code AccountCache.set} shows everywhere.
 */
class RelationsIT {
  private static Redifu redifu;

  @BeforeAll
  static void connect() {
    redifu = SharedCluster.redis().build();
  }

  @AfterAll
  static void close() {
    redifu.close();
  }

  @Test
  void oneAccountUpdateShowsInEveryCollectionAndInGet() {
    AccountCache accounts = AccountCache.create(redifu);
    Account author = Fixtures.account("before");
    accounts.set(author);
    List<Post> posts = Fixtures.posts(12, author);
    String user = BaseRecord.newRandId();
    String tag = BaseRecord.newRandId();
    String board = BaseRecord.newRandId();
    PostTimelineCache feed = PostTimelineCache.create(redifu);
    PostSortedCache tagged = PostSortedCache.create(redifu);
    PostPageCache pages = PostPageCache.create(redifu);
    PostCache postCache = PostCache.create(redifu);
    feed.of(user).ingest(Fixtures.newestFirst(posts), true, true, "");
    tagged.of(tag).ingest(posts, "");
    pages.of(board).ingest(1, Fixtures.newestFirst(posts).subList(0, 10), "");

    author.setName("after");
    accounts.set(author); // the only write

    assertThat(feed.of(user).fetch(List.of()).items())
        .hasSize(12)
        .allSatisfy(post -> assertThat(post.getAuthor().getName()).isEqualTo("after"));
    assertThat(tagged.of(tag).fetch(Order.ASC))
        .hasSize(12)
        .allSatisfy(post -> assertThat(post.getAuthor().getName()).isEqualTo("after"));
    assertThat(pages.of(board).fetch(1))
        .hasSize(10)
        .allSatisfy(post -> assertThat(post.getAuthor().getName()).isEqualTo("after"));
    assertThat(postCache.get(posts.get(3).getRandId()).orElseThrow().getAuthor().getName())
        .isEqualTo("after");
    assertThat(postCache.getAll(List.of(posts.get(0).getRandId(), posts.get(1).getRandId())))
        .allSatisfy((id, post) -> assertThat(post.getAuthor().getName()).isEqualTo("after"));
    feed.of(user).purge();
    tagged.of(tag).reset();
    pages.of(board).reset();
    accounts.delete(author.getRandId());
  }

  @Test
  void aFetchedPostWrittenBackStillResolvesTheCurrentAuthor() {
    AccountCache accounts = AccountCache.create(redifu);
    PostCache postCache = PostCache.create(redifu);
    Account author = Fixtures.account("first name");
    accounts.set(author);
    Post post = Fixtures.posts(1, author).get(0);
    postCache.set(post);

    Post fetched = postCache.get(post.getRandId()).orElseThrow();
    assertThat(fetched.getAuthor().getName()).isEqualTo("first name");
    fetched.setTitle("edited");
    postCache.set(fetched); // must not freeze a copy of the author
    author.setName("second name");
    accounts.set(author);

    Post reread = postCache.get(post.getRandId()).orElseThrow();
    assertThat(reread.getTitle()).isEqualTo("edited");
    assertThat(reread.getAuthor().getName()).isEqualTo("second name");
    String stored = redifu.client().get(PostCache.key(post.getRandId()));
    assertThat(stored).contains("\"authorRandId\"").doesNotContain("\"author\"");
    assertThat(stored).doesNotContain("first name");
    postCache.delete(post.getRandId());
    accounts.delete(author.getRandId());
  }

  @Test
  void rawCachesSkipRelations() {
    AccountCache accounts = AccountCache.create(redifu);
    PostCache postCache = PostCache.create(redifu);
    Account author = Fixtures.account("raw");
    accounts.set(author);
    Post post = Fixtures.posts(1, author).get(0);
    postCache.set(post);

    Post rawPost = postCache.raw().get(post.getRandId()).orElseThrow();
    assertThat(rawPost.getAuthorRandId()).isEqualTo(author.getRandId());
    assertThat(rawPost.getAuthor()).isNull();
    assertThat(postCache.get(post.getRandId()).orElseThrow().getAuthor()).isNotNull();
    postCache.delete(post.getRandId());
    accounts.delete(author.getRandId());
  }

  @Test
  void nestedRelationsResolveToTheConfiguredDepth() {
    OrganizationCache organizations = OrganizationCache.create(redifu);
    AccountCache accounts = AccountCache.create(redifu);
    PostCache postCache = PostCache.create(redifu);
    Organization organization = Fixtures.organization("Acme");
    organizations.set(organization);
    Account author = Fixtures.account("nested");
    author.setOrganizationRandId(organization.getRandId());
    accounts.set(author);
    Post post = Fixtures.posts(1, author).get(0);
    postCache.set(post);

    organization.setName("Acme Corp");
    organizations.set(organization);
    Post deep = postCache.get(post.getRandId()).orElseThrow();
    assertThat(deep.getAuthor().getOrganization().getName()).isEqualTo("Acme Corp");

    try (Redifu shallow = SharedCluster.redis().relationDepth(1).build()) {
      Post one = PostCache.create(shallow).get(post.getRandId()).orElseThrow();
      assertThat(one.getAuthor().getName()).isEqualTo("nested");
      assertThat(one.getAuthor().getOrganizationRandId()).isEqualTo(organization.getRandId());
      assertThat(one.getAuthor().getOrganization()).as("beyond the depth limit").isNull();
    }
    try (Redifu none = SharedCluster.redis().relationDepth(0).build()) {
      assertThat(PostCache.create(none).get(post.getRandId()).orElseThrow().getAuthor()).isNull();
    }
    postCache.delete(post.getRandId());
    accounts.delete(author.getRandId());
    organizations.delete(organization.getRandId());
  }

  @Test
  void recordsGetNewInstancesAndOneToManyKeepsOrderAndDuplicates() {
    AccountCache accounts = AccountCache.create(redifu);
    PostCache postCache = PostCache.create(redifu);
    ReviewSortedCache reviews = ReviewSortedCache.create(redifu);
    Account a = Fixtures.account("Ann");
    Account b = Fixtures.account("Bob");
    accounts.setAll(List.of(a, b));
    Post post = Fixtures.posts(1, a).get(0);
    postCache.set(post);
    Review review =
        new Review(
            BaseRecord.newRandId(),
            post.getRandId(),
            null,
            List.of(b.getRandId(), a.getRandId(), b.getRandId()),
            null,
            1_000L);
    reviews.of(post.getRandId()).ingest(List.of(review), "");

    List<Review> fetched = reviews.of(post.getRandId()).fetch(Order.ASC);
    assertThat(fetched).hasSize(1);
    Review resolved = fetched.get(0);
    assertThat(resolved.post().getRandId()).isEqualTo(post.getRandId());
    assertThat(resolved.post().getAuthor().getName())
        .as("depth 2 through a record")
        .isEqualTo("Ann");
    assertThat(resolved.readers())
        .extracting(Account::getName)
        .containsExactly("Bob", "Ann", "Bob");
    assertThat(resolved.readerRandIds()).isEqualTo(review.readerRandIds());
    reviews.of(post.getRandId()).reset();
    postCache.delete(post.getRandId());
    accounts.delete(a.getRandId());
    accounts.delete(b.getRandId());
  }

  @Test
  void aMissingAuthorIsReportedAndLeftNull() {
    PostTimelineCache feed = PostTimelineCache.create(redifu);
    Account ghost = Fixtures.account("never stored");
    Account present = Fixtures.account("present");
    AccountCache.create(redifu).set(present);
    List<Post> posts = new ArrayList<>(Fixtures.posts(2, present));
    posts.addAll(Fixtures.posts(1, ghost));
    String user = BaseRecord.newRandId();
    feed.of(user).ingest(Fixtures.newestFirst(posts), true, true, "");

    TimelinePage<Post> page = feed.of(user).fetch(List.of());
    assertThat(page.items()).hasSize(3);
    Post orphan =
        page.items().stream()
            .filter(p -> p.getAuthorRandId().equals(ghost.getRandId()))
            .findFirst()
            .orElseThrow();
    assertThat(orphan.getAuthor()).isNull();
    assertThat(page.missingRelations())
        .containsExactly(
            new MissingReference("Post", orphan.getRandId(), "author", ghost.getRandId()));
    Map<String, Post> all = PostCache.create(redifu).getAll(List.of(orphan.getRandId()));
    assertThat(all.get(orphan.getRandId()).getAuthor()).isNull();
    feed.of(user).purge();
    AccountCache.create(redifu).delete(present.getRandId());
  }

  @Test
  void aStaleRememberedAuthorIsCorrectedFromTheDocument() throws Exception {
    // round trips are counted by a relay in front of the standalone test Redis
    try (Redifu standalone = Redifu.builder().redis(LocalServices.redisUrl()).build()) {
      staleAuthor(standalone);
    }
  }

  private static void staleAuthor(Redifu redifu) throws Exception {
    AccountCache accounts = AccountCache.create(redifu);
    Account first = Fixtures.account("first");
    Account second = Fixtures.account("second");
    accounts.setAll(List.of(first, second));
    List<Post> posts = Fixtures.posts(5, first);
    String user = BaseRecord.newRandId();
    PostTimelineCache.create(redifu).of(user).ingest(Fixtures.newestFirst(posts), true, true, "");
    try (RoundTripCounter relay = RoundTripCounter.start(LocalServices.redisUrl());
        Redifu counted =
            RelayedRedifu.singleConnection(relay, builder -> builder.relationDepth(1))) {
      PostTimelineCache feed = PostTimelineCache.create(counted);
      feed.of(user).fetch(List.of()); // remembers: every post's author is `first`
      Post moved = posts.get(2);
      moved.setAuthorRandId(second.getRandId());
      PostCache.create(counted).set(moved); // not through the feed: its memory is now stale

      relay.reset();
      TimelinePage<Post> page = feed.of(user).fetch(List.of());
      assertThat(relay.roundTrips())
          .as("ids, posts + remembered authors, the right one")
          .isEqualTo(3);
      assertThat(page.items())
          .allSatisfy(
              post -> assertThat(post.getAuthor().getRandId()).isEqualTo(post.getAuthorRandId()));
      assertThat(page.items())
          .filteredOn(post -> post.getRandId().equals(moved.getRandId()))
          .singleElement()
          .satisfies(post -> assertThat(post.getAuthor().getName()).isEqualTo("second"));
    }
    PostTimelineCache.create(redifu).of(user).purge();
    accounts.delete(first.getRandId());
    accounts.delete(second.getRandId());
  }

  @Test
  void singleRoundTripPathIsNotFooledByIdsInsideText() {
    // the single-trip path needs a standalone Redis
    try (Redifu standalone = Redifu.builder().redis(LocalServices.redisUrl()).build()) {
      idsInsideText(standalone);
    }
  }

  private static void idsInsideText(Redifu redifu) {
    AccountCache accounts = AccountCache.create(redifu);
    Account author = Fixtures.account("real author");
    Account impostor = Fixtures.account("impostor");
    accounts.setAll(List.of(author, impostor));
    Post post = Fixtures.posts(1, author).get(0);
    post.setTitle("\"authorRandId\":\"" + impostor.getRandId() + "\"");
    post.setContent("{\"authorRandId\":\"" + impostor.getRandId() + "\"}");
    String user = BaseRecord.newRandId();
    try (Redifu singleTrip =
        Redifu.builder().redis(LocalServices.redisUrl()).singleRoundTripReads(true).build()) {
      PostTimelineCache feed = PostTimelineCache.create(singleTrip);
      feed.of(user).ingest(List.of(post), true, true, "");
      Post fetched = feed.of(user).fetch(List.of()).items().get(0);
      assertThat(fetched.getTitle()).isEqualTo(post.getTitle());
      assertThat(fetched.getAuthor().getName()).isEqualTo("real author");
      feed.of(user).purge();
    }
    accounts.delete(author.getRandId());
    accounts.delete(impostor.getRandId());
  }
}
