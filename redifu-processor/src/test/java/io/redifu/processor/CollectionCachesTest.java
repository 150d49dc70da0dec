package io.redifu.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * User code against generated collection caches: the documented call shapes compile, mixing up a
 * randId and a key parameter does not, and key placeholders named like other parameters, fields or
 * keywords do not break the generated code. The goldens fix what is generated; these fix how it is
 * called.
 */
class CollectionCachesTest {
  @Test
  void specCallShapesCompileWithoutWarnings() {
    Compilation compilation =
        compile(
            "good/com/example/Comment.java",
            "good/com/example/Post.java",
            "good/com/example/Product.java",
            "good/com/example/Shipment.java",
            "good/com/example/Transaction.java",
            "usage/com/example/CollectionUsage.java");

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void placeholdersNamedLikeParametersAreRenamedAroundThem() throws IOException {
    Compilation compilation =
        compile(
            "usage/test/Clashes.java",
            "usage/test/Seeder.java",
            "usage/test/Instance.java",
            "usage/test/Loader.java",
            "usage/test/ClashesUsage.java");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "test.ClashesTimelineCache"))
        .contains("public Instance of(String value, String randId, String cursor,")
        .contains("public void add(Clashes value) {")
        .contains("store.remove(randId, key);")
        .contains("Keys.param(\"store\", store_)")
        .contains("this.store_ = store_;");
    assertThat(generated(compilation, "test.ClashesSortedCache"))
        .contains("Keys.param(\"class\", class_)")
        .contains("fetchRange(Order order, Instant from, Instant to)")
        .contains("SeedQuery query(String order, String lower, String upper, String expectedGen,")
        .contains("return seeder.get().query(order, lower, upper, expectedGen, class_);");
    assertThat(generated(compilation, "test.LoaderCache"))
        .contains("public test.Loader getOrLoad(String randId)")
        .contains("public LoaderCache loadedBy(Loader loader)");
    assertThat(generated(compilation, "test.ClashesPageCache"))
        .contains("public int seed(int page)")
        .contains("return seeder.get().query(page, redifu, SPEC);");
    assertThat(generated(compilation, "test.ClashesTimeSeriesCache"))
        .contains("fetch(Instant from, Instant to)")
        .contains("TimeRange range = TimeBounds.range(from, to);")
        .contains("store.fetchOrSeed(key, this::seedQuery, range.from(), range.to());")
        .contains("this.key = key(from, to, range, seeder_, key_, seedQuery);")
        .contains("return seeder.get().query(from, to, range, seeder_, key_, seedQuery);");
    assertThat(generated(compilation, "test.InstanceTimelineCache"))
        .contains("public List<test.Instance> fetchAll()");
  }

  /**
   * A randId and a key parameter are both strings; the generated API never takes them in one
   * argument list, so neither the old call shapes nor a mix-up of the two compile.
   */
  @Test
  void aRandIdAndAKeyParameterNeverShareAnArgumentList() {
    JavaFileObject swapped =
        JavaFileObjects.forSourceLines(
            "com.example.Swapped",
            "package com.example;",
            "import io.redifu.runtime.Redifu;",
            "final class Swapped {",
            "  static void calls(Redifu redifu, Post post, String userRandId) {",
            "    PostTimelineCache feed = PostTimelineCache.create(redifu);",
            "    feed.remove(userRandId, post.getRandId());",
            "    feed.of(userRandId).remove(post.getRandId(), userRandId);",
            "    feed.of(userRandId).add(post, userRandId);",
            "    feed.of(userRandId).fetchOrSeed(userRandId, java.util.List.of());",
            "  }",
            "}");
    Compilation compilation =
        javac()
            .withProcessors(new RedifuProcessor())
            .compile(
                JavaFileObjects.forResource("good/com/example/Post.java"),
                JavaFileObjects.forResource("good/com/example/Comment.java"),
                swapped);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(swapped).onLine(6);
    assertThat(compilation)
        .hadErrorContaining("method remove in class com.example.PostTimelineCache.Instance")
        .inFile(swapped)
        .onLine(7);
    assertThat(compilation)
        .hadErrorContaining("method add in class com.example.PostTimelineCache.Instance")
        .inFile(swapped)
        .onLine(8);
    assertThat(compilation).hadErrorContaining("fetchOrSeed").inFile(swapped).onLine(9);
  }

  private static String generated(Compilation compilation, String qualifiedName)
      throws IOException {
    return compilation
        .generatedSourceFile(qualifiedName)
        .orElseThrow()
        .getCharContent(true)
        .toString();
  }

  private static Compilation compile(String... resources) {
    JavaFileObject[] sources =
        Stream.of(resources).map(JavaFileObjects::forResource).toArray(JavaFileObject[]::new);
    return javac()
        .withProcessors(new RedifuProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(sources);
  }
}
