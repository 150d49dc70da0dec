package io.redifu.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The runtime must work without reflection: no compiled class may refer to it. */
class NoReflectionTest {
  /** Constant-pool strings that only appear when a class uses reflection. */
  static final List<String> REFLECTION_MARKERS =
      List.of(
          "java/lang/reflect/",
          "forName",
          "getDeclaredField",
          "getDeclaredMethod",
          "getDeclaredConstructor",
          "setAccessible");

  @Test
  void runtimeClassesDoNotUseReflection() throws IOException {
    Path classes = Path.of("target", "classes");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(p -> p.toString().endsWith(".class")).toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    for (Path file : files) {
      String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (String marker : REFLECTION_MARKERS) {
        assertThat(constants).as("%s refers to %s", file, marker).doesNotContain(marker);
      }
    }
  }
}
