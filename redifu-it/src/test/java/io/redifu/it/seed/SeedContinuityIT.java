package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Position;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.ResetPaginationException;
import io.redifu.runtime.TimelinePage;
import io.redifu.testing.LocalServices;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A seeded timeline is the top of the SQL truth without a hole, on each real database: an explicit
 * seed after an item beyond the cached end is refused (nothing committed, no complete flag), and a
 * page beyond the cached end, served from SQL, starts at the cursor's own score and randId even
 * when the cursor's item was deleted everywhere or moved.
 */
@ParameterizedClass
@EnumSource(SqlDatabase.class)
class SeedContinuityIT {
  @Parameter SqlDatabase database;

  private SeedTables tables;
  private Redifu redifu;
  private PostTimelineCache feed;
  private String user;

  @BeforeEach
  void setUp() throws Exception {
    tables = new SeedTables(database);
    redifu =
        Redifu.builder().redis(LocalServices.redisUrl()).dataSource(database.dataSource()).build();
    feed = PostTimelineCache.create(redifu).seededBy(tables::feed).raw();
    user = BaseRecord.newRandId();
    tables.posts(user, 45, List.of("author")); // 20 per page: 20, 20, 5
  }

  @AfterEach
  void tearDown() throws Exception {
    feed.of(user).purge();
    redifu.close();
    tables.drop();
  }

  @Test
  void anExplicitSeedAfterAnItemBeyondTheCachedEndIsRefused() throws Exception {
    List<String> truth = tables.newestFirst(user);
    TimelinePage<Post> first = feed.of(user).fetchOrSeed(List.of()); // caches posts 1..20
    String thirtieth = truth.get(29); // in SQL, beyond the cached end

    Throwable refused = catchThrowable(() -> feed.of(user).seed(thirtieth));

    assertThat(ids(feed.of(user).fetchAll()))
        .as("nothing committed")
        .isEqualTo(truth.subList(0, 20));
    TimelinePage<Post> after = feed.of(user).fetch(List.of(first.validLastId()));
    assertThat(after.items()).isEmpty();
    assertThat(after.hasMore()).as("not marked complete").isTrue();
    assertThat(feed.of(user).requiresSeeding(0)).isTrue();
    assertThat(refused)
        .isInstanceOf(ResetPaginationException.class)
        .hasMessageContaining(thirtieth)
        .hasMessageContaining("beyond the cached end \"" + first.validLastId() + "\"");

    assertThat(feed.of(user).seed(first.validLastId()))
        .as("seeding from the end works")
        .isEqualTo(20);
    assertThat(walk()).isEqualTo(truth);
  }

  @Test
  void anExplicitSeedAfterAnItemInsideTheCacheContinuesIt() throws Exception {
    List<String> truth = tables.newestFirst(user);
    feed.of(user).fetchOrSeed(List.of()); // caches posts 1..20

    assertThat(feed.of(user).seed(truth.get(9))).isEqualTo(20); // posts 11..30
    assertThat(ids(feed.of(user).fetchAll())).isEqualTo(truth.subList(0, 30));
    assertThat(walk()).isEqualTo(truth);
  }

  @Test
  void anExplicitSeedOfALaterPageOfAnUncachedTimelineIsRefused() throws Exception {
    String tenth = tables.newestFirst(user).get(9);
    assertThatThrownBy(() -> feed.of(user).seed(tenth))
        .isInstanceOf(ResetPaginationException.class)
        .hasMessageContaining("is not cached");
    assertThat(feed.of(user).requiresSeeding(0)).isTrue();
  }

  @Test
  void aCursorWhoseItemWasDeletedKeepsItsPlaceBeyondTheCachedEnd() throws Exception {
    Cursor cursor = cursorAfterTheFortiethThenOnlyTwentyCached();
    String fortieth = cursor.randId();
    tables.update("UPDATE " + tables.posts + " SET status = 'deleted' WHERE randid = ?", fortieth);
    feed.of(user).remove(fortieth);
    PostCache.create(redifu).delete(fortieth); // gone from SQL and Redis

    TimelinePage<Post> next = feed.of(user).fetchOrSeed(cursor);

    List<String> truth = tables.newestFirst(user);
    assertThat(ids(next.items())).isEqualTo(truth.subList(39, 44));
    assertThat(next.hasMore()).isFalse();
  }

  @Test
  void aCursorWhoseItemMovedKeepsItsPlaceBeyondTheCachedEnd() throws Exception {
    Cursor cursor = cursorAfterTheFortiethThenOnlyTwentyCached();
    String fortieth = cursor.randId();
    tables.update(
        "UPDATE " + tables.posts + " SET created_at = ? WHERE randid = ?",
        SeedTables.BASE.minusHours(1),
        fortieth); // now the oldest post
    Post moved = new Post();
    moved.setRandId(fortieth);
    moved.setTitle("moved");
    moved.setAuthorRandId("author");
    moved.setCreatedAt(SeedTables.BASE.minusHours(1).toInstant(ZoneOffset.UTC));
    feed.of(user).add(moved); // SQL, then the cache

    TimelinePage<Post> next = feed.of(user).fetchOrSeed(cursor);

    List<String> truth = tables.newestFirst(user);
    assertThat(truth.get(44)).isEqualTo(fortieth);
    assertThat(ids(next.items()))
        .as("the five after its old place, then the item at its new one")
        .isEqualTo(truth.subList(39, 45));
  }

  @Test
  void lastRandIdsFallBackToAnOlderIdWhenTheNewestIsGoneEverywhere() throws Exception {
    Cursor cursor = cursorAfterTheFortiethThenOnlyTwentyCached();
    String fortieth = cursor.randId();
    String thirtyFifth = tables.newestFirst(user).get(34);
    tables.update("UPDATE " + tables.posts + " SET status = 'deleted' WHERE randid = ?", fortieth);
    feed.of(user).remove(fortieth);
    PostCache.create(redifu).delete(fortieth);

    TimelinePage<Post> next = feed.of(user).fetchOrSeed(List.of(thirtyFifth, fortieth));

    List<String> truth = tables.newestFirst(user);
    assertThat(ids(next.items())).isEqualTo(truth.subList(35, 44));
    assertThat(next.position()).isEqualTo(Position.LAST_PAGE);
  }

  /**
   * Pages through 40 posts (seeding both pages), keeps the cursor after the 40th, then lets the
   * cache start over with only the first 20: the cursor now lies beyond the cached end.
   */
  private Cursor cursorAfterTheFortiethThenOnlyTwentyCached() {
    TimelinePage<Post> first = feed.of(user).fetchOrSeed(List.of());
    TimelinePage<Post> second = feed.of(user).fetchOrSeed(Cursor.parse(first.nextCursor()));
    Cursor cursor = Cursor.parse(second.nextCursor());
    feed.of(user).reset();
    assertThat(feed.of(user).fetchOrSeed(List.of()).items()).hasSize(20);
    assertThat(feed.of(user).fetchAll()).hasSize(20);
    return cursor;
  }

  /** Every post, page by page from the top, through fetchOrSeed. */
  private List<String> walk() {
    List<String> walked = new ArrayList<>();
    TimelinePage<Post> page = feed.of(user).fetchOrSeed(List.of());
    walked.addAll(ids(page.items()));
    while (page.hasMore() && !page.items().isEmpty()) {
      page = feed.of(user).fetchOrSeed(Cursor.parse(page.nextCursor()));
      walked.addAll(ids(page.items()));
    }
    return walked;
  }

  private static List<String> ids(List<Post> posts) {
    return posts.stream().map(Post::getRandId).toList();
  }
}
