package io.redifu.processor;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.AnnotationValues;
import com.google.auto.common.MoreTypes;
import com.palantir.javapoet.ClassName;
import io.redifu.annotation.Order;
import io.redifu.annotation.Page;
import io.redifu.annotation.Sorted;
import io.redifu.annotation.TimeSeries;
import io.redifu.annotation.Timeline;
import io.redifu.processor.model.CollectionModel;
import io.redifu.processor.model.CollectionModel.Kind;
import io.redifu.processor.model.EntityModel;
import io.redifu.processor.model.KeyTemplate;
import io.redifu.processor.model.PropertyModel;
import io.redifu.processor.model.ScalarKind;
import io.redifu.processor.model.Ttl;
import io.redifu.processor.model.TypeModel;
import io.redifu.processor.validation.Diagnostics;
import io.redifu.processor.validation.Reporter;
import io.redifu.processor.writer.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Parses the collection declarations on an entity ({@code @Timeline}, {@code @Sorted}, {@code
 * Page}, {@code @TimeSeries}, repeated or not) into {@link CollectionModel}s, reporting every rule
 * they break on the annotation value that breaks it.
 */
final class CollectionParser {
  /** Each collection annotation, and each container of repeated ones, by qualified name. */
  static final Map<String, Kind> KINDS =
      Map.of(
          Timeline.class.getCanonicalName(), Kind.TIMELINE,
          Sorted.class.getCanonicalName(), Kind.SORTED,
          Page.class.getCanonicalName(), Kind.PAGE,
          TimeSeries.class.getCanonicalName(), Kind.TIME_SERIES);

  static final Map<String, Kind> CONTAINERS =
      Map.of(
          Timeline.List.class.getCanonicalName(), Kind.TIMELINE,
          Sorted.List.class.getCanonicalName(), Kind.SORTED,
          Page.List.class.getCanonicalName(), Kind.PAGE,
          TimeSeries.List.class.getCanonicalName(), Kind.TIME_SERIES);

  /** One collection annotation on a type. */
  record Declaration(Kind kind, AnnotationMirror mirror) {}

  private final Reporter reporter;
  private final SortByParser sortBy;

  CollectionParser(Reporter reporter) {
    this.reporter = reporter;
    this.sortBy = new SortByParser(reporter);
  }

