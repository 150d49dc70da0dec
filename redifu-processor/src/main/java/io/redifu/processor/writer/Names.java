package io.redifu.processor.writer;

import com.palantir.javapoet.ClassName;
import io.redifu.processor.model.CollectionModel;

/**
 * Names of generated classes, in one place: {@code PostCache}, {@code PostCodec}, {@code
 * PostTimelineCache}; nested owners are joined with {@code _} ({@code Feed_PostCache}).
 */
public final class Names {
  private Names() {}

  public static ClassName cache(ClassName entity) {
    return sibling(entity, "Cache");
  }

  /**
   * {@code PostTimelineCache} for an unnamed {@code @Timeline} on {@code Post}, {@code
   * PostUserFeedCache} for one named {@code "UserFeed"}.
   */
  public static ClassName collectionCache(ClassName entity, CollectionModel collection) {
    return collectionCache(entity, collection.kind(), collection.name());
  }

  /** The class a collection of {@code kind} named {@code name} (empty: unnamed) generates. */
  public static ClassName collectionCache(
      ClassName entity, CollectionModel.Kind kind, String name) {
    return sibling(entity, (name.isEmpty() ? kind.annotation() : name) + "Cache");
  }

  public static ClassName codec(ClassName entity) {
    return sibling(entity, "Codec");
  }

  private static ClassName sibling(ClassName entity, String suffix) {
    return ClassName.get(entity.packageName(), String.join("_", entity.simpleNames()) + suffix);
  }
}
