package io.redifu.bench;

import io.redifu.runtime.TimelinePage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;

/**
 * The page of {@link AuthoredPageBenchmark#redifuDefault} (20 posts with their authors, after a
 * random cursor) on the standalone Redis and on a 3-master Redis Cluster ({@link ClusterFeed}),
 * same data, same cursors. On the cluster the ids come from one script on the timeline's node
 * (MULTI cannot be routed), and the documents from one pipeline of per-slot MGETs to every node.
 */
@Threads(1)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClusterPageBenchmark {
  @Benchmark
  public TimelinePage<BenchPost> standalone(PageFeed feed, PagePosition at) {
    return feed.authored.of(PageFeed.USER).fetch(at.next(feed));
  }

  @Benchmark
  public TimelinePage<BenchPost> cluster(PageFeed feed, ClusterFeed cluster, PagePosition at) {
    cluster.ops.increment();
    return cluster.authored.of(PageFeed.USER).fetch(at.next(feed));
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public TimelinePage<BenchPost> standaloneThreads8(PageFeed feed, PagePosition at) {
    return standalone(feed, at);
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public TimelinePage<BenchPost> clusterThreads8(
      PageFeed feed, ClusterFeed cluster, PagePosition at) {
    return cluster(feed, cluster, at);
  }
}
