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
 * User code against generated collection caches: the call shapes of SPEC §3.2 compile, and key
 * placeholders named like other parameters, fields or keywords do not break the generated code. The
 * goldens fix what is generated; these fix how it is called.
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
            "usage/test/Loader.java",
            "usage/test/ClashesUsage.java");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "test.ClashesTimelineCache"))
        .contains("public void add(Clashes value_, String value, String randId, String cursor,")
        .contains("store.remove(randId_, key(value, randId, cursor, lastRandIds, itemsReturned,")
        .contains("Keys.param(\"store\", store_)");
    assertThat(generated(compilation, "test.ClashesSortedCache"))
        .contains("Keys.param(\"class\", class_)")
        .contains("Order order_, Instant from, Instant to)")
        .contains("SeedQuery query(String order, String lower, String upper, String expectedGen,")
        .contains("List.of(order, lower, upper, expectedGen, class_), order_, range.from(),");
    assertThat(generated(compilation, "test.LoaderCache"))
        .contains("public test.Loader getOrLoad(String randId)")
        .contains("public LoaderCache loadedBy(Loader loader)");
    assertThat(generated(compilation, "test.ClashesPageCache"))
        .contains("public int seed(String page, String redifu, String SPEC, int page_)")
        .contains("seeder.query(params.get(0), params.get(1), params.get(2))");
    assertThat(generated(compilation, "test.ClashesTimeSeriesCache"))
        .contains("fetch(String from, String to, String range, Instant from_,")
        .contains("TimeRange range_ = TimeBounds.range(from_, to_);")
        .contains("List.of(from, to, range), range_.from(), range_.to());");
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
