package io.redifu.it.readme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code blocks of README.md that stand for files of the repository. A block is marked by an HTML
 * comment on the line before its opening fence, {@code <!-- file: consumers/readme-maven/pom.xml
 * -->}, which renders as nothing; the file must equal the block, byte for byte, so the README stays
 * the one source of the example project and the build proves that what it shows compiles and runs.
 */
final class ReadmeSnippets {
  private static final Pattern MARKER = Pattern.compile("<!-- file: (\\S+) -->");
  private static final String FENCE = "```";

  /** One marked block: the file it stands for, the README line of its marker, its text. */
  record Snippet(String path, int line, String text) {}

  private ReadmeSnippets() {}

  /** The repository's root: the nearest directory, from here upwards, that holds README.md. */
  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("README.md"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no README.md above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  static List<Snippet> read(Path readme) throws IOException {
    return parse(Files.readString(readme, StandardCharsets.UTF_8));
  }

  /**
   * The marked blocks of a Markdown text, in order; a marker not followed by a block is an error.
   */
  static List<Snippet> parse(String markdown) {
    List<String> lines = markdown.lines().toList();
    List<Snippet> snippets = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher marker = MARKER.matcher(lines.get(i).strip());
      if (!marker.matches()) {
        continue;
      }
      int markerLine = i + 1;
      if (i + 1 >= lines.size() || !lines.get(i + 1).startsWith(FENCE)) {
        throw new IllegalArgumentException(
            "README.md line "
                + markerLine
                + ": the marker "
                + lines.get(i).strip()
                + " must stand on the line just before a ``` fence");
      }
      StringBuilder text = new StringBuilder();
      int j = i + 2;
      while (j < lines.size() && !lines.get(j).equals(FENCE)) {
        text.append(lines.get(j)).append('\n');
        j++;
      }
      if (j == lines.size()) {
        throw new IllegalArgumentException(
            "README.md line " + markerLine + ": the block after the marker is never closed");
      }
      snippets.add(new Snippet(marker.group(1), markerLine, text.toString()));
      i = j;
    }
    return snippets;
  }

  /**
   * A diff of two texts, empty when they are equal: the lines between their common beginning and
   * common end, {@code -} as the README shows them, {@code +} as the file has them, each with its
   * line number in the file.
   */
  static String diff(String readme, String file) {
    if (readme.equals(file)) {
      return "";
    }
    List<String> expected = readme.lines().toList();
    List<String> actual = file.lines().toList();
    int start = 0;
    while (start < expected.size()
        && start < actual.size()
        && expected.get(start).equals(actual.get(start))) {
      start++;
    }
    int endExpected = expected.size();
    int endActual = actual.size();
    while (endExpected > start
        && endActual > start
        && expected.get(endExpected - 1).equals(actual.get(endActual - 1))) {
      endExpected--;
      endActual--;
    }
    StringBuilder out = new StringBuilder();
    out.append("@@ line ").append(start + 1).append(" @@\n");
    for (String line : expected.subList(start, endExpected)) {
      out.append("-").append(line).append('\n');
    }
    for (String line : actual.subList(start, endActual)) {
      out.append("+").append(line).append('\n');
    }
    if (start == endExpected && start == endActual) {
      // same lines, different line endings or final newline
      out.append("(the texts differ only in line endings or the final newline)\n");
    }
    return out.toString();
  }
}
