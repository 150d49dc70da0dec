package io.redifu.example;

import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimelinePage;
import io.redifu.testing.LocalServices;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The five-minute tour: puts accounts and posts in SQL, pages through a reader's feed (each page
 * seeded from SQL on first read, authors loaded by the account loader), adds a post on top, renames
 * an author once and shows the new name in two feeds, then a missing marker and a TTL. Uses the
 * Redis of {@code REDIFU_REDIS_URL} and the PostgreSQL of {@code REDIFU_JDBC_URL}, else
 * Testcontainers, else an embedded Redis and H2.
 */
public final class Demo {
  private static final String[] TITLES = {
    "Notes on the Analytical Engine",
    "On Computable Numbers",
    "Poetical science",
    "The imitation game",
    "Bernoulli numbers",
    "Morphogenesis",
    "A difference engine",
    "Checking a large routine",
    "Looms and cards",
    "Intelligent machinery",
    "Sketch of an engine",
    "Can machines think?"
  };

  private Demo() {}

  public static void main(String[] args) throws SQLException {
    System.out.println("redifu demo — " + LocalServices.describe());
    DemoDatabase database = new DemoDatabase(LocalServices.jdbcUrl());
    try (Redifu redifu = redifu(LocalServices.redisUrl(), database)) {
      run(redifu, database);
    } finally {
      database.drop();
      LocalServices.stopStarted();
    }
  }

  /**
   * The demo's Redifu: accounts, read with every post, are also kept in this JVM (the near cache),
   * and Redis tells it when one changes.
   */
  static Redifu redifu(String redisUrl, DemoDatabase database) {
    return Redifu.builder()
        .redis(redisUrl)
        .dataSource(database.dataSource)
        .nearCache(Account.class)
        .build();
  }

  static void run(Redifu redifu, DemoDatabase database) throws SQLException {
    AccountCache accounts = AccountCache.create(redifu).loadedBy(DemoDatabase::accounts);
    PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(DemoDatabase::feed);

    Account ada = Account.of("Ada Lovelace", "ada");
    Account alan = Account.of("Alan Turing", "alan");
    database.insert(ada);
    database.insert(alan);
    String reader = Account.of("Grace Hopper", "grace").getRandId();
    String otherReader = Account.of("Edsger Dijkstra", "edsger").getRandId();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (int i = 0; i < TITLES.length; i++) {
      Post post = Post.by(i % 2 == 0 ? ada : alan, TITLES[i], now.minusSeconds(60L * i));
      database.insert(post, reader);
      if (i < 4) {
        database.insert(post, otherReader);
      }
    }
    System.out.printf(
        "SQL holds %d posts by 2 authors for %s, 4 of them for %s; Redis holds nothing yet%n",
        TITLES.length, reader, otherReader);

    PostTimelineCache.Instance readerFeed = feed.of(reader); // the feed of one reader
    PostTimelineCache.Instance otherFeed = feed.of(otherReader);
    printFeed(readerFeed); // each page is seeded from SQL the first time it is read

    Post fresh = Post.by(alan, "Breaking: a brand-new post", now.plusSeconds(1));
    database.insert(fresh, reader); // the application writes SQL first,
    readerFeed.add(fresh); // then the cache: document + index, atomic, 1 round trip
    System.out.println("added a post; the first page now starts with it:");
    printPage(readerFeed.fetchOrSeed(List.of()));

    ada.setName("Augusta Ada King");
    database.rename(ada);
    accounts.set(ada); // one write to Redis (no post, no feed is touched); near caches drop it
    System.out.println("renamed the author once; both feeds now show the new name:");
    printPage(readerFeed.fetchOrSeed(List.of()));
    System.out.println("  ---");
    printPage(otherFeed.fetchOrSeed(List.of())); // seeded now, already renamed

    String ghost = "NoSuchAccount001";
    Account loaded = accounts.getOrLoad(ghost); // the database has no such row
    System.out.printf(
        "getOrLoad(%s) -> %s; marked missing: %s (later lookups skip the database)%n",
        ghost, loaded, accounts.isMissing(ghost));

    long ttl = redifu.client().pttl(AccountCache.key(ada.getRandId()));
    System.out.printf(
        "account document %s expires in %.1f days (ttl \"7d\")%n",
        AccountCache.key(ada.getRandId()), ttl / 86_400_000.0);
    readerFeed.purge(); // the feed's ids, state and post documents
    otherFeed.purge();
    accounts.delete(ada.getRandId());
    accounts.delete(alan.getRandId());
    accounts.delete(ghost);
    System.out.println("done");
  }

  private static void printFeed(PostTimelineCache.Instance feed) {
    TimelinePage<Post> page = feed.fetchOrSeed(List.of());
    for (int number = 1; ; number++) {
      System.out.printf("page %d (%s):%n", number, page.position());
      printPage(page);
      if (!page.hasMore()) {
        return;
      }
      // seeded from SQL on first read; then ids, posts and authors in 2 round trips
      page = feed.fetchOrSeed(Cursor.parse(page.nextCursor()));
    }
  }

  private static void printPage(TimelinePage<Post> page) {
    for (Post post : page.items()) {
      System.out.printf("  %-32s by %s%n", post.title, post.author.getName());
    }
  }
}
