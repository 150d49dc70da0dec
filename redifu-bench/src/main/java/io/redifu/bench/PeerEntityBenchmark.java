package io.redifu.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;

/**
 * Entity reads on {@link PageFeed}'s 10,000 posts, in redifu and its peers ({@link Peers}): one
 * post by id ({@code get…}: a random cursor post) and {@value Peers#BATCH} random posts by id
 * ({@code getAll…}). Redifu reads with {@code BenchPostCache.raw()} (the document alone), Spring
 * Data Redis with {@code findById} / {@code findAllById}, Redisson with {@code RBucket.get} /
 * {@code RBuckets.get} and the generated codec. Methods ending in {@code Threads8} run on 8 threads
 * (throughput).
 */
@Threads(1)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PeerEntityBenchmark {
  @Benchmark
  public BenchPost getRedifu(PageFeed feed, Peers peers, PagePosition at) {
    return peers.redifuPosts.get(peers.ids[at.nextIndex(feed)]).orElseThrow();
  }

  @Benchmark
  public SdrPost getSpringData(PageFeed feed, Peers peers, PagePosition at) {
    return peers.sdr.get(peers.ids[at.nextIndex(feed)]);
  }

  @Benchmark
  public BenchPost getRedisson(PageFeed feed, Peers peers, PagePosition at) {
    return peers.redisson.get(peers.ids[at.nextIndex(feed)]);
  }

  @Benchmark
  public Map<String, BenchPost> getAllRedifu(PageFeed feed, Peers peers, PagePosition at) {
    return peers.redifuPosts.getAll(peers.batches.get(at.nextIndex(feed)));
  }

  @Benchmark
  public List<SdrPost> getAllSpringData(PageFeed feed, Peers peers, PagePosition at) {
    return peers.sdr.getAll(peers.batches.get(at.nextIndex(feed)));
  }

  @Benchmark
  public List<BenchPost> getAllRedisson(PageFeed feed, Peers peers, PagePosition at) {
    return peers.redisson.getAll(peers.batches.get(at.nextIndex(feed)));
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public BenchPost getRedifuThreads8(PageFeed feed, Peers peers, PagePosition at) {
    return getRedifu(feed, peers, at);
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public SdrPost getSpringDataThreads8(PageFeed feed, Peers peers, PagePosition at) {
    return getSpringData(feed, peers, at);
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public BenchPost getRedissonThreads8(PageFeed feed, Peers peers, PagePosition at) {
    return getRedisson(feed, peers, at);
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public Map<String, BenchPost> getAllRedifuThreads8(PageFeed feed, Peers peers, PagePosition at) {
    return getAllRedifu(feed, peers, at);
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public List<SdrPost> getAllSpringDataThreads8(PageFeed feed, Peers peers, PagePosition at) {
    return getAllSpringData(feed, peers, at);
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public List<BenchPost> getAllRedissonThreads8(PageFeed feed, Peers peers, PagePosition at) {
    return getAllRedisson(feed, peers, at);
  }
}
