package io.redifu.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A library must not change the JVM it runs in: the runtime sets no system property (jOOQ's banner
 * switches included; the application decides those).
 */
class NoGlobalStateTest {
  @Test
  void runtimeSourcesSetNoSystemProperty() throws IOException {
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(Path.of("src", "main", "java"))) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(sources).hasSizeGreaterThan(40);
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      assertThat(text).as("%s sets a system property", source).doesNotContain("System.setProperty");
    }
  }
}
