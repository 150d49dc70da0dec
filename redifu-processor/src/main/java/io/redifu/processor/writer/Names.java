package io.redifu.processor.writer;

import com.palantir.javapoet.ClassName;
import io.redifu.processor.model.CollectionModel;
import java.util.Locale;

/**
 * Names of generated classes, in one place: {@code PostCache}, {@code PostCodec}, {@code
 * PostTimelineCache}, {@code PostRelations}, {@code PostRowScanner}; nested owners are joined with
 * {@code _} ({@code Feed_PostCache}). Also the constant named after a property.
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

  public static ClassName relations(ClassName entity) {
    return sibling(entity, "Relations");
  }

  public static ClassName rowScanner(ClassName entity) {
    return sibling(entity, "RowScanner");
  }

  /** The constant named after {@code property}: {@code createdAt} becomes {@code CREATED_AT}. */
  static String constant(String property) {
    return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private static ClassName sibling(ClassName entity, String suffix) {
    return ClassName.get(entity.packageName(), String.join("_", entity.simpleNames()) + suffix);
  }
}
