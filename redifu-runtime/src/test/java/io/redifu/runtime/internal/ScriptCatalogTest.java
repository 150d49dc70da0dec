package io.redifu.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.runtime.internal.redis.Script;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalog health checks read must list every script the runtime declares (test-only
 * reflection).
 */
class ScriptCatalogTest {
  @Test
  void catalogHoldsEveryScriptConstantOfTheRuntime() throws Exception {
    Set<Script> declared = new HashSet<>();
    for (String name : internalClassNames()) {
      for (Field field : Class.forName(name).getDeclaredFields()) {
        if (field.getType() == Script.class && Modifier.isStatic(field.getModifiers())) {
          field.setAccessible(true);
          declared.add((Script) field.get(null));
        }
      }
    }
    assertThat(declared).hasSizeGreaterThan(20);
    assertThat(new HashSet<>(ScriptCatalog.all().values())).isEqualTo(declared);
  }

  @Test
  void namesAreUniqueAndShasAreLowercaseHex() {
    assertThat(ScriptCatalog.all().values().stream().map(Script::sha).distinct())
        .hasSize(ScriptCatalog.all().size())
        .allMatch(sha -> sha.matches("[0-9a-f]{40}"));
  }

  private static List<String> internalClassNames() throws IOException {
    Path dir = Path.of("target", "classes", "io", "redifu", "runtime", "internal");
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .map(p -> dir.getParent().getParent().getParent().getParent().relativize(p).toString())
          .filter(f -> f.endsWith(".class") && !f.contains("$"))
          .map(f -> f.substring(0, f.length() - 6).replace(java.io.File.separatorChar, '.'))
          .toList();
    }
  }
}
