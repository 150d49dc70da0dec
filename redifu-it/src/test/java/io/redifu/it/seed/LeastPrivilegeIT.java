package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.annotation.Order;
import io.redifu.it.AclRules;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Event;
import io.redifu.it.domain.EventTimeSeriesCache;
import io.redifu.it.domain.NoteCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostPageCache;
import io.redifu.it.domain.PostSortedCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedisUnavailableException;
import io.redifu.runtime.ScriptCacheStatus;
import io.redifu.runtime.TimelinePage;
import io.redifu.testing.redis.RedisProcess;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

/**
 * A Redis user with exactly the ACL rules SECURITY.md documents ({@link AclRules}) runs redifu's
 * whole feed: timeline, sorted and page collections seeded from PostgreSQL, cursor pages, writes,
 * relations, loads, missing markers, a time series, the one-script read path and the health check;
 * Redis denies it nothing (its ACL LOG stays empty) and refuses it keys outside its templates.
 */
class LeastPrivilegeIT {
  private static final String PASSWORD = "least-" + BaseRecord.newRandId();
  private static final String ADMIN = "admin-" + BaseRecord.newRandId();

  @TempDir static Path dir;
  private static RedisProcess server;

  @BeforeAll
  static void start() throws Exception {
    int port = RedisProcess.freePort();
    server =
        RedisProcess.start(
            dir, "acl", port, "--port", Integer.toString(port), "--requirepass", ADMIN);
    try (Jedis admin = admin()) {
      admin.aclSetUser(
          "redifu",
          AclRules.rules(
                  PASSWORD,
                  AclRules.commandsFor(AclRules.version(admin)),
                  List.of("post:", "account:", "real:event:"),
                  List.of("feed:user:", "tagged:", "board:", "real:series:"))
              .toArray(String[]::new));
    }
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void theDocumentedRulesRunTheWholeFeed() throws Exception {
    SeedTables tables = new SeedTables(SqlDatabase.POSTGRESQL);
    String user = BaseRecord.newRandId();
    List<String> authors = List.of(BaseRecord.newRandId(), BaseRecord.newRandId());
    tables.account(authors.get(0), "Ada");
    tables.account(authors.get(1), "Alan");
    tables.posts(user, 45, authors);
    try (Redifu redifu = redifu(false, tables);
        Redifu oneScript = redifu(true, tables)) {
      AccountCache.create(redifu).loadedBy(tables::accountsById);
      PostCache posts = PostCache.create(redifu).loadedBy(tables::postsById);
      PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed);

      TimelinePage<Post> first = feed.of(user).fetchOrSeed(List.of());
      TimelinePage<Post> second = feed.of(user).fetchOrSeed(Cursor.parse(first.nextCursor()));
      TimelinePage<Post> third = feed.of(user).fetchOrSeed(List.of(second.validLastId()));
      List<String> seen = new ArrayList<>();
      for (TimelinePage<Post> page : List.of(first, second, third)) {
        page.items().forEach(post -> seen.add(post.getRandId()));
        assertThat(page.items()).allSatisfy(post -> assertThat(post.getAuthor()).isNotNull());
      }
      assertThat(seen).isEqualTo(tables.newestFirst(user));

      Post fresh = new Post();
      fresh.init();
      fresh.setTitle("fresh");
      fresh.setAuthorRandId(authors.get(0));
      fresh.setCreatedAt(Instant.now());
      feed.of(user).add(fresh);
      assertThat(feed.of(user).fetch(List.of()).items().get(0).getTitle()).isEqualTo("fresh");
      assertThat(PostTimelineCache.create(oneScript).of(user).fetch(List.of()).items()).hasSize(20);
      String expired = first.items().get(2).getRandId();
      posts.delete(expired); // loaded back from SQL by the next read
      assertThat(feed.of(user).fetch(List.of()).missingIds()).isEmpty();
      feed.of(user).remove(fresh.getRandId());
      redifu.batch(b -> posts.markMissing("ghost-" + user));
      assertThat(posts.isMissing("ghost-" + user)).isTrue();
      assertThat(posts.getOrLoad("never-" + user)).isNull();
      assertThat(posts.getAll(seen.subList(0, 5))).hasSize(5);

      PostSortedCache tagged = PostSortedCache.create(redifu).seededBy(tables::feed);
      assertThat(tagged.of(user).fetchOrSeed(Order.DESC)).hasSize(45);
      assertThat(tagged.of(user).fetchRange(Order.ASC, Instant.EPOCH, Instant.now())).hasSize(45);
      PostPageCache boards = PostPageCache.create(redifu).seededBy(tables::feed);
      assertThat(boards.of(user).fetchOrSeed(2)).hasSize(10);

      EventTimeSeriesCache series = EventTimeSeriesCache.create(redifu);
      Event event = new Event();
      event.init();
      series.of(user).add(event);
      series.of(user).fetch(Instant.EPOCH, Instant.now().plusSeconds(60));
      series.of(user).remove(event.getRandId());
      series.of(user).purge();

      assertThat(redifu.client().ping()).isEqualTo("PONG");
      assertThat(ScriptCacheStatus.check(redifu).loaded()).isNotEmpty();
      feed.of(user).purge();
      tagged.of(user).purge();
      boards.of(user).purge();
    } finally {
      tables.drop();
    }
    try (Jedis admin = admin()) {
      assertThat(admin.aclLog()).as("commands or keys Redis denied the user").isEmpty();
    }
  }

  @Test
  void keysOutsideItsTemplatesAreRefused() throws Exception {
    try (Redifu redifu =
        Redifu.builder()
            .redis("redis://redifu:" + PASSWORD + "@127.0.0.1:" + server.port)
            .build()) {
      assertThat(AccountCache.create(redifu).get(BaseRecord.newRandId())).isEmpty();
      assertThatThrownBy(() -> NoteCache.create(redifu).get(BaseRecord.newRandId()))
          .isInstanceOf(RedisUnavailableException.class)
          .hasMessageContaining("ACL permission");
    } finally {
      try (Jedis admin = admin()) {
        admin.aclLogReset();
      }
    }
  }

  private static Redifu redifu(boolean oneScript, SeedTables tables) {
    return Redifu.builder()
        .redis("redis://redifu:" + PASSWORD + "@127.0.0.1:" + server.port)
        .dataSource(tables.database.dataSource())
        .singleRoundTripReads(oneScript)
        .build();
  }

  private static Jedis admin() {
    Jedis admin = new Jedis("127.0.0.1", server.port);
    admin.auth(ADMIN);
    return admin;
  }
}
