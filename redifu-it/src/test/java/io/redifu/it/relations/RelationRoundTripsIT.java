package io.redifu.it.relations;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.it.RelayedRedifu;
import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Organization;
import io.redifu.it.domain.OrganizationCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimelinePage;
import io.redifu.testing.LocalServices;
import io.redifu.testing.redis.RoundTripCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Round trips of reads with relations, counted by a relay: one per relation level, however many
 * items and references a level holds; one less once the cache remembers the page's relation ids
 * ({@code relationHints}), as it reads the first level with the documents. Data: a feed of 20 posts
 * by 3 authors of 2 organizations.
 */
class RelationRoundTripsIT {
  private static final String USER = BaseRecord.newRandId();
  private static final List<Post> POSTS = new ArrayList<>();
  private static final List<Account> AUTHORS = new ArrayList<>();
  private static final List<Organization> ORGANIZATIONS = new ArrayList<>();

  @BeforeAll
  static void seed() {
    try (Redifu redifu = Redifu.builder().redis(LocalServices.redisUrl()).build()) {
      for (int i = 0; i < 2; i++) {
        ORGANIZATIONS.add(Fixtures.organization("org " + i));
      }
      for (int i = 0; i < 3; i++) {
        Account author = Fixtures.account("author " + i);
        author.setOrganizationRandId(ORGANIZATIONS.get(i % 2).getRandId());
        AUTHORS.add(author);
        POSTS.addAll(Fixtures.posts(i == 0 ? 6 : 7, author));
      }
      OrganizationCache.create(redifu).setAll(ORGANIZATIONS);
      AccountCache.create(redifu).setAll(AUTHORS);
      PostTimelineCache.create(redifu).of(USER).ingest(Fixtures.newestFirst(POSTS), true, true, "");
    }
  }

  @AfterAll
  static void cleanup() {
    try (Redifu redifu = Redifu.builder().redis(LocalServices.redisUrl()).build()) {
      PostTimelineCache.create(redifu).of(USER).purge();
      AUTHORS.forEach(author -> AccountCache.create(redifu).delete(author.getRandId()));
      ORGANIZATIONS.forEach(org -> OrganizationCache.create(redifu).delete(org.getRandId()));
    }
  }

  @Test
  void timelinePageCostsOneRoundTripPerLevel() throws Exception {
    assertPage(builder -> builder.relationHints(0), 4, 2); // ids, posts, authors, organizations
    assertPage(builder -> builder.relationHints(0).relationDepth(1), 3, 1);
    assertPage(builder -> builder.relationDepth(0), 2, 0);
  }

  @Test
  void rememberedRelationIdsSaveTheFirstLevelsRoundTrip() throws Exception {
    assertPage(builder -> {}, 3, 2); // ids, posts + authors, organizations
    assertPage(builder -> builder.relationDepth(1), 2, 1); // ids, posts + authors
  }

  @Test
  void singleRoundTripPathReadsTheFirstLevelInItsScript() throws Exception {
    assertPage(builder -> builder.singleRoundTripReads(true).relationHints(0), 2, 2);
    assertPage(builder -> builder.singleRoundTripReads(true).relationDepth(1), 1, 1);
  }

  @Test
  void rawTimelinePageCostsTwoRoundTrips() throws Exception {
    try (RoundTripCounter relay = RoundTripCounter.start(LocalServices.redisUrl());
        Redifu redifu = RelayedRedifu.singleConnection(relay)) {
      PostTimelineCache feed = PostTimelineCache.create(redifu).raw();
      feed.of(USER).fetch(List.of()); // warm-up
      relay.reset();
      TimelinePage<Post> page = feed.of(USER).fetch(List.of());
      assertThat(relay.roundTrips()).isEqualTo(2);
      assertThat(page.items())
          .hasSize(20)
          .allSatisfy(post -> assertThat(post.getAuthor()).isNull());
    }
  }

  @Test
  void entityReadsCostOneRoundTripPlusOnePerLevel() throws Exception {
    try (RoundTripCounter relay = RoundTripCounter.start(LocalServices.redisUrl());
        Redifu redifu =
            RelayedRedifu.singleConnection(relay, builder -> builder.relationHints(0))) {
      PostCache posts = PostCache.create(redifu);
      List<String> ids = POSTS.stream().map(Post::getRandId).toList();
      posts.getAll(ids); // warm-up
      assertThat(count(relay, () -> posts.getAll(ids).size())).isEqualTo(3);
      assertThat(posts.getAll(ids).values())
          .allSatisfy(post -> assertThat(post.getAuthor().getOrganization()).isNotNull());
      assertThat(count(relay, () -> posts.get(ids.get(0)).orElseThrow())).isEqualTo(3);
      assertThat(count(relay, () -> posts.raw().get(ids.get(0)).orElseThrow())).isEqualTo(1);
    }
    try (RoundTripCounter relay = RoundTripCounter.start(LocalServices.redisUrl());
        Redifu redifu = RelayedRedifu.singleConnection(relay)) {
      PostCache posts = PostCache.create(redifu);
      List<String> ids = POSTS.stream().map(Post::getRandId).toList();
      posts.getAll(ids); // warm-up: learns the relation ids
      assertThat(count(relay, () -> posts.getAll(ids).size())).as("remembered").isEqualTo(2);
    }
  }

  private static void assertPage(Consumer<Redifu.Builder> settings, int roundTrips, int depth)
      throws Exception {
    try (RoundTripCounter relay = RoundTripCounter.start(LocalServices.redisUrl());
        Redifu redifu = RelayedRedifu.singleConnection(relay, settings)) {
      PostTimelineCache feed = PostTimelineCache.create(redifu);
      feed.of(USER).fetch(List.of()); // warm-up
      relay.reset();
      TimelinePage<Post> page = feed.of(USER).fetch(List.of());
      assertThat(relay.roundTrips()).as("round trips at depth " + depth).isEqualTo(roundTrips);
      assertThat(page.items()).hasSize(20);
      for (Post post : page.items()) {
        if (depth == 0) {
          assertThat(post.getAuthor()).isNull();
        } else if (depth == 1) {
          assertThat(post.getAuthor().getRandId()).isEqualTo(post.getAuthorRandId());
          assertThat(post.getAuthor().getOrganization()).isNull();
        } else {
          assertThat(post.getAuthor().getOrganization().getRandId())
              .isEqualTo(post.getAuthor().getOrganizationRandId());
        }
      }
    }
  }

  private static long count(RoundTripCounter relay, Supplier<Object> read) {
    relay.reset();
    assertThat(read.get()).isNotNull();
    return relay.roundTrips();
  }
}
