package io.redifu.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.args.ExpiryOption;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The libraries users would pick instead of redifu, on {@link PageFeed}'s data and Redis: Spring
 * Data Redis repositories ({@link SpringDataPeer}, keys {@code bench:sdr:*}) and Redisson ({@link
 * RedissonPeer}, keys {@code bench:redisson:*}). A trial sets up only the peer its benchmark method
 * names ({@code …SpringData…}, {@code …Redisson…}, otherwise redifu), deletes that peer's leftovers
 * first, gives every key it leaves a 1 h TTL, and refuses to run (so no number is reported) unless
 * {@link PeerChecks} passes. The tear-down deletes the peer's keys.
 */
@State(Scope.Benchmark)
public class Peers {
  static final int BATCH = 20;

  String strategy;
  BenchPostCache redifuPosts;
  SpringDataPeer sdr;
  RedissonPeer redisson;

  /** The id each position's single get reads: its cursor post. */
  String[] ids;

  /** The {@value #BATCH} distinct random ids each position's getAll reads. */
  List<List<String>> batches;

  private RedisClient raw;

  @Setup(Level.Trial)
  public void setUp(PageFeed feed, BenchmarkParams params) {
    String method = params.getBenchmark().toLowerCase(Locale.ROOT);
    strategy =
        method.contains("springdata") ? "sdr" : method.contains("redisson") ? "redisson" : "redifu";
    String url = System.getenv().getOrDefault("REDIFU_REDIS_URL", "redis://127.0.0.1:6379");
    raw = RedisClient.create(url);
    redifuPosts = BenchPostCache.create(feed.redifu).raw();
    positions(feed);
    switch (strategy) {
      case "sdr" -> {
        deletePrefix(raw, SpringDataPeer.PREFIX);
        sdr = new SpringDataPeer(url);
        sdr.seed(feed);
        expireAll(SpringDataPeer.PREFIX);
      }
      case "redisson" -> {
        deletePrefix(raw, RedissonPeer.PREFIX);
        redisson = new RedissonPeer(url);
        redisson.seed(feed);
        expireAll(RedissonPeer.PREFIX);
      }
      default -> {}
    }
    PeerChecks.run(feed, this);
  }

  private void positions(PageFeed feed) {
    ids = new String[PageFeed.POSITIONS];
    batches = new ArrayList<>(PageFeed.POSITIONS);
    SplittableRandom random = new SplittableRandom(7);
    for (int p = 0; p < PageFeed.POSITIONS; p++) {
      ids[p] = feed.posts.get(feed.cursorPost[p]).getRandId();
      LinkedHashSet<String> batch = new LinkedHashSet<>();
      while (batch.size() < BATCH) {
        batch.add(feed.posts.get(random.nextInt(PageFeed.POSTS)).getRandId());
      }
      batches.add(List.copyOf(batch));
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    if (sdr != null) {
      sdr.close();
      deletePrefix(raw, SpringDataPeer.PREFIX);
    }
    if (redisson != null) {
      redisson.close();
      deletePrefix(raw, RedissonPeer.PREFIX);
    }
    raw.close();
  }

  /** SCANs the keys under {@code prefix} (only this benchmark writes there). */
  private static List<String> keys(UnifiedJedis raw, String prefix) {
    List<String> keys = new ArrayList<>();
    ScanParams match = new ScanParams().match(prefix + "*").count(1_000);
    String cursor = ScanParams.SCAN_POINTER_START;
    do {
      ScanResult<String> page = raw.scan(cursor, match);
      keys.addAll(page.getResult());
      cursor = page.getCursor();
    } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    return keys;
  }

  /** Deletes the keys under {@code prefix} (only the benchmarks write there). */
  static void deletePrefix(UnifiedJedis raw, String prefix) {
    List<String> keys = keys(raw, prefix);
    for (int from = 0; from < keys.size(); from += 1_000) {
      raw.del(keys.subList(from, Math.min(keys.size(), from + 1_000)).toArray(new String[0]));
    }
  }

  /**
   * Gives a 1 h TTL to every key under {@code prefix} that has none: SDR's index sets (the id set
   * of a keyspace, {@code @Indexed} value sets and each entity's {@code :idx} set) never expire.
   */
  private void expireAll(String prefix) {
    try (AbstractPipeline pipeline = raw.pipelined()) {
      for (String key : keys(raw, prefix)) {
        pipeline.expire(key, 3_600, ExpiryOption.NX);
      }
      pipeline.sync();
    }
  }
}
