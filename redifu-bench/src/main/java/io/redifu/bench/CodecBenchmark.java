package io.redifu.bench;

import io.redifu.runtime.internal.codec.JsonCodecs;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CPU only, no Redis: one ~500-byte {@link BenchPost} to and from UTF-8 bytes, generated codec vs
 * Jackson databind (pre-built {@code ObjectReader} / {@code ObjectWriter}). Each call takes the
 * next of {@value #SAMPLES} different posts so the JIT cannot specialise on one document.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CodecBenchmark {
  static final int SAMPLES = 64; // a power of two: the index wraps with a mask

  private final BenchPostCodec codec = BenchPostCodec.create();
  private BenchPost[] posts;
  private byte[][] documents;
  private String[] keys;
  private int next;

  @Setup
  public void setUp() {
    List<BenchPost> list = BenchData.posts(SAMPLES);
    CodecAgreement.check(list);
    posts = list.toArray(new BenchPost[0]);
    documents = new byte[SAMPLES][];
    keys = new String[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      documents[i] = JsonCodecs.encode(codec, posts[i]);
      keys[i] = BenchPostCache.key(posts[i].getRandId());
    }
  }

  private int nextIndex() {
    return next++ & (SAMPLES - 1);
  }

  @Benchmark
  public byte[] encodeGenerated() {
    return JsonCodecs.encode(codec, posts[nextIndex()]);
  }

  @Benchmark
  public byte[] encodeDatabind() throws IOException {
    return Databind.POST_WRITER.writeValueAsBytes(posts[nextIndex()]);
  }

  @Benchmark
  public BenchPost decodeGenerated() {
    int i = nextIndex();
    return JsonCodecs.decode(codec, documents[i], keys[i]);
  }

  @Benchmark
  public BenchPost decodeDatabind() throws IOException {
    return Databind.POST_READER.readValue(documents[nextIndex()]);
  }
}
