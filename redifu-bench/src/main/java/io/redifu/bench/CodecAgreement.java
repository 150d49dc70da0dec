package io.redifu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.redifu.runtime.internal.codec.JsonCodecs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * Checks that the generated codec and the databind mapper agree: same JSON for the same post, and
 * each decodes the other's output to a post that re-encodes to the same bytes. Benchmarks run it in
 * their set-up, so a run never compares two different shapes. Run alone with {@code java -cp
 * benchmarks.jar io.redifu.bench.CodecAgreement}.
 */
public final class CodecAgreement {
  private static final BenchPostCodec CODEC = BenchPostCodec.create();

  private CodecAgreement() {}

  /** Throws {@link IllegalStateException} on the first post where the two encodings differ. */
  public static void check(List<BenchPost> posts) {
    try {
      for (BenchPost post : posts) {
        checkOne(post);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void checkOne(BenchPost post) throws IOException {
    String key = BenchPostCache.key(post.getRandId());
    byte[] generated = JsonCodecs.encode(CODEC, post);
    byte[] databind = Databind.POST_WRITER.writeValueAsBytes(post);
    JsonNode generatedTree = Databind.MAPPER.readTree(generated);
    require(generatedTree.equals(Databind.MAPPER.readTree(databind)), key, "JSON trees differ");
    require(generatedTree.size() == 10, key, "expected 10 fields, got " + generatedTree.size());
    BenchPost viaDatabind = Databind.POST_READER.readValue(generated);
    require(Arrays.equals(JsonCodecs.encode(CODEC, viaDatabind), generated), key, "databind read");
    BenchPost viaGenerated = JsonCodecs.decode(CODEC, databind, key);
    require(
        Arrays.equals(Databind.POST_WRITER.writeValueAsBytes(viaGenerated), databind),
        key,
        "generated read");
  }

  private static void require(boolean condition, String key, String what) {
    if (!condition) {
      throw new IllegalStateException("codec and databind disagree on " + key + ": " + what);
    }
  }

  /** Prints the document sizes and whether both encodings are byte-identical. */
  public static void main(String[] args) throws IOException {
    List<BenchPost> posts = BenchData.posts(1000);
    check(posts);
    long total = 0;
    int identical = 0;
    for (BenchPost post : posts) {
      byte[] generated = JsonCodecs.encode(CODEC, post);
      total += generated.length;
      identical += Arrays.equals(generated, Databind.POST_WRITER.writeValueAsBytes(post)) ? 1 : 0;
    }
    System.out.printf(
        "%d posts agree; average document %d bytes; byte-identical encodings: %d%n",
        posts.size(), total / posts.size(), identical);
    System.out.println(new String(JsonCodecs.encode(CODEC, posts.get(0)), "UTF-8"));
  }
}
