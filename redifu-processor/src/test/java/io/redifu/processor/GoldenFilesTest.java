package io.redifu.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares generated sources with the goldens under {@code src/test/resources/expected/}.
 *
 * <p>To refresh the goldens after an intended change to generated code, run
 *
 * <pre>
 * GOLDEN_FILE_ROOT=$PWD/redifu-processor/src/test/resources/expected \
 *     mvn -pl redifu-processor test -Dtest=GoldenFilesTest
 * </pre>
 *
 * and review the diff. While {@code GOLDEN_FILE_ROOT} is set the comparisons write instead of
 * checking, and pass.
 */
class GoldenFilesTest {
  /** Sources under {@code good/}, by qualified name. */
  private static final List<String> INPUTS =
      List.of(
          "com.example.Account",
          "com.example.Comment",
          "com.example.Post",
          "com.example.Product",
          "com.example.Review",
          "com.example.Shipment",
          "com.example.Transaction",
          "com.example.org.Organization");

  private static final List<String> GENERATED =
      List.of(
          "com.example.AccountCache",
          "com.example.AccountCodec",
          "com.example.AccountRelations",
          "com.example.AccountRowScanner",
          "com.example.CommentCache",
          "com.example.CommentCodec",
          "com.example.CommentRepliesCache",
          "com.example.CommentRowScanner",
          "com.example.CommentSortedCache",
          "com.example.PostAuthorFeedCache",
          "com.example.PostCache",
          "com.example.PostCodec",
          "com.example.PostRowScanner",
          "com.example.PostTimelineCache",
          "com.example.ProductCache",
          "com.example.ProductCodec",
          "com.example.ProductPageCache",
          "com.example.ProductRowScanner",
          "com.example.ReviewCache",
          "com.example.ReviewCodec",
          "com.example.ReviewRelations",
          "com.example.ReviewRowScanner",
          "com.example.ShipmentArrivalsCache",
          "com.example.ShipmentCache",
          "com.example.ShipmentCodec",
          "com.example.ShipmentRowScanner",
          "com.example.ShipmentTimelineCache",
          "com.example.TransactionCache",
          "com.example.TransactionCodec",
          "com.example.TransactionLedgerCache",
          "com.example.TransactionRowScanner",
          "com.example.TransactionTimeSeriesCache",
          "com.example.org.OrganizationCache",
          "com.example.org.OrganizationCodec",
          "com.example.org.OrganizationRowScanner");

  /** Also compared character for character, to freeze the formatting. */
  private static final Set<String> EXACT_TEXT =
      Set.of(
          "com.example.PostCache",
          "com.example.PostCodec",
          "com.example.PostRowScanner",
          "com.example.PostTimelineCache",
          "com.example.ReviewRelations",
          "com.example.TransactionTimeSeriesCache");

  /** Blank when unset: the surefire configuration always passes the variable through. */
  private static final String GOLDEN_FILE_ROOT =
      System.getenv().getOrDefault("GOLDEN_FILE_ROOT", "");

  /**
   * {@code hasSourceEquivalentTo} parses the golden with javac's internal parser, which the JVM
   * must export to the tests ({@code --add-exports jdk.compiler/com.sun.tools.javac.*=ALL-UNNAMED}
   * in the surefire {@code argLine}). Without it every golden is compared as exact text instead,
   * which is stricter, so nothing goes unchecked.
   */
  private static final boolean JAVAC_PARSER_EXPORTED = javacParserExported();

  private static final Pattern IMPORT =
      Pattern.compile("(?m)^import (?:static )?[\\w.]*\\.(\\w+);$");

  /** The good inputs compiled with default options, shared by the tests that only read it. */
  private static Compilation compilation;

  @BeforeAll
  static void compileGoodInputs() {
    compilation = compile();
  }

  static List<String> generated() {
    return GENERATED;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generated")
  void generatedSourceMatchesGolden(String qualifiedName) throws IOException {
    String path = qualifiedName.replace('.', '/') + ".java";

    if (!GOLDEN_FILE_ROOT.isBlank()) {
      Path golden = Path.of(GOLDEN_FILE_ROOT).resolve(path);
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, generatedText(path), UTF_8);
      return;
    }

    if (JAVAC_PARSER_EXPORTED) {
      assertThat(compilation)
          .generatedSourceFile(qualifiedName)
          .hasSourceEquivalentTo(JavaFileObjects.forResource("expected/" + path));
    }
    if (EXACT_TEXT.contains(qualifiedName) || !JAVAC_PARSER_EXPORTED) {
      assertThat(compilation)
          .generatedSourceFile(qualifiedName)
          .contentsAsUtf8String()
          .isEqualTo(resource("expected/" + path));
    }
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void generatesOneCacheAndCodecPerEntityOneCachePerCollectionAndRelationsWhereDeclared() {
    Set<String> names =
        compilation.generatedSourceFiles().stream()
            .map(
                file ->
                    file.getName()
                        .replaceAll("^.*?/(com/example/)", "$1")
                        .replace(".java", "")
                        .replace('/', '.'))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(names).containsExactlyElementsOf(new TreeSet<>(GENERATED));
  }

  /**
   * Generated code must compile cleanly under every javac lint. {@code -processing} is off because
   * javac then warns that no processor claimed {@code @Entity}, {@code @Generated} and friends:
   * auto-common's {@code BasicAnnotationProcessor} never claims annotations, by design.
   */
  @Test
  void generatedSourcesPassJavacLint() {
    assertThat(compile("-Xlint:all,-processing", "-Werror")).succeededWithoutWarnings();
  }

  @Test
  void generatedSourcesImportOnlyWhatTheyUse() {
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String text = contents(file);
      String body = text.replaceAll("(?m)^import .*$", "");
      Matcher imports = IMPORT.matcher(text);
      while (imports.find()) {
        assertThat(body)
            .as("%s imports %s", file.getName(), imports.group(1))
            .containsPattern("\\b" + imports.group(1) + "\\b");
      }
    }
  }

  @Test
  void generatedSourcesUseNoReflection() {
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      assertThat(contents(file)).as(file.getName()).doesNotContain("java.lang.reflect");
    }
  }

  private static boolean javacParserExported() {
    Module javac = ModuleLayer.boot().findModule("jdk.compiler").orElseThrow();
    Module tests = GoldenFilesTest.class.getModule();
    return Stream.of("api", "file", "parser", "tree", "util")
        .allMatch(pkg -> javac.isExported("com.sun.tools.javac." + pkg, tests));
  }

  private static Compilation compile(String... options) {
    JavaFileObject[] sources =
        INPUTS.stream()
            .map(name -> JavaFileObjects.forResource("good/" + name.replace('.', '/') + ".java"))
            .toArray(JavaFileObject[]::new);
    return javac()
        .withProcessors(new RedifuProcessor())
        .withOptions((Object[]) options)
        .compile(sources);
  }

  private static String generatedText(String path) {
    return compilation.generatedSourceFiles().stream()
        .filter(file -> file.getName().endsWith("/" + path))
        .map(GoldenFilesTest::contents)
        .findFirst()
        .orElseThrow(() -> new AssertionError(path + " was not generated"));
  }

  private static String contents(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = GoldenFilesTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return new String(in.readAllBytes(), UTF_8);
    }
  }
}
