package io.redifu.processor;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.AnnotationValues;
import com.google.auto.common.MoreElements;
import io.redifu.annotation.Column;
import io.redifu.annotation.Transient;
import io.redifu.processor.model.ObjectModel;
import io.redifu.processor.model.PropertyModel;
import io.redifu.processor.model.RelationModel;
import io.redifu.processor.validation.Diagnostics;
import io.redifu.processor.validation.Reporter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Parses the {@code @Column}s of an entity: the column each names, checked to be non-blank, on a
 * stored property, and such that no two stored properties read the same column. Columns match
 * properties the way the runtime's {@code Columns} does: a property by its name ignoring case and
 * underscores, an {@code @Column} name by itself ignoring case.
 */
final class ColumnParser {
  private final Reporter reporter;

  /** A stored property and the element its {@code @Column} (if any) sits on. */
  private record Mapping(PropertyModel property, Element source, String column) {
    /** The {@code @Column} name, else the property name. */
    String label() {
      return column != null ? column : property.name();
    }
  }

  ColumnParser(Reporter reporter) {
    this.reporter = reporter;
  }

  /**
   * The {@code @Column} name of each stored property that has one, by property name. Reports every
   * rule broken; the entity parser then drops the model.
   */
  Map<String, String> parse(
      TypeElement type, ObjectModel object, RelationParser.Relations relations) {
    Map<String, PropertyModel> stored = new LinkedHashMap<>();
    object.properties().stream()
        .filter(p -> p.type() != null)
        .forEach(p -> stored.put(p.name(), p));
    List<Mapping> mappings = new ArrayList<>();
    Map<String, String> columns = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (Element source : sources(type)) {
      String name = source.getSimpleName().toString();
      if (!seen.add(name)) {
        continue; // a hidden field, reported as such
      }
      AnnotationMirror mirror = MoreElements.getAnnotationMirror(source, Column.class).orNull();
      PropertyModel property = stored.get(name);
      if (property == null) {
        if (mirror != null) {
          reportNotStored(type, source, mirror, object, relations);
        }
        continue;
      }
      String column = mirror == null ? null : column(type, source, mirror);
      if (mirror != null && column == null) {
        continue; // blank, reported
      }
      if (column != null) {
        columns.put(name, column);
      }
      Mapping mapping = new Mapping(property, source, column);
      checkUnique(type, mapping, mirror, mappings);
      mappings.add(mapping);
    }
    return columns;
  }

  /** The trimmed {@code @Column} value, or null after reporting that it is blank. */
  private String column(TypeElement type, Element source, AnnotationMirror mirror) {
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(mirror, "value");
    String column = AnnotationValues.getString(value).trim();
    if (column.isEmpty()) {
      String name = source.getSimpleName().toString();
      reporter.error(
          source,
          mirror,
          value,
          Diagnostics.COLUMN_BLANK,
          type.getSimpleName(),
          name,
          name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
      return null;
    }
    return column;
  }

  /** Reports {@code mapping} if a property before it reads the same column. */
  private void checkUnique(
      TypeElement type, Mapping mapping, AnnotationMirror mirror, List<Mapping> before) {
    for (Mapping other : before) {
      if (!sameColumn(mapping, other)) {
        continue;
      }
      // Point at an @Column: the later one if it has one, since that is what the user just added.
      Mapping at = mirror != null || other.column() == null ? mapping : other;
      Mapping peer = at == mapping ? other : mapping;
      AnnotationMirror atMirror =
          MoreElements.getAnnotationMirror(at.source(), Column.class).orNull();
      String entity = type.getSimpleName().toString();
      reporter.error(
          at.source(),
          atMirror,
          atMirror == null ? null : AnnotationMirrors.getAnnotationValue(atMirror, "value"),
          Diagnostics.DUPLICATE_COLUMN,
          entity,
          at.property().name(),
          entity,
          peer.property().name(),
          at.column() != null ? at.column() : at.property().name());
      return;
    }
  }

  private void reportNotStored(
      TypeElement type,
      Element source,
      AnnotationMirror mirror,
      ObjectModel object,
      RelationParser.Relations relations) {
    String name = source.getSimpleName().toString();
    String reason = null;
    String fix = "Remove @Column.";
    if (source.getModifiers().contains(Modifier.STATIC)) {
      reason = "static";
    } else if (source.getModifiers().contains(Modifier.TRANSIENT)) {
      reason = "transient";
    } else if (MoreElements.isAnnotationPresent(source, Transient.class)) {
      reason = "@Transient";
    } else if (relations.injected().contains(name)) {
      reason = "filled by a @RandIdRef on every fetch";
      for (RelationModel relation : relations.models(object)) {
        if (relation.injected() != null
            && relation.injected().name().equals(name)
            && relation.reference() != null) {
          String reference = relation.reference().name();
          fix = "Remove @Column, or put it on " + reference + ", the stored reference.";
        }
      }
    }
    if (reason != null) { // otherwise the property has an error of its own
      reporter.error(
          source,
          mirror,
          null,
          Diagnostics.COLUMN_NOT_STORED,
          type.getSimpleName(),
          name,
          reason,
          fix);
    }
  }

  /** Two labels are one column: equal ignoring case, or as names ignoring underscores too. */
  private static boolean sameColumn(Mapping a, Mapping b) {
    if (a.column() != null && b.column() != null) {
      return a.column().equalsIgnoreCase(b.column());
    }
    return normalize(a.label()).equals(normalize(b.label()));
  }

  private static String normalize(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }

  /** Every field of a class (static and transient ones too) or every record component's field. */
  private static List<? extends Element> sources(TypeElement type) {
    if (type.getKind() != ElementKind.RECORD) {
      return Members.fields(type);
    }
    List<Element> sources = new ArrayList<>();
    type.getRecordComponents().forEach(c -> sources.add(Members.sourceElement(c)));
    return sources;
  }
}
