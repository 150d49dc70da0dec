package io.redifu.processor.writer;

import com.palantir.javapoet.ClassName;

/**
 * Names of generated classes, in one place: {@code PostCache}, {@code PostCodec}; nested owners are
 * joined with {@code _} ({@code Feed_PostCache}).
 */
public final class Names {
  private Names() {}

  public static ClassName cache(ClassName entity) {
    return sibling(entity, "Cache");
  }

  public static ClassName codec(ClassName entity) {
    return sibling(entity, "Codec");
  }

  private static ClassName sibling(ClassName entity, String suffix) {
    return ClassName.get(entity.packageName(), String.join("_", entity.simpleNames()) + suffix);
  }
}
