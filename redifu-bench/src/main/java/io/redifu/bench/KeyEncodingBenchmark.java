package io.redifu.bench;

import io.redifu.runtime.BaseRecord;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The key work of one timeline page: the collection key and the {@value PageFeed#PER_PAGE} document
 * keys, rendered by the generated {@code key(...)} methods, whose parameters go through the
 * runtime's encoder. Beside {@link PageFetchBenchmark}, it tells what share of a page the encoding
 * of client-supplied parameters costs; {@code concatenated} is the same keys without any check, the
 * floor.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class KeyEncodingBenchmark {
  private final String[] ids = new String[PageFeed.PER_PAGE];

  @Setup
  public void setUp() {
    for (int i = 0; i < ids.length; i++) {
      ids[i] = BaseRecord.newRandId();
    }
  }

  @Benchmark
  public void pageKeys(Blackhole sink) {
    sink.consume(BenchPostTimelineCache.key(PageFeed.USER));
    for (String id : ids) {
      sink.consume(BenchPostCache.key(id));
    }
  }

  @Benchmark
  public void concatenated(Blackhole sink) {
    sink.consume("bench:feed:" + PageFeed.USER);
    for (String id : ids) {
      sink.consume("bench:post:" + id);
    }
  }
}
