package io.redifu.bench;

import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.CollectionKeys;
import io.redifu.runtime.internal.JsonCodecs;
import io.redifu.runtime.internal.Keys;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.infra.ThreadParams;
import org.openjdk.jmh.runner.IterationType;
import redis.clients.jedis.RedisClient;

/**
 * One timeline page of {@value #PER_PAGE} decoded posts, read from a real Redis (env {@code
 * REDIFU_REDIS_URL}, default {@code redis://127.0.0.1:6379}) after a cursor at a random position.
 * Four ways of reading the same page:
 *
 * <ul>
 *   <li>{@code redifuDefault}: {@code BenchPostTimelineCache.fetch(user, cursor)}, default read
 *       path: the fetch script (ids, scores, state), then one MGET of the documents. 2 round trips.
 *   <li>{@code redifuSingleTrip}: the same cache on a {@code Redifu} built with {@code
 *       singleRoundTripReads(true)}: the script also reads the documents. 1 round trip.
 *   <li>{@code handWritten}: raw Jedis, {@code ZREVRANGEBYSCORE zset (score -inf LIMIT 0 20}, then
 *       one MGET of the 20 document keys, decoded with the generated codec. 2 round trips: the
 *       floor for the default path.
 *   <li>{@code naive}: the Go version's pattern, the same ZREVRANGEBYSCORE, then one GET per id. 21
 *       round trips.
 * </ul>
 *
 * <p>The methods without a suffix run on 1 thread (throughput and sample time); those ending in
 * {@code Threads8} run on 8 threads (throughput). The set-up seeds {@value #POSTS} posts into one
 * timeline with {@code ingest} (pages of {@value #INGEST_PAGE}), checks that all four strategies
 * return the same pages, and the tear-down purges the timeline and its documents. Every strategy
 * reads the same sequence of cursors; thread {@code t} of {@code n} starts {@code t/n} of the way
 * into it.
 */
