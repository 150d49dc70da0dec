package io.redifu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generated caches, codecs and row scanners, as compiled here by the real processor, use no
 * reflection.
 */
class GeneratedCodeHasNoReflectionTest {
  private static final List<String> REFLECTION_MARKERS =
      List.of(
          "java/lang/reflect/",
          "forName",
          "getDeclaredField",
          "getDeclaredMethod",
          "getDeclaredConstructor",
          "setAccessible");

  @Test
  void generatedClassesDoNotReferToReflection() throws IOException {
    List<Path> generated;
    try (Stream<Path> files = Files.walk(Path.of("target", "classes"))) {
      generated =
          files
              .filter(
                  p -> {
                    String name = p.getFileName().toString();
                    return name.endsWith("Cache.class")
                        || name.endsWith("Codec.class")
                        || name.endsWith("RowScanner.class");
                  })
              .toList();
    }
    assertThat(generated).hasSizeGreaterThanOrEqualTo(10); // 5 entities x (cache, codec)
    for (Path file : generated) {
      String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (String marker : REFLECTION_MARKERS) {
        assertThat(constants).as("%s refers to %s", file, marker).doesNotContain(marker);
      }
    }
  }
}
