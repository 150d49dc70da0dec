package io.redifu.bench;

import io.redifu.runtime.TimelinePage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;

/**
 * One timeline page of {@value PageFeed#PER_PAGE} decoded posts with each post's decoded author,
 * after a cursor at a random position ({@link PageFeed}), in redifu and in the libraries users
 * would pick instead ({@link Peers}):
 *
 * <ul>
 *   <li>{@code redifu}: {@code BenchPostTimelineCache.fetch}, as {@code
 *       AuthoredPageBenchmark.redifuDefault}.
 *   <li>{@code springData}: Spring Data Redis: {@code ZSetOperations.reverseRangeByScore}, {@code
 *       findAllById} of the posts, {@code findAllById} of their distinct authors (one HGETALL per
 *       id).
 *   <li>{@code redisson}: {@code RScoredSortedSet.valueRangeReversed}, {@code RBuckets.get} of the
 *       posts, {@code RBuckets.get} of their distinct authors.
 * </ul>
 */
@Threads(1)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PeerPageBenchmark {
  @Benchmark
  public TimelinePage<BenchPost> redifu(PageFeed feed, Peers peers, PagePosition at) {
    return feed.authored.of(PageFeed.USER).fetch(at.next(feed));
  }

  @Benchmark
  public List<SdrPost> springData(PageFeed feed, Peers peers, PagePosition at) {
    return peers.sdr.page(at.next(feed));
  }

  @Benchmark
  public List<BenchPost> redisson(PageFeed feed, Peers peers, PagePosition at) {
    return peers.redisson.page(at.next(feed));
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public TimelinePage<BenchPost> redifuThreads8(PageFeed feed, Peers peers, PagePosition at) {
    return redifu(feed, peers, at);
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public List<SdrPost> springDataThreads8(PageFeed feed, Peers peers, PagePosition at) {
    return springData(feed, peers, at);
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public List<BenchPost> redissonThreads8(PageFeed feed, Peers peers, PagePosition at) {
    return redisson(feed, peers, at);
  }
}
