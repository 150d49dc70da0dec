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
 * One timeline page of {@value PageFeed#PER_PAGE} decoded posts, each with its decoded author
 * ({@code @RandIdRef}), read after a cursor at a random position ({@link PageFeed}):
 *
 * <ul>
 *   <li>{@code redifuDefault}: {@code BenchPostTimelineCache.fetch(user, cursor)}: ids and state,
 *       the posts, then the page's distinct authors in one MGET. 3 round trips.
 *   <li>{@code redifuSingleTrip}: {@code singleRoundTripReads(true)}: one script reads ids, posts
 *       and authors.
 *   <li>{@code handWritten}: ZREVRANGEBYSCORE, MGET of the posts, MGET of the distinct authors. 3
 *       round trips.
 *   <li>{@code handWrittenDenormalised}: the best hand-written code measured on this machine: a
 *       timeline whose members carry the author id ({@code postId|authorRandId}), then one pipeline
 *       of the two MGETs. 2 round trips.
 *   <li>{@code oracle}: the floor: the page's post and author ids known in advance, one MGET of all
 *       their keys. 1 round trip.
 *   <li>{@code naive}: the Go version's pattern: ZREVRANGEBYSCORE, then one GET per post and one
 *       per author. 41 round trips.
 * </ul>
 */
@Threads(1)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AuthoredPageBenchmark {
  static final String USER = PageFeed.USER;

  @Benchmark
  public TimelinePage<BenchPost> redifuDefault(PageFeed feed, PagePosition at) {
    return feed.authored.of(USER).fetch(at.next(feed));
  }

  @Benchmark
  public TimelinePage<BenchPost> redifuSingleTrip(PageFeed feed, PagePosition at) {
    return feed.authoredSingleTrip.of(USER).fetch(at.next(feed));
  }

  @Benchmark
  public List<BenchPost> handWritten(PageFeed feed, PagePosition at) {
    return HandWritten.authoredPage(feed, at.next(feed));
  }

  @Benchmark
  public List<BenchPost> handWrittenDenormalised(PageFeed feed, PagePosition at) {
    return HandWritten.authoredDenormalisedPage(feed, at.next(feed));
  }

  @Benchmark
  public List<BenchPost> oracle(PageFeed feed, PagePosition at) {
    return HandWritten.oraclePage(feed, at.next(feed));
  }

  @Benchmark
  public List<BenchPost> naive(PageFeed feed, PagePosition at) {
    return HandWritten.authoredNaivePage(feed, at.next(feed));
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
  public List<BenchPost> handWrittenDenormalisedThreads8(PageFeed feed, PagePosition at) {
    return handWrittenDenormalised(feed, at);
  }

  @Benchmark
  @Threads(8)
  @BenchmarkMode(Mode.Throughput)
  public List<BenchPost> naiveThreads8(PageFeed feed, PagePosition at) {
    return naive(feed, at);
  }
}
