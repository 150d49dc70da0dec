package io.redifu.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;

/**
 * {@link AuthoredPageBenchmark}'s page (20 posts, each with its author) at the same positions, read
 * with and without a near cache and by the oracle: the strategies of {@link NearCachePages}, one
 * per value of its {@code strategy} parameter, in one run. {@code page} runs on 1 thread
 * (throughput and latency), {@code pageThreads8} on 8 (throughput).
 */
@Threads(1)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NearCachePageBenchmark {
  @Benchmark
  public Object page(PageFeed feed, NearCachePages pages, PagePosition at) {
    return pages.fetch.apply(at.next(feed));
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public Object pageThreads8(PageFeed feed, NearCachePages pages, PagePosition at) {
    return page(feed, pages, at);
  }
}
