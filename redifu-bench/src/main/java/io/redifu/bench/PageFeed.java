package io.redifu.bench;

import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.model.KeySchema;
import io.redifu.runtime.internal.model.Scores;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import redis.clients.jedis.RedisClient;

/**
 * The data every page benchmark reads, on a real Redis (env {@code REDIFU_REDIS_URL}, default
 * {@code redis://127.0.0.1:6379}): {@value #POSTS} posts in one timeline, their {@value
 * BenchData#ACCOUNTS} authors, and a denormalised copy of the timeline for the hand-written
 * two-round-trip strategy. Shared by all threads of a trial; the set-up checks that every strategy
 * returns the expected pages ({@link PageChecks}) and the tear-down deletes everything.
 */
@State(Scope.Benchmark)
public class PageFeed {
  static final int POSTS = 10_000;
  static final int PER_PAGE = BenchPostTimelineCache.PER_PAGE;
  static final int INGEST_PAGE = 1_000;
  static final String USER = "pagebench";

  /** Cursor positions in the shared sequence (a power of two). */
  static final int POSITIONS = 4_096;

  Redifu redifu;
  Redifu singleTripRedifu;
  BenchPostTimelineCache authored;
  BenchPostTimelineCache authoredSingleTrip;
  BenchPostTimelineCache plain;
  BenchPostTimelineCache plainSingleTrip;
  RedisClient raw;
  byte[] zsetKey;
  byte[] metaKey;

  /**
   * The timeline again with members {@code postId|authorRandId}: what a denormalising app keeps.
   */
  byte[] denormalisedKey;

  Cursor[] cursors;

  /** Index in {@link #posts} of each position's cursor post. */
  int[] cursorPost;

  /** Index in {@link #posts} of each cursor post, by randId. */
  Map<String, Integer> cursorPostIndex;

  List<BenchPost> posts;
  List<BenchAccount> accounts;
  CostMeter meter;
  CommandStats commandStats;

  /** Pages read in the current measurement iteration. */
  final LongAdder ops = new LongAdder();

  private long measuredOps;

  @Setup(Level.Trial)
  public void setUp() {
    String url = System.getenv().getOrDefault("REDIFU_REDIS_URL", "redis://127.0.0.1:6379");
    redifu = Redifu.builder().redis(url).build();
    singleTripRedifu = Redifu.builder().redis(url).singleRoundTripReads(true).build();
    authored = BenchPostTimelineCache.create(redifu);
    authoredSingleTrip = BenchPostTimelineCache.create(singleTripRedifu);
    plain = authored.raw();
    plainSingleTrip = authoredSingleTrip.raw();
    raw = RedisClient.create(url);
    meter = new CostMeter(raw);
    commandStats = new CommandStats(raw);
    zsetKey = KeySchema.of(BenchPostTimelineCache.key(USER)).zset();
    metaKey = KeySchema.of(BenchPostTimelineCache.key(USER)).meta();
    denormalisedKey = Bytes.encode("bench:denormalised:" + USER);
    posts = BenchData.posts(POSTS);
    accounts = BenchData.accounts(BenchData.ACCOUNTS);
    deleteEverything(); // leftovers of an interrupted run
    seed();
    positions();
    PageChecks.run(this);
  }

  /** Commits the posts newest first in pages of {@value #INGEST_PAGE}, as a seeder would. */
  private void seed() {
    BenchAccountCache.create(redifu).setAll(accounts);
    List<BenchPost> newestFirst = new ArrayList<>(posts);
    newestFirst.sort((a, b) -> b.getCreatedAt().compareTo(a.getCreatedAt()));
    for (int from = 0; from < POSTS; from += INGEST_PAGE) {
      int to = Math.min(POSTS, from + INGEST_PAGE);
      if (!authored.of(USER).ingest(newestFirst.subList(from, to), from == 0, to == POSTS, null)) {
        throw new IllegalStateException("ingest refused posts " + from + " to " + to);
      }
    }
    for (BenchPost post : posts) {
      raw.zadd(
          denormalisedKey,
          Scores.of(post.getCreatedAt(), "createdAt"),
          Bytes.encode(post.getRandId() + "|" + post.authorRandId));
    }
    raw.pexpire(denormalisedKey, 3_600_000);
    long indexed = raw.zcard(zsetKey);
    if (indexed != POSTS) {
      throw new IllegalStateException("timeline holds " + indexed + " ids, not " + POSTS);
    }
  }

  /**
   * A random post with at least {@value #PER_PAGE} older ones per position. {@code BenchData} gives
   * post {@code i} a createdAt inside minute {@code i}, so post {@code i} has exactly {@code i}
   * older posts and no two posts share a score.
   */
  private void positions() {
    SplittableRandom random = new SplittableRandom(42);
    cursors = new Cursor[POSITIONS];
    cursorPost = new int[POSITIONS];
    cursorPostIndex = new HashMap<>();
    for (int p = 0; p < POSITIONS; p++) {
      int i = PER_PAGE + random.nextInt(POSTS - PER_PAGE);
      BenchPost post = posts.get(i);
      cursorPost[p] = i;
      cursorPostIndex.put(post.getRandId(), i);
      cursors[p] = Cursor.of(Scores.of(post.getCreatedAt(), "createdAt"), post.getRandId());
    }
  }

  @TearDown(Level.Trial)
  public void tearDown(BenchmarkParams params) {
    StringBuilder label = new StringBuilder(params.getBenchmark());
    params.getParamsKeys().forEach(key -> label.append(':').append(params.getParam(key)));
    label.append(' ').append(params.getMode().shortLabel());
    System.out.println();
    System.out.println(meter.report(label + " threads=" + params.getThreads()));
    System.out.println(commandStats.report(label + " threads=" + params.getThreads(), measuredOps));
    close();
  }

  /** Deletes the timelines and documents, then closes the clients. */
  void close() {
    authored.of(USER).purge();
    deleteEverything();
    raw.close();
    singleTripRedifu.close();
    redifu.close();
  }

  private void deleteEverything() {
    KeySchema keys = KeySchema.of(BenchPostTimelineCache.key(USER));
    raw.del(keys.zset(), keys.meta(), denormalisedKey);
    List<String> documentKeys = new ArrayList<>();
    for (BenchPost post : posts) {
      documentKeys.add(BenchPostCache.key(post.getRandId()));
    }
    for (BenchAccount account : accounts) {
      documentKeys.add(BenchAccountCache.key(account.getRandId()));
    }
    for (int from = 0; from < documentKeys.size(); from += INGEST_PAGE) {
      List<String> chunk = new ArrayList<>();
      for (String key :
          documentKeys.subList(from, Math.min(documentKeys.size(), from + INGEST_PAGE))) {
        chunk.add(key);
        chunk.add(KeySchema.missingMarker(key));
      }
      raw.del(chunk.toArray(new String[0]));
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
