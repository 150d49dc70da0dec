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
 * One timeline page of {@value PageFeed#PER_PAGE} decoded posts without relations, read after a
 * cursor at a random position ({@link PageFeed}):
 *
 * <ul>
 *   <li>{@code redifuDefault}: {@code BenchPostTimelineCache.raw().of(user).fetch(cursor)}: ids and
 *       state in one MULTI/EXEC, then one MGET of the documents. 2 round trips.
 *   <li>{@code redifuSingleTrip}: the same on a {@code Redifu} built with {@code
 *       singleRoundTripReads(true)}: one script also reads the documents. 1 round trip.
 *   <li>{@code handWritten}: {@code ZREVRANGEBYSCORE zset (score -inf LIMIT 0 20}, then one MGET. 2
 *       round trips: the floor for the default path.
 *   <li>{@code handWrittenSameCommands}: what {@code redifuDefault} sends, issued by hand on Jedis
 *       (the state and the ids with scores in one MULTI/EXEC, then one MGET): the library's own
 *       overhead. 2 round trips.
 *   <li>{@code naive}: the Go version's pattern, the same ZREVRANGEBYSCORE, then one GET per id. 21
 *       round trips.
 * </ul>
 *
 * <p>Methods without a suffix run on 1 thread (throughput and sample time); those ending in {@code
 * Threads8} on 8 threads (throughput).
 */
@Threads(1)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PageFetchBenchmark {
  static final String USER = PageFeed.USER;

  @Benchmark
  public TimelinePage<BenchPost> redifuDefault(PageFeed feed, PagePosition at) {
    return feed.plain.of(USER).fetch(at.next(feed));
  }

  @Benchmark
  public TimelinePage<BenchPost> redifuSingleTrip(PageFeed feed, PagePosition at) {
    return feed.plainSingleTrip.of(USER).fetch(at.next(feed));
  }

  @Benchmark
  public List<BenchPost> handWritten(PageFeed feed, PagePosition at) {
    return HandWritten.page(feed, at.next(feed));
  }

  @Benchmark
  public List<BenchPost> handWrittenSameCommands(PageFeed feed, PagePosition at) {
    return HandWritten.sameCommandsPage(feed, at.next(feed));
  }

  @Benchmark
  public List<BenchPost> naive(PageFeed feed, PagePosition at) {
    return HandWritten.naivePage(feed, at.next(feed));
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public TimelinePage<BenchPost> redifuDefaultThreads8(PageFeed feed, PagePosition at) {
    return redifuDefault(feed, at);
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public TimelinePage<BenchPost> redifuSingleTripThreads8(PageFeed feed, PagePosition at) {
    return redifuSingleTrip(feed, at);
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public List<BenchPost> handWrittenThreads8(PageFeed feed, PagePosition at) {
    return handWritten(feed, at);
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public List<BenchPost> handWrittenSameCommandsThreads8(PageFeed feed, PagePosition at) {
    return handWrittenSameCommands(feed, at);
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public List<BenchPost> naiveThreads8(PageFeed feed, PagePosition at) {
    return naive(feed, at);
  }
}
