package io.redifu.it.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.redifu.it.readme.ReadmeSnippets.Snippet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README.md is the one source of its example project: every block marked {@code <!-- file: ... -->}
 * equals that file, every file of {@code consumers/readme-maven} is such a block, and the versions
 * the README tells users to depend on are the ones this build makes. The reactor then compiles the
 * project, and {@link ReadmeExampleIT} runs it.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = ReadmeSnippets.repositoryRoot();
  private static final String EXAMPLE_PROJECT = "consumers/readme-maven";

  @Test
  void everyMarkedBlockEqualsItsFile() throws IOException {
    List<String> drifts = new ArrayList<>();
    for (Snippet snippet : snippets()) {
      Path file = ROOT.resolve(snippet.path());
      String where = snippet.path() + " (marked on README.md line " + snippet.line() + ")";
      if (!Files.isRegularFile(file)) {
        drifts.add(where + ": no such file; create it from the block");
        continue;
      }
      String diff = ReadmeSnippets.diff(snippet.text(), Files.readString(file));
      if (!diff.isEmpty()) {
        drifts.add(where + " differs from its block (- README.md, + file):\n" + diff);
      }
    }
    if (!drifts.isEmpty()) {
      fail(
          String.join("\n", drifts)
              + "\nREADME.md is the source: change the block and the file together.");
    }
  }

  @Test
  void everyFileOfTheExampleProjectIsShownInTheReadme() throws IOException {
    List<String> shown =
        snippets().stream()
            .map(Snippet::path)
            .filter(path -> path.startsWith(EXAMPLE_PROJECT + "/"))
            .toList();
    List<String> files;
    Path project = ROOT.resolve(EXAMPLE_PROJECT);
    try (Stream<Path> walk = Files.walk(project)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(path -> !project.relativize(path).startsWith("target"))
              .map(path -> ROOT.relativize(path).toString().replace('\\', '/'))
              .toList();
    }
    assertThat(files)
        .as("files of %s, each of which README.md must show in a marked block", EXAMPLE_PROJECT)
        .contains(EXAMPLE_PROJECT + "/pom.xml")
        .containsExactlyInAnyOrderElementsOf(shown);
  }

  @Test
  void theReadmeNamesTheVersionsThisBuildMakes() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<String> redifu =
        versions(
            readme,
            "<redifu\\.version>([^<]+)</redifu\\.version>",
            "'io\\.redifu:redifu-[a-z-]+:([^']+)'",
            "<groupId>io\\.redifu</groupId>\\s*<artifactId>[^<]+</artifactId>\\s*"
                + "<version>([^<$]+)</version>");
    assertThat(redifu)
        .as("redifu versions in README.md")
        .hasSizeGreaterThanOrEqualTo(3)
        .containsOnly(requiredProperty("redifu.version"));
    List<String> jooq =
        versions(
            readme,
            "'org\\.jooq:jooq:([^']+)'",
            "<groupId>org\\.jooq</groupId>\\s*<artifactId>jooq</artifactId>\\s*"
                + "<version>([^<]+)</version>");
    assertThat(jooq)
        .as("jOOQ versions in README.md: the one redifu-runtime is built against")
        .isNotEmpty()
        .containsOnly(requiredProperty("jooq.version"));
  }

  @Test
  void aDriftIsReportedAsTheLinesThatDiffer() {
    String markdown =
        "Some text.\n\n<!-- file: demo/B.java -->\n```java\nclass B {\n  int x;\n}\n```\nMore.\n";
    List<Snippet> snippets = ReadmeSnippets.parse(markdown);
    assertThat(snippets).containsExactly(new Snippet("demo/B.java", 3, "class B {\n  int x;\n}\n"));

    String text = snippets.get(0).text();
    assertThat(ReadmeSnippets.diff(text, text)).isEmpty();
    assertThat(ReadmeSnippets.diff(text, "class B {\n  long x;\n}\n"))
        .isEqualTo("@@ line 2 @@\n-  int x;\n+  long x;\n");
    assertThat(ReadmeSnippets.diff(text, "class B {\n  int x;\n}"))
        .contains("differ only in line endings or the final newline");
  }

  @Test
  void aMarkerWithoutItsBlockIsRefused() {
    assertThatThrownBy(() -> ReadmeSnippets.parse("a\n<!-- file: x/Y.java -->\n\n```java\n```\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("just before a ``` fence");
    assertThatThrownBy(() -> ReadmeSnippets.parse("<!-- file: x/Y.java -->\n```java\nclass Y {}\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never closed");
  }

  private static List<Snippet> snippets() throws IOException {
    return ReadmeSnippets.read(ROOT.resolve("README.md"));
  }

  private static List<String> versions(String text, String... patterns) {
    List<String> found = new ArrayList<>();
    for (String pattern : patterns) {
      Matcher matcher = Pattern.compile(pattern).matcher(text);
      while (matcher.find()) {
        found.add(matcher.group(1));
      }
    }
    return found;
  }

  private static String requiredProperty(String name) {
    String value = System.getProperty(name);
    assertThat(value)
        .as("system property %s, set by redifu-it's pom: run through Maven", name)
        .isNotBlank();
    return value;
  }
}
