package io.redifu.processor;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.MoreElements;
import io.redifu.annotation.Entity;
import io.redifu.processor.model.EntityModel;
import io.redifu.processor.model.KeyTemplate;
import io.redifu.processor.model.ObjectModel;
import io.redifu.processor.model.PropertyModel;
import io.redifu.processor.model.ScalarKind;
import io.redifu.processor.model.Ttl;
import io.redifu.processor.model.TypeModel;
import io.redifu.processor.validation.Diagnostics;
import io.redifu.processor.validation.Reporter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/** Parses an {@code @Entity} type into an {@link EntityModel}, reporting every rule it breaks. */
final class EntityParser {
  private final Reporter reporter;
  private final Accessors accessors;

  EntityParser(Reporter reporter, Accessors accessors) {
    this.reporter = reporter;
    this.accessors = accessors;
  }

  /** The model, or empty when an error was reported. */
  Optional<EntityModel> parse(TypeElement type) {
    int errorsBefore = reporter.errorCount();
    if (!checkShape(type)) {
      return Optional.empty();
    }
    AnnotationMirror entity = MoreElements.getAnnotationMirror(type, Entity.class).get();
    KeyTemplate key = parseKey(type, entity);
    Ttl ttl = parseTtl(type, entity);
    Ttl missingTtl = parseMissingTtl(type, entity);
    boolean sliding =
        (Boolean) AnnotationMirrors.getAnnotationValue(entity, "slidingTtl").getValue();

    RelationParser.Relations relations = new RelationParser(reporter, accessors).parse(type);
    TypeResolver types = new TypeResolver();
    ObjectParser objects = new ObjectParser(reporter, types, accessors);
    ObjectModel object = objects.parseEntity(type, relations.injected());
    List<ObjectModel> nested = new ArrayList<>();
    for (TypeElement next = types.nextNested(); next != null; next = types.nextNested()) {
      nested.add(objects.parseNested(next));
    }
    nested.sort(Comparator.comparing(o -> o.type().canonicalName()));
    PropertyModel randId = randId(object);
    if (randId == null) {
      reporter.error(type, Diagnostics.MISSING_RAND_ID, type.getSimpleName());
    }
    Map<String, String> columns = new ColumnParser(reporter).parse(type, object, relations);
    if (reporter.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(
        new EntityModel(
            object,
            key,
            ttl,
            missingTtl,
            sliding,
            randId,
            nested,
            relations.models(object),
            columns,
            CollectionParser.sortByNames(type)));
  }

  private boolean checkShape(TypeElement type) {
    String name = type.getSimpleName().toString();
    String kind = null;
    if (type.getKind() == ElementKind.INTERFACE || type.getKind() == ElementKind.ANNOTATION_TYPE) {
      kind = "an interface";
    } else if (type.getKind() == ElementKind.ENUM) {
      kind = "an enum";
    } else if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      kind = "abstract";
    } else if (type.getModifiers().contains(Modifier.PRIVATE)) {
      kind = "private";
    } else if (type.getNestingKind() == NestingKind.LOCAL
        || type.getNestingKind() == NestingKind.ANONYMOUS) {
      kind = "a local class";
    }
    if (kind != null) {
      reporter.error(type, Diagnostics.ENTITY_KIND, name, kind);
      return false;
    }
    if (type.getNestingKind() == NestingKind.MEMBER
        && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC)) {
      reporter.error(type, Diagnostics.INNER_CLASS, name);
      return false;
    }
    if (!type.getTypeParameters().isEmpty()) {
      reporter.error(type, Diagnostics.GENERIC_TYPE, name);
      return false;
    }
    if (type.getKind() == ElementKind.CLASS && !TypeResolver.hasNoArgConstructor(type)) {
      reporter.error(type, Diagnostics.NO_CONSTRUCTOR, name, name);
      return false;
    }
    return true;
  }

  private KeyTemplate parseKey(TypeElement type, AnnotationMirror entity) {
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(entity, "key");
    String text = (String) value.getValue();
    String name = type.getSimpleName().toString();
    String prefix = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    if (text.isEmpty()) {
      text = prefix + ":{randId}";
    }
    KeyTemplate key;
    try {
      key = KeyTemplate.parse(text);
    } catch (KeyTemplate.DuplicatePlaceholderException e) {
      reporter.error(
          type,
          entity,
          value,
          Diagnostics.KEY_DUPLICATE_PLACEHOLDER,
          text,
          e.placeholder(),
          e.placeholder());
      return null;
    } catch (KeyTemplate.JoinedPlaceholdersException e) {
      // An entity key holds {randId} only: the other placeholder is the mistake to report.
      String other = e.first().equals("randId") ? e.second() : e.first();
      reporter.error(type, entity, value, Diagnostics.KEY_PLACEHOLDER, text, name, other, other);
      return null;
    } catch (KeyTemplate.MalformedException e) {
      reporter.error(type, entity, value, Diagnostics.KEY_MALFORMED, text, e.getMessage());
      return null;
    }
    for (String placeholder : key.placeholders()) {
      if (!placeholder.equals("randId")) {
        reporter.error(
            type, entity, value, Diagnostics.KEY_PLACEHOLDER, text, name, placeholder, placeholder);
        return null;
      }
    }
    if (key.placeholders().isEmpty()) {
      reporter.error(type, entity, value, Diagnostics.KEY_NO_RAND_ID, text, name, prefix);
      return null;
    }
    return key;
  }

  private Ttl parseTtl(TypeElement type, AnnotationMirror entity) {
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(entity, "ttl");
    String text = (String) value.getValue();
    try {
      return Ttl.parse(text);
    } catch (Ttl.InvalidException e) {
      reporter.error(type, entity, value, Diagnostics.INVALID_TTL, text, e.getMessage());
      return null;
    }
  }

  /** The markers' own TTL, or null for the {@code Redifu}'s (also when an error was reported). */
  private Ttl parseMissingTtl(TypeElement type, AnnotationMirror entity) {
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(entity, "missingTtl");
    String text = (String) value.getValue();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Ttl.parseExpiring(text);
    } catch (Ttl.InvalidException e) {
      reporter.error(type, entity, value, Diagnostics.INVALID_MISSING_TTL, text, e.getMessage());
      return null;
    }
  }

  private static PropertyModel randId(ObjectModel object) {
    for (PropertyModel property : object.properties()) {
      if (property.name().equals("randId")
          && property.type() instanceof TypeModel.Scalar scalar
          && scalar.kind() == ScalarKind.STRING) {
        return property;
      }
    }
    return null;
  }
}
