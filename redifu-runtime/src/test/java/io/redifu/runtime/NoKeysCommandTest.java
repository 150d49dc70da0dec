package io.redifu.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime never sends {@code KEYS} (it blocks Redis on large keyspaces), neither from Java nor
 * from a Lua script, and scripts never build script text from data: every {@code new Script(...)}
 * takes a constant text block, user data travels in KEYS/ARGV only.
 */
class NoKeysCommandTest {
  private static final Pattern KEYS_COMMAND =
      Pattern.compile("redis\\.call\\(\\s*'KEYS'|Command\\.KEYS\\b|\\.keys\\(\\s*\"");

  /**
   * A script whose source is not a text block or string constant, e.g. {@code new Script(x + y)}.
   */
  private static final Pattern BUILT_SCRIPT =
      Pattern.compile(
          "(new Script|Script\\.onDocument)\\(\\s*(?!\"\"\"|HELPERS|CollectionScripts\\.HELPERS)[a-z]");

  @Test
  void runtimeSourcesNeverSendKeysNorBuildScriptsFromData() throws IOException {
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(Path.of("src", "main", "java"))) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(sources).hasSizeGreaterThan(40);
    int scripts = 0;
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      assertThat(KEYS_COMMAND.matcher(text).find()).as("%s sends KEYS", source).isFalse();
      if (!source.endsWith(Path.of("redis", "Script.java"))) { // its constructors take the text
        assertThat(BUILT_SCRIPT.matcher(text).find()).as("%s builds script text", source).isFalse();
      }
      scripts += text.split("new Script\\(|Script\\.onDocument\\(", -1).length - 1;
    }
    assertThat(scripts).as("scripts checked").isGreaterThan(10);
  }
}
