package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.annotation.Order;
import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostPageCache;
import io.redifu.it.domain.PostSortedCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.it.sql.TestDataSource;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.MissingReference;
import io.redifu.runtime.Position;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimelinePage;
import io.redifu.testing.LocalServices;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Go README's scenario on each real database: a feed of 45 active posts (three per timestamp)
 * seeded page by page by {@code fetchOrSeed}, authors loaded by the account loader; the same posts
 * as numbered pages and as a sorted collection; a user without posts seeded empty once.
 */
class SeedingIT {
  @ParameterizedTest
  @EnumSource(SqlDatabase.class)
  void feedPagesAreSeededOnDemandInKeysetOrder(SqlDatabase database) throws Exception {
    SeedTables tables = new SeedTables(database);
    TestDataSource sql = database.dataSource();
    String user = BaseRecord.newRandId();
    List<String> authors = List.of(BaseRecord.newRandId(), BaseRecord.newRandId());
    tables.account(authors.get(0), "Ada");
    tables.account(authors.get(1), "Alan");
    tables.posts(user, 45, authors);
    tables.posts("someone else", 5, authors);
    tables.post(BaseRecord.newRandId(), user, "draft", authors.get(0), "draft", SeedTables.BASE);
    try (Redifu redifu = Redifu.builder().redis(LocalServices.redisUrl()).dataSource(sql).build()) {
      AccountCache accounts = AccountCache.create(redifu).loadedBy(tables::accountsById);
      PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed);

      TimelinePage<Post> first = feed.of(user).fetchOrSeed(List.of());
      TimelinePage<Post> second = feed.of(user).fetchOrSeed(Cursor.parse(first.nextCursor()));
      TimelinePage<Post> third = feed.of(user).fetchOrSeed(List.of(second.validLastId()));

      assertThat(List.of(first.items().size(), second.items().size(), third.items().size()))
          .containsExactly(20, 20, 5);
      assertThat(List.of(first.position(), second.position(), third.position()))
          .containsExactly(Position.FIRST_PAGE, Position.MIDDLE_PAGE, Position.LAST_PAGE);
      assertThat(third.hasMore()).isFalse();
      List<String> seen = new ArrayList<>();
      for (TimelinePage<Post> page : List.of(first, second, third)) {
        page.items().forEach(post -> seen.add(post.getRandId()));
        assertThat(page.items())
            .allSatisfy(
                post ->
                    assertThat(post.getAuthor().getName())
                        .isEqualTo(post.getAuthorRandId().equals(authors.get(0)) ? "Ada" : "Alan"));
      }
      assertThat(seen).isEqualTo(tables.newestFirst(user));

      int statements = sql.statements.get();
      assertThat(feed.of(user).fetchOrSeed(List.of()).items()).hasSize(20);
      assertThat(sql.statements.get()).as("a cached page reads no SQL").isEqualTo(statements);

      PostCache posts = PostCache.create(redifu).loadedBy(tables::postsById);
      String expired = first.items().get(3).getRandId();
      posts.delete(expired); // as if its document had expired
      TimelinePage<Post> again = feed.of(user).fetch(List.of());
      assertThat(again.missingIds()).isEmpty();
      assertThat(again.items()).extracting(Post::getRandId).contains(expired).hasSize(20);
      assertThat(posts.raw().get(expired)).as("loaded back into Redis").isPresent();
      accounts.delete(authors.get(0)); // expired too, though the feed remembers it as an author
      TimelinePage<Post> reloaded = feed.of(user).fetch(List.of());
      assertThat(reloaded.missingRelations()).isEmpty();
      assertThat(reloaded.items()).allSatisfy(post -> assertThat(post.getAuthor()).isNotNull());
      feed.of(user).purge();
    } finally {
      tables.drop();
    }
  }

  /**
   * A page item or a reference whose row is in neither Redis nor SQL is asked of SQL once: the
   * loader's empty answer leaves a missing marker, later reads skip the query, and storing the
   * entity clears the marker.
   */
  @ParameterizedTest
  @EnumSource(SqlDatabase.class)
  void aDanglingIdIsAskedOfSqlOnce(SqlDatabase database) throws Exception {
    SeedTables tables = new SeedTables(database);
    TestDataSource sql = database.dataSource();
    String user = BaseRecord.newRandId();
    String ghost = BaseRecord.newRandId(); // an author without an account row
    tables.posts(user, 3, List.of(ghost));
    try (Redifu redifu = Redifu.builder().redis(LocalServices.redisUrl()).dataSource(sql).build()) {
      AccountCache accounts = AccountCache.create(redifu).loadedBy(tables::accountsById);
      PostCache posts = PostCache.create(redifu).loadedBy(tables::postsById);
      PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed);
      assertThat(feed.of(user).fetchOrSeed(List.of()).items()).hasSize(3);
      Post orphan = new Post(); // cached, then its document expires; SQL never had it
      orphan.init();
      orphan.setAuthorRandId(ghost);
      orphan.setCreatedAt(SeedTables.BASE.plusDays(1).toInstant(ZoneOffset.UTC));
      feed.of(user).add(orphan);
      posts.delete(orphan.getRandId());

      TimelinePage<Post> first = feed.of(user).fetch(List.of());
      int statements = sql.statements.get();
      TimelinePage<Post> again = feed.of(user).fetch(List.of());

      assertThat(sql.statements.get()).as("markers spare the queries").isEqualTo(statements);
      for (TimelinePage<Post> page : List.of(first, again)) {
        assertThat(page.missingIds()).containsExactly(orphan.getRandId());
        assertThat(page.items())
            .hasSize(3)
            .allSatisfy(post -> assertThat(post.getAuthor()).isNull());
        assertThat(page.missingRelations())
            .extracting(MissingReference::missingRandId)
            .containsOnly(ghost);
      }
      Account account = new Account();
      account.setRandId(ghost);
      account.setName("Grace");
      accounts.set(account);
      assertThat(feed.of(user).fetch(List.of()).items())
          .allSatisfy(post -> assertThat(post.getAuthor().getName()).isEqualTo("Grace"));
      feed.of(user).purge();
    } finally {
      tables.drop();
    }
  }

  @ParameterizedTest
  @EnumSource(SqlDatabase.class)
  void pagesAndSortedCollectionsAreSeededLikewise(SqlDatabase database) throws Exception {
    SeedTables tables = new SeedTables(database);
    String user = BaseRecord.newRandId();
    List<String> authors = List.of(BaseRecord.newRandId());
    tables.account(authors.get(0), "Grace");
    tables.posts(user, 45, authors);
    try (Redifu redifu =
        Redifu.builder()
            .redis(LocalServices.redisUrl())
            .dataSource(database.dataSource())
            .build()) {
      AccountCache.create(redifu) // a jOOQ query this time
          .loadedBy(
              ids ->
                  SeedQuery.jooq(
                      DSL.select(DSL.field(DSL.name("randid")), DSL.field(DSL.name("name")))
                          .from(DSL.table(DSL.name(tables.accounts)))
                          .where(DSL.field(DSL.name("randid")).in(ids))));
      PostPageCache pages = PostPageCache.create(redifu).seededBy(tables::feed);
      PostSortedCache sorted = PostSortedCache.create(redifu).seededBy(tables::feed);
      List<String> expected = tables.newestFirst(user);

      List<String> paged = new ArrayList<>();
      for (int page = 1; page <= 5; page++) {
        List<Post> posts = pages.of(user).fetchOrSeed(page);
        assertThat(posts).hasSize(page < 5 ? 10 : 5);
        posts.forEach(post -> paged.add(post.getRandId()));
      }
      assertThat(pages.of(user).fetchOrSeed(6)).isEmpty();
      assertThat(paged).isEqualTo(expected);

      List<Post> all = sorted.of(user).fetchOrSeed(Order.DESC);
      assertThat(all).extracting(Post::getRandId).isEqualTo(expected);
      assertThat(all).allSatisfy(post -> assertThat(post.getAuthor().getName()).isEqualTo("Grace"));
      pages.of(user).reset();
      sorted.of(user).reset();
    } finally {
      tables.drop();
    }
  }

  /** fetch answers [] for a page that is not cached; fetchIfCached tells it from an empty page. */
  @ParameterizedTest
  @EnumSource(SqlDatabase.class)
  void fetchIfCachedTellsAPageNotCachedFromAnEmptyOne(SqlDatabase database) throws Exception {
    SeedTables tables = new SeedTables(database);
    String user = BaseRecord.newRandId();
    tables.posts(user, 10, List.of("author")); // one full page
    try (Redifu redifu =
        Redifu.builder()
            .redis(LocalServices.redisUrl())
            .dataSource(database.dataSource())
            .build()) {
      PostPageCache pages = PostPageCache.create(redifu).seededBy(tables::feed).raw();
      assertThat(pages.of(user).fetch(1)).isEmpty();
      assertThat(pages.of(user).fetchIfCached(1)).as("not cached").isEmpty();

      assertThat(pages.of(user).fetchOrSeed(1)).hasSize(10);
      assertThat(pages.of(user).fetchOrSeed(2)).isEmpty();
      assertThat(pages.of(user).fetchIfCached(1).orElseThrow())
          .extracting(Post::getRandId)
          .isEqualTo(tables.newestFirst(user));
      assertThat(pages.of(user).fetchIfCached(2))
          .as("cached, past the last row")
          .contains(List.of());

      pages.of(user).remove("not-in-it"); // drops every page
      assertThat(pages.of(user).fetchIfCached(1)).isEmpty();
      assertThat(pages.of(user).fetchIfCached(2)).isEmpty();
      pages.of(user).reset();
    } finally {
      tables.drop();
    }
  }

  @ParameterizedTest
  @EnumSource(SqlDatabase.class)
  void aUserWithoutPostsIsSeededEmptyOnce(SqlDatabase database) throws Exception {
    SeedTables tables = new SeedTables(database);
    TestDataSource sql = database.dataSource();
    String user = BaseRecord.newRandId();
    try (Redifu redifu = Redifu.builder().redis(LocalServices.redisUrl()).dataSource(sql).build()) {
      PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed);
      TimelinePage<Post> page = feed.of(user).fetchOrSeed(List.of());
      assertThat(page.items()).isEmpty();
      assertThat(page.hasMore()).isFalse();
      assertThat(feed.of(user).requiresSeeding(0)).as("marked empty").isFalse();

      int statements = sql.statements.get();
      assertThat(feed.of(user).fetchOrSeed(List.of()).items()).isEmpty();
      assertThat(sql.statements.get()).as("not queried again").isEqualTo(statements);
      feed.of(user).reset();
    } finally {
      tables.drop();
    }
  }
}
