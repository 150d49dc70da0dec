package io.redifu.bench;

import io.redifu.runtime.Cursor;
import io.redifu.runtime.NearCacheLimits;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimelinePage;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * How {@link NearCachePageBenchmark} reads {@link PageFeed}'s authored page:
 *
 * <ul>
 *   <li>{@code redifuDefault}: {@code BenchPostTimelineCache.fetch} without a near cache.
 *   <li>{@code redifuNearCacheWarm}: a near cache on {@link BenchPost} and {@link BenchAccount}
 *       with room for all {@value PageFeed#POSTS} posts and {@value BenchData#ACCOUNTS} accounts
 *       (the hot working set fits), filled by reading every position once before timing, so every
 *       document read is a hit; the page's ids and state still come from Redis.
 *   <li>{@code redifuNearCacheCold}: near caches of {@link #COLD}, one entry each: every document
 *       read evicts the one before, so every read misses and still pays for filling the near cache,
 *       as a cache whose working set does not fit would.
 *   <li>{@code oracle}: the page's post and author ids known in advance, one MGET of their keys.
 * </ul>
 *
 * <p>Before a near cache is timed, {@link NearCacheChecks} holds its pages to {@link PageChecks}'
 * answers and counts the documents Redis served per page, so a warm near cache that misses or a
 * cold one that hits aborts the trial instead of reporting a number.
 */
@State(Scope.Benchmark)
public class NearCachePages {
  /** Room for every post of the feed (the accounts use the default, 10,000 entries). */
  static final NearCacheLimits HOT_POSTS = NearCacheLimits.of(20_000, 64L << 20);

  /** One entry: nothing read stays for the next page. */
  static final NearCacheLimits COLD = NearCacheLimits.of(1, 64L << 20);

  @Param({
    "redifuDefault",
    "redifuNearCacheWarm",
    "redifuNearCacheCold",
    "oracle",
    "floorIdsAndState",
    "floorPing"
  })
  String strategy;

  /** Reads the page after a cursor. */
  Function<Cursor, ?> fetch;

  /** The near-cached redifu, if the strategy has one. */
  private Redifu redifu;

  @Setup(Level.Trial)
  public void setUp(PageFeed feed) {
    open(feed, strategy);
  }

  void open(PageFeed feed, String strategy) {
    this.strategy = strategy;
    switch (strategy) {
      case "redifuDefault" -> fetch = cursor -> feed.authored.of(PageFeed.USER).fetch(cursor);
      case "oracle" -> fetch = cursor -> HandWritten.oraclePage(feed, cursor);
      // floors, not pages: the ids and state a warm page still reads, and a bare round trip
      case "floorIdsAndState" -> fetch = cursor -> HandWritten.idsAndState(feed, cursor);
      case "floorPing" -> fetch = cursor -> feed.raw.ping();
      case "redifuNearCacheWarm", "redifuNearCacheCold" -> {
        boolean cold = strategy.endsWith("Cold");
        String url = System.getenv().getOrDefault("REDIFU_REDIS_URL", "redis://127.0.0.1:6379");
        Redifu.Builder builder = Redifu.builder().redis(url);
        redifu =
            cold
                ? builder
                    .nearCache(BenchPost.class, COLD)
                    .nearCache(BenchAccount.class, COLD)
                    .build()
                : builder
                    .nearCache(BenchPost.class, HOT_POSTS)
                    .nearCache(BenchAccount.class)
                    .build();
        BenchPostTimelineCache authored = BenchPostTimelineCache.create(redifu);
        Function<Cursor, TimelinePage<BenchPost>> page = c -> authored.of(PageFeed.USER).fetch(c);
        NearCacheChecks.pages(feed, strategy, page, cold);
        fetch = page;
      }
      default -> throw new IllegalArgumentException("no strategy " + strategy);
    }
    // Every position once, as the near caches' checks do: the default path then knows each page's
    // relation ids (remembered per page) like the near-cached redifu does.
    if (!strategy.startsWith("floor")) {
      NearCacheChecks.readAll(feed, fetch);
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    if (redifu != null) {
      redifu.close();
    }
  }
}
