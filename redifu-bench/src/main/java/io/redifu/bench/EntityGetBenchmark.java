package io.redifu.bench;

import io.redifu.runtime.Redifu;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.runner.IterationType;
import redis.clients.jedis.RedisClient;

/**
 * One entity read from a real Redis (env {@code REDIFU_REDIS_URL}, default {@code
 * redis://127.0.0.1:6379}), 1 round trip each: {@code BenchPostCache.get} vs the hand-written
 * equivalent, a raw Jedis {@code GET} plus Jackson databind decode. {@code rawGetOnly} (no decode)
 * is the network floor. The set-up writes {@value #POSTS} posts under {@code bench:post:*}; every
 * call reads the next one, and the tear-down deletes them all.
 */
@State(Scope.Thread)
@Threads(1)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EntityGetBenchmark {
  static final int POSTS = 1000;

  private Redifu redifu;
  private BenchPostCache cache;
  private RedisClient raw;
  private CostMeter meter;
  private String[] ids;
  private int next;
  private long ops;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    String url = System.getenv().getOrDefault("REDIFU_REDIS_URL", "redis://127.0.0.1:6379");
    redifu = Redifu.builder().redis(url).build();
    cache = BenchPostCache.create(redifu).raw(); // the document alone, like the raw GET
    raw = RedisClient.create(url);
    meter = new CostMeter(raw);
    List<BenchPost> posts = BenchData.posts(POSTS);
    CodecAgreement.check(posts);
    cache.setAll(posts);
    ids = posts.stream().map(BenchPost::getRandId).toArray(String[]::new);
    for (String id : ids) { // both paths must see every post before anything is timed
      if (cache.get(id).isEmpty() || rawGetDecoded(id) == null) {
        throw new IllegalStateException("post " + id + " was not stored");
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown(BenchmarkParams params) {
    System.out.println();
    System.out.println(meter.report(params.getBenchmark() + " " + params.getMode().shortLabel()));
    List<String> keys = new ArrayList<>(ids.length);
    for (String id : ids) {
      keys.add(BenchPostCache.key(id));
    }
    raw.del(keys.toArray(new String[0]));
    raw.close();
    redifu.close();
  }

  @Setup(Level.Iteration)
  public void startIteration(IterationParams params) {
    ops = 0;
    if (params.getType() == IterationType.MEASUREMENT) {
      meter.start();
    }
  }

  @TearDown(Level.Iteration)
  public void endIteration(IterationParams params) {
    if (params.getType() == IterationType.MEASUREMENT) {
      meter.stop(ops);
    }
  }

  private String nextId() {
    ops++;
    String id = ids[next];
    next = next + 1 == ids.length ? 0 : next + 1;
    return id;
  }

  @Benchmark
  public BenchPost cacheGet() {
    return cache.get(nextId()).orElseThrow();
  }

  @Benchmark
  public BenchPost rawGetDatabind() throws IOException {
    return rawGetDecoded(nextId());
  }

  @Benchmark
  public byte[] rawGetOnly() {
    return raw.get(BenchPostCache.key(nextId()).getBytes(StandardCharsets.UTF_8));
  }

  /** What a user writes by hand: build the key, GET the bytes, decode them with databind. */
  private BenchPost rawGetDecoded(String id) throws IOException {
    byte[] document = raw.get(BenchPostCache.key(id).getBytes(StandardCharsets.UTF_8));
    return document == null ? null : Databind.POST_READER.readValue(document);
  }
}