@Threads(1)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PageFetchBenchmark {
  static final int POSTS = 10_000;
  static final int PER_PAGE = BenchPostTimelineCache.PER_PAGE;
  static final int INGEST_PAGE = 1_000;
  static final String USER = "pagebench";

  /** Cursor positions in the shared sequence (a power of two). */
  static final int POSITIONS = 4_096;

  /** Positions compared across the four strategies before anything is timed. */
  static final int CHECKED_POSITIONS = 200;

  private static final BenchPostCodec CODEC = BenchPostCodec.create();
  private static final byte[] MINUS_INF = "-inf".getBytes(StandardCharsets.US_ASCII);

  /** The seeded timeline, the clients and the cost meter, shared by all threads of a trial. */
  @State(Scope.Benchmark)
  public static class Feed {
    Redifu redifu;
    Redifu singleTripRedifu;
    BenchPostTimelineCache defaultCache;
    BenchPostTimelineCache singleTripCache;
    RedisClient raw;
    byte[] zsetKey;
    Cursor[] cursors;

    /** Expected page ids per position: the posts just older than the cursor's post. */
    int[] cursorPost;

    List<BenchPost> posts;
    CostMeter meter;
    CommandStats commandStats;

    /** Pages read in the current measurement iteration, and in all of them so far. */
    final LongAdder ops = new LongAdder();

    private long measuredOps;

    @Setup(Level.Trial)
    public void setUp() {
      String url = System.getenv().getOrDefault("REDIFU_REDIS_URL", "redis://127.0.0.1:6379");
      redifu = Redifu.builder().redis(url).build();
      singleTripRedifu = Redifu.builder().redis(url).singleRoundTripReads(true).build();
      defaultCache = BenchPostTimelineCache.create(redifu);
      singleTripCache = BenchPostTimelineCache.create(singleTripRedifu);
      raw = RedisClient.create(url);
      meter = new CostMeter(raw);
      commandStats = new CommandStats(raw);
      zsetKey = CollectionKeys.of(BenchPostTimelineCache.key(USER)).zset();

      posts = BenchData.posts(POSTS);
      deleteEverything(); // leftovers of an interrupted run
      seed();
      positions();
      check();
    }

    /** Commits the posts newest first in pages of {@value #INGEST_PAGE}, as a seeder would. */
    private void seed() {
      List<BenchPost> newestFirst = new ArrayList<>(posts);
      newestFirst.sort((a, b) -> b.getCreatedAt().compareTo(a.getCreatedAt()));
      for (int from = 0; from < POSTS; from += INGEST_PAGE) {
        int to = Math.min(POSTS, from + INGEST_PAGE);
        boolean committed =
            defaultCache.ingest(USER, newestFirst.subList(from, to), from == 0, to == POSTS, null);
        if (!committed) {
          throw new IllegalStateException("ingest refused posts " + from + " to " + to);
        }
      }
      long indexed = raw.zcard(zsetKey);
      if (indexed != POSTS) {
        throw new IllegalStateException("timeline holds " + indexed + " ids, not " + POSTS);
      }
    }

    /**
     * A random post with at least {@value #PER_PAGE} older ones per position. {@code BenchData}
     * gives post {@code i} a createdAt inside minute {@code i}, so post {@code i} has exactly
     * {@code i} older posts and no two posts share a score.
     */
    private void positions() {
      SplittableRandom random = new SplittableRandom(42);
      cursors = new Cursor[POSITIONS];
      cursorPost = new int[POSITIONS];
      for (int p = 0; p < POSITIONS; p++) {
        int i = PER_PAGE + random.nextInt(POSTS - PER_PAGE);
        BenchPost post = posts.get(i);
        cursorPost[p] = i;
        cursors[p] = Cursor.of(post.getCreatedAt().toEpochMilli(), post.getRandId());
      }
    }

    /** All four strategies must return the expected 20 posts, field for field. */
    private void check() {
      for (int p = 0; p < CHECKED_POSITIONS; p++) {
        List<String> expected = new ArrayList<>(PER_PAGE);
        for (int k = 1; k <= PER_PAGE; k++) {
          expected.add(posts.get(cursorPost[p] - k).getRandId());
        }
        TimelinePage<BenchPost> page = defaultCache.fetch(USER, cursors[p]);
        TimelinePage<BenchPost> single = singleTripCache.fetch(USER, cursors[p]);
        if (!page.missingIds().isEmpty() || !single.missingIds().isEmpty() || !page.hasMore()) {
          throw new IllegalStateException("page at position " + p + " is incomplete");
        }
        requireSame(p, "redifuDefault", expected, page.items());
        requireSame(p, "redifuSingleTrip", expected, single.items());
        requireSame(p, "handWritten", expected, handWrittenPage(cursors[p]));
        requireSame(p, "naive", expected, naivePage(cursors[p]));
      }
    }

    private void requireSame(int position, String strategy, List<String> ids, List<BenchPost> got) {
      List<String> gotIds = got.stream().map(BenchPost::getRandId).toList();
      if (!gotIds.equals(ids)) {
        throw new IllegalStateException(
            strategy + " at position " + position + " returned " + gotIds + ", expected " + ids);
      }
      for (BenchPost post : got) {
        int i = cursorPost[position] - 1 - gotIds.indexOf(post.getRandId());
        if (!Arrays.equals(
            JsonCodecs.encode(CODEC, post), JsonCodecs.encode(CODEC, posts.get(i)))) {
          throw new IllegalStateException(strategy + " decoded " + post.getRandId() + " wrongly");
        }
      }
    }

    List<BenchPost> handWrittenPage(Cursor cursor) {
      byte[] max = ("(" + (long) cursor.score()).getBytes(StandardCharsets.US_ASCII);
      List<byte[]> ids = raw.zrevrangeByScore(zsetKey, max, MINUS_INF, 0, PER_PAGE);
      String[] keys = new String[ids.size()];
      byte[][] keyBytes = new byte[ids.size()][];
      for (int k = 0; k < keys.length; k++) {
        keys[k] = "bench:post:" + new String(ids.get(k), StandardCharsets.UTF_8);
        keyBytes[k] = keys[k].getBytes(StandardCharsets.UTF_8);
      }
      List<byte[]> documents = raw.mget(keyBytes);
      List<BenchPost> page = new ArrayList<>(keys.length);
      for (int k = 0; k < keys.length; k++) {
        byte[] document = documents.get(k);
        if (document != null) {
          page.add(JsonCodecs.decode(CODEC, document, keys[k]));
        }
      }
      return page;
    }

    List<BenchPost> naivePage(Cursor cursor) {
      byte[] max = ("(" + (long) cursor.score()).getBytes(StandardCharsets.US_ASCII);
      List<byte[]> ids = raw.zrevrangeByScore(zsetKey, max, MINUS_INF, 0, PER_PAGE);
      List<BenchPost> page = new ArrayList<>(ids.size());
      for (byte[] id : ids) {
        String key = "bench:post:" + new String(id, StandardCharsets.UTF_8);
        byte[] document = raw.get(key.getBytes(StandardCharsets.UTF_8));
        if (document != null) {
          page.add(JsonCodecs.decode(CODEC, document, key));
        }
      }
      return page;
    }

    @TearDown(Level.Trial)
    public void tearDown(BenchmarkParams params) {
      String label = params.getBenchmark() + " " + params.getMode().shortLabel();
      System.out.println();
      System.out.println(meter.report(label + " threads=" + params.getThreads()));
      System.out.println(
          commandStats.report(label + " threads=" + params.getThreads(), measuredOps));
      close();
    }

    /** Purges the timeline and its documents, then closes the clients. */
    void close() {
      defaultCache.purge(USER);
      deleteEverything();
      raw.close();
      singleTripRedifu.close();
      redifu.close();
    }

    private void deleteEverything() {
      CollectionKeys keys = CollectionKeys.of(BenchPostTimelineCache.key(USER));
      raw.del(keys.zset(), keys.meta());
      for (int from = 0; from < POSTS; from += INGEST_PAGE) {
        List<String> documentKeys = new ArrayList<>(2 * INGEST_PAGE);
        for (BenchPost post : posts.subList(from, Math.min(POSTS, from + INGEST_PAGE))) {
          String key = BenchPostCache.key(post.getRandId());
          documentKeys.add(key);
          documentKeys.add(Keys.missingMarker(key));
        }
        raw.del(documentKeys.toArray(new String[0]));
      }
    }

    @Setup(Level.Iteration)
    public void startIteration(IterationParams params) {
      if (params.getType() == IterationType.MEASUREMENT) {
        commandStats.start();
        ops.reset();
        meter.start();
      }
    }

    @TearDown(Level.Iteration)
    public void endIteration(IterationParams params) {
      if (params.getType() == IterationType.MEASUREMENT) {
        long intervalOps = ops.sumThenReset();
        meter.stop(intervalOps);
        commandStats.stop();
        measuredOps += intervalOps;
      }
    }
  }

  /** This thread's place in the shared cursor sequence. */
  @State(Scope.Thread)
  public static class Position {
    private int next;

    @Setup(Level.Trial)
    public void setUp(ThreadParams thread) {
      next = thread.getThreadIndex() * (POSITIONS / thread.getThreadCount());
    }

    Cursor next(Feed feed) {
      feed.ops.increment();
      Cursor cursor = feed.cursors[next];
      next = (next + 1) & (POSITIONS - 1);
      return cursor;
    }
  }

  @Benchmark
  public TimelinePage<BenchPost> redifuDefault(Feed feed, Position at) {
    return feed.defaultCache.fetch(USER, at.next(feed));
  }

  @Benchmark
  public TimelinePage<BenchPost> redifuSingleTrip(Feed feed, Position at) {
    return feed.singleTripCache.fetch(USER, at.next(feed));
  }

  @Benchmark
  public List<BenchPost> handWritten(Feed feed, Position at) {
    return feed.handWrittenPage(at.next(feed));
  }

  @Benchmark
  public List<BenchPost> naive(Feed feed, Position at) {
    return feed.naivePage(at.next(feed));
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public TimelinePage<BenchPost> redifuDefaultThreads8(Feed feed, Position at) {
    return redifuDefault(feed, at);
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public TimelinePage<BenchPost> redifuSingleTripThreads8(Feed feed, Position at) {
    return redifuSingleTrip(feed, at);
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public List<BenchPost> handWrittenThreads8(Feed feed, Position at) {
    return handWritten(feed, at);
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public List<BenchPost> naiveThreads8(Feed feed, Position at) {
    return naive(feed, at);
  }
}