  /** Every collection annotation on {@code type}, repeated ones unpacked, in source order. */
  static List<Declaration> declarations(TypeElement type) {
    List<Declaration> found = new ArrayList<>();
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String name =
          MoreTypes.asTypeElement(mirror.getAnnotationType()).getQualifiedName().toString();
      if (KINDS.containsKey(name)) {
        found.add(new Declaration(KINDS.get(name), mirror));
      } else if (CONTAINERS.containsKey(name)) {
        AnnotationValue value = AnnotationMirrors.getAnnotationValue(mirror, "value");
        for (AnnotationMirror repeated : AnnotationValues.getAnnotationMirrors(value)) {
          found.add(new Declaration(CONTAINERS.get(name), repeated));
        }
      }
    }
    return found;
  }

  /**
   * The names the collections on {@code type} sort by, unchecked (the collection step checks them):
   * a seeded row needs their columns to score its item.
   */
  static Set<String> sortByNames(TypeElement type) {
    Set<String> names = new LinkedHashSet<>();
    for (Declaration declaration : declarations(type)) {
      names.add(
          AnnotationValues.getString(
              AnnotationMirrors.getAnnotationValue(declaration.mirror(), "sortBy")));
    }
    return names;
  }

  /** Reports each declaration on {@code type}, which is not an {@code @Entity}. */
  void reportWithoutEntity(TypeElement type, List<Declaration> declarations) {
    String name = type.getSimpleName().toString();
    for (Declaration declaration : declarations) {
      reporter.error(
          type,
          declaration.mirror(),
          null,
          Diagnostics.COLLECTION_WITHOUT_ENTITY,
          declaration.kind().annotation(),
          name,
          name,
          name);
    }
  }

  /** The models in declaration order, or empty when any declaration broke a rule (reported). */
  Optional<List<CollectionModel>> parse(
      TypeElement type, EntityModel entity, List<Declaration> declarations) {
    int errorsBefore = reporter.errorCount();
    Set<ClassName> generated = new HashSet<>();
    List<CollectionModel> models = new ArrayList<>();
    for (Declaration declaration : declarations) {
      CollectionModel model = parse(type, entity, declaration, generated);
      if (model != null) {
        models.add(model);
      }
    }
    return reporter.errorCount() > errorsBefore ? Optional.empty() : Optional.of(models);
  }

  private CollectionModel parse(
      TypeElement type, EntityModel entity, Declaration declaration, Set<ClassName> generated) {
    int errorsBefore = reporter.errorCount();
    Kind kind = declaration.kind();
    AnnotationMirror mirror = declaration.mirror();
    String name = name(type, declaration);
    KeyTemplate key = key(type, mirror);
    Ttl ttl = ttl(type, mirror);
    int perPage = kind.paged() ? perPage(type, declaration) : 0;
    Order order =
        kind.paged()
            ? Order.valueOf(
                AnnotationValues.getEnum(AnnotationMirrors.getAnnotationValue(mirror, "order"))
                    .getSimpleName()
                    .toString())
            : null;
    PropertyModel sortBy = this.sortBy.parse(type, entity, declaration);
    if (name != null) {
      ClassName cache = Names.collectionCache(entity.object().type(), kind, name);
      if (!generated.add(cache)) {
        String entityName = type.getSimpleName().toString();
        reporter.error(
            type,
            mirror,
            name.isEmpty() ? null : AnnotationMirrors.getAnnotationValue(mirror, "name"),
            Diagnostics.DUPLICATE_COLLECTION,
            kind.annotation(),
            entityName,
            cache.simpleName(),
            entityName,
            String.join("_", entity.object().type().simpleNames()));
      }
    }
    if (reporter.errorCount() > errorsBefore) {
      return null;
    }
    ScalarKind sortKind = ((TypeModel.Scalar) sortBy.type()).kind();
    return new CollectionModel(kind, name, key, perPage, order, ttl, sortBy, sortKind);
  }

  /** The declared name ("" when unnamed), or null after reporting that it is not an identifier. */
  private String name(TypeElement type, Declaration declaration) {
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(declaration.mirror(), "name");
    String name = AnnotationValues.getString(value);
    if (name.isEmpty() || SourceVersion.isIdentifier(name)) {
      return name;
    }
    reporter.error(
        type,
        declaration.mirror(),
        value,
        Diagnostics.COLLECTION_NAME,
        declaration.kind().annotation(),
        type.getSimpleName(),
        name,
        type.getSimpleName());
    return null;
  }

  private KeyTemplate key(TypeElement type, AnnotationMirror mirror) {
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(mirror, "key");
    String text = AnnotationValues.getString(value);
    try {
      return KeyTemplate.parse(text);
    } catch (KeyTemplate.DuplicatePlaceholderException e) {
      reporter.error(
          type,
          mirror,
          value,
          Diagnostics.KEY_DUPLICATE_PLACEHOLDER,
          text,
          e.placeholder(),
          e.placeholder());
    } catch (KeyTemplate.JoinedPlaceholdersException e) {
      reporter.error(
          type,
          mirror,
          value,
          Diagnostics.KEY_JOINED_PLACEHOLDERS,
          text,
          e.first(),
          e.second(),
          text.replace("{" + e.first() + "}", "{" + e.first() + "}:"));
    } catch (KeyTemplate.MalformedException e) {
      reporter.error(type, mirror, value, Diagnostics.KEY_MALFORMED, text, e.getMessage());
    }
    return null;
  }

  private Ttl ttl(TypeElement type, AnnotationMirror mirror) {
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(mirror, "ttl");
    String text = AnnotationValues.getString(value);
    try {
      return Ttl.parse(text);
    } catch (Ttl.InvalidException e) {
      reporter.error(type, mirror, value, Diagnostics.INVALID_TTL, text, e.getMessage());
      return null;
    }
  }

  private int perPage(TypeElement type, Declaration declaration) {
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(declaration.mirror(), "perPage");
    int perPage = AnnotationValues.getInt(value);
    if (perPage < 1 || perPage > 1000) {
      reporter.error(
          type,
          declaration.mirror(),
          value,
          Diagnostics.PER_PAGE,
          declaration.kind().annotation(),
          type.getSimpleName(),
          perPage);
    }
    return perPage;
  }
}
