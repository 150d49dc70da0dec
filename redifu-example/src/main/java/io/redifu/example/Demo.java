package io.redifu.example;

import io.redifu.example.services.LocalServices;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimelinePage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The five-minute tour: stores accounts and posts, fills two readers' feeds that hold only post
 * ids, pages through one, adds a post on top, renames an author once and shows the new name in
 * both feeds, then a missing marker and a TTL. Uses the Redis of {@code REDIFU_REDIS_URL}, else
 * Testcontainers, else an embedded Redis.
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

  public static void main(String[] args) {
    System.out.println("redifu demo — " + LocalServices.describe());
    try (Redifu redifu = Redifu.builder().redis(LocalServices.redisUrl()).build()) {
      run(redifu);
    }
  }

  static void run(Redifu redifu) {
    AccountCache accounts = AccountCache.create(redifu);
    PostTimelineCache feed = PostTimelineCache.create(redifu);

    Account ada = Account.of("Ada Lovelace", "ada");
    Account alan = Account.of("Alan Turing", "alan");
    accounts.setAll(List.of(ada, alan));

    String reader = Account.of("Grace Hopper", "grace").getRandId();
    String otherReader = Account.of("Edsger Dijkstra", "edsger").getRandId();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<Post> newestFirst = new ArrayList<>();
    for (int i = 0; i < TITLES.length; i++) {
      newestFirst.add(Post.by(i % 2 == 0 ? ada : alan, TITLES[i], now.minusSeconds(60L * i)));
    }
    // Until SQL seeding lands, the demo hands the feed its source rows itself: documents where
    // absent, ids, and "this is the whole feed".
    feed.ingest(reader, newestFirst, true, true, "");
    feed.ingest(otherReader, newestFirst.subList(0, 4), true, true, "");
    System.out.printf(
        "%d posts by 2 authors in the feed of %s, 4 of them in the feed of %s (ids only)%n",
        newestFirst.size(), reader, otherReader);

    printFeed(feed, reader);

    Post fresh = Post.by(alan, "Breaking: a brand-new post", now.plusSeconds(1));
    feed.add(fresh, reader); // document + index, atomic, 1 round trip
    System.out.println("added a post; the first page now starts with it:");
    printPage(feed.fetch(reader, List.of()));

    ada.setName("Augusta Ada King");
    accounts.set(ada); // one write: no post, no feed is touched
    System.out.println("renamed the author once; both feeds now show the new name:");
    printPage(feed.fetch(reader, List.of()));
    System.out.println("  ---");
    printPage(feed.fetch(otherReader, List.of()));

    String ghost = "NoSuchAccount001";
    Account loaded = accounts.getOrLoad(ghost, id -> null); // the "database" has no such row
    System.out.printf(
        "getOrLoad(%s) -> %s; marked missing: %s (later lookups skip the database)%n",
        ghost, loaded, accounts.isMissing(ghost));

    long ttl = redifu.client().pttl(AccountCache.key(ada.getRandId()));
    System.out.printf(
        "account document %s expires in %.1f days (ttl \"7d\")%n",
        AccountCache.key(ada.getRandId()), ttl / 86_400_000.0);
    feed.purge(reader); // the feed's ids, state and post documents
    feed.reset(otherReader);
    accounts.delete(ada.getRandId());
    accounts.delete(alan.getRandId());
    System.out.println("done");
  }

  private static void printFeed(PostTimelineCache feed, String reader) {
    TimelinePage<Post> page = feed.fetch(reader, List.of());
    for (int number = 1; ; number++) {
      System.out.printf("page %d (%s):%n", number, page.position());
      printPage(page);
      if (!page.hasMore()) {
        return;
      }
      // ids, then posts with their authors: 2 round trips once the authors' ids are remembered
      page = feed.fetch(reader, Cursor.parse(page.nextCursor()));
    }
  }

  private static void printPage(TimelinePage<Post> page) {
    for (Post post : page.items()) {
      System.out.printf("  %-32s by %s%n", post.title, post.author.getName());
    }
  }
}
