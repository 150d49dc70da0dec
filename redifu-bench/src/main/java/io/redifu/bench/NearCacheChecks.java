package io.redifu.bench;

import io.redifu.runtime.Cursor;
import io.redifu.runtime.TimelinePage;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import redis.clients.jedis.UnifiedJedis;

/**
 * What a near-cache trial must show before it is timed. Pages: the answers {@link PageChecks} holds
 * to the data, from a cold near cache and, after every position has been read once, from a warm
 * one; then the documents Redis served per page over all {@value PageFeed#POSITIONS} positions
 * ({@code INFO stats} keyspace hits and misses, against the default path's): a warm near cache must
 * serve every post and author itself, a cold one none.
 */
final class NearCacheChecks {
  /** Documents a cold near cache may serve per page (an author kept as the one entry). */
  static final double COLD_HITS_ALLOWED = 0.1;

  /** Passes over all positions a warm near cache may take to hold every document. */
  static final int FILL_PASSES = 4;

  private NearCacheChecks() {}

  static void pages(
      PageFeed feed,
      String strategy,
      Function<Cursor, TimelinePage<BenchPost>> nearFetch,
      boolean cold) {
    PageChecks.authored(feed, strategy, nearFetch);
    readAll(feed, nearFetch); // fills a warm near cache
    PageChecks.authored(feed, strategy, nearFetch);
    double documents = documentsPerPage(feed);
    Function<Cursor, ?> remoteFetch = c -> feed.authored.of(PageFeed.USER).fetch(c);
    readAll(feed, remoteFetch); // the default path's first reads of each position
    double remote = keyReadsPerPage(feed, remoteFetch);
    double served = 0;
    // A warm near cache may need more passes: documents read while tracking was (re)starting were
    // not kept (the near cache is bypassed until tracking is up), so each pass adds what it missed.
    for (int pass = 1; pass <= (cold ? 1 : FILL_PASSES); pass++) {
      double reads = keyReadsPerPage(feed, nearFetch);
      served = remote - reads;
      System.out.printf(
          "%n[nearcache-check] %s, pass %d: Redis key reads %.2f/page (default path %.2f),"
              + " documents per page %.2f, served by the near cache %.2f/page%n",
          strategy, pass, reads, remote, documents, served);
      if (Math.abs(served - documents) < COLD_HITS_ALLOWED) {
        break;
      }
    }
    boolean ok =
        cold ? served <= COLD_HITS_ALLOWED : Math.abs(served - documents) < COLD_HITS_ALLOWED;
    if (!ok) {
      throw new IllegalStateException(
          strategy + " served " + served + " documents per page, not " + (cold ? 0 : documents));
    }
  }

  /** Posts plus distinct authors a page holds, averaged over all positions. */
  private static double documentsPerPage(PageFeed feed) {
    long documents = 0;
    for (int p = 0; p < PageFeed.POSITIONS; p++) {
      Set<String> authors = new HashSet<>();
      for (int older = 1; older <= PageFeed.PER_PAGE; older++) {
        authors.add(feed.posts.get(feed.cursorPost[p] - older).authorRandId);
      }
      documents += PageFeed.PER_PAGE + authors.size();
    }
    return (double) documents / PageFeed.POSITIONS;
  }

  /** Keys Redis looked up (hits and misses) per page, reading every position once. */
  private static double keyReadsPerPage(PageFeed feed, Function<Cursor, ?> fetch) {
    long before = keyReads(feed.raw);
    readAll(feed, fetch);
    return (double) (keyReads(feed.raw) - before) / PageFeed.POSITIONS;
  }

  static void readAll(PageFeed feed, Function<Cursor, ?> fetch) {
    for (Cursor cursor : feed.cursors) {
      fetch.apply(cursor);
    }
  }

  /** Keyspace hits plus misses so far, server-wide. */
  static long keyReads(UnifiedJedis redis) {
    String stats = redis.info("stats");
    return (long)
        (CostMeter.field(stats, "keyspace_hits") + CostMeter.field(stats, "keyspace_misses"));
  }
}
