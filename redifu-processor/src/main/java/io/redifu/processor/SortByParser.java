package io.redifu.processor;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.AnnotationValues;
import io.redifu.processor.model.CollectionModel.Kind;
import io.redifu.processor.model.EntityModel;
import io.redifu.processor.model.PropertyModel;
import io.redifu.processor.model.ScalarKind;
import io.redifu.processor.model.TypeModel;
import io.redifu.processor.validation.Diagnostics;
import io.redifu.processor.validation.Reporter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Checks a collection's {@code sortBy}: it names a stored property of a type that can score (or,
 * for a time series, bound) the collection; otherwise reports why, with a "did you mean" fix.
 */
final class SortByParser {
  /**
   * What a kind's {@code sortBy} may be, and how messages say it.
   *
   * @param kinds the scalar kinds the {@code sortBy} property may have
   * @param reason why other types cannot sort, after "but"
   * @param properties what the sortable properties are, before "properties"
   * @param types the allowed Java types, as a list in prose
   */
  private record SortRule(Set<ScalarKind> kinds, String reason, String properties, String types) {}

  /** Scores of timelines, sorted collections and pages. */
  private static final SortRule SCORES =
      new SortRule(
          EnumSet.of(
              ScalarKind.INSTANT,
              ScalarKind.OFFSET_DATE_TIME,
              ScalarKind.LOCAL_DATE_TIME,
              ScalarKind.LONG,
              ScalarKind.INT),
          "a score must be a time or a whole number",
          "time or whole-number",
          "Instant, OffsetDateTime, LocalDateTime, long, Long, int or Integer");

  /** Time series are fetched between Instant bounds (time properties) or long ones. */
  private static final SortRule BOUNDS =
      new SortRule(
          EnumSet.of(
              ScalarKind.INSTANT,
              ScalarKind.OFFSET_DATE_TIME,
              ScalarKind.LOCAL_DATE_TIME,
              ScalarKind.LONG),
          "a time series is fetched between Instant or long bounds",
          "time or long",
          "Instant, OffsetDateTime, LocalDateTime, long or Long");

  private final Reporter reporter;

  SortByParser(Reporter reporter) {
    this.reporter = reporter;
  }

  /** The stored property named by {@code sortBy}, or null after reporting why it cannot score. */
  PropertyModel parse(
      TypeElement type, EntityModel entity, CollectionParser.Declaration declaration) {
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(declaration.mirror(), "sortBy");
    String wanted = AnnotationValues.getString(value);
    String entityName = type.getSimpleName().toString();
    SortRule rule = declaration.kind() == Kind.TIME_SERIES ? BOUNDS : SCORES;
    List<PropertyModel> stored = new ArrayList<>();
    for (PropertyModel property : entity.object().properties()) {
      if (property.type() != null) {
        stored.add(property);
      }
    }
    for (PropertyModel property : stored) {
      if (!property.name().equals(wanted)) {
        continue;
      }
      if (sortable(rule, property)) {
        return property;
      }
      reporter.error(
          type,
          declaration.mirror(),
          value,
          Diagnostics.SORT_BY_TYPE,
          declaration.kind().annotation(),
          entityName,
          entityName,
          wanted,
          property.javaType(),
          rule.reason(),
          rule.types());
      return null;
    }
    reporter.error(
        type,
        declaration.mirror(),
        value,
        Diagnostics.SORT_BY_MISSING,
        declaration.kind().annotation(),
        entityName,
        wanted,
        entityName,
        sortByFix(rule, wanted, stored));
    return null;
  }

  /** "Did you mean ...?" (sortable properties win ties), else the properties that could score. */
  private static String sortByFix(SortRule rule, String wanted, List<PropertyModel> stored) {
    List<String> sortable = new ArrayList<>();
    List<String> candidates = new ArrayList<>();
    for (PropertyModel property : stored) {
      if (sortable(rule, property)) {
        sortable.add(property.name());
      }
    }
    candidates.addAll(sortable);
    for (PropertyModel property : stored) {
      if (!sortable(rule, property)) {
        candidates.add(property.name());
      }
    }
    Optional<String> nearest = Suggestions.nearest(wanted, candidates);
    if (nearest.isPresent()) {
      return "Did you mean \"" + nearest.get() + "\"?";
    }
    if (!sortable.isEmpty()) {
      return "Set sortBy to one of its "
          + rule.properties()
          + " properties: "
          + String.join(", ", sortable)
          + ".";
    }
    return "Add a property of type " + rule.types() + " and name it in sortBy.";
  }

  private static boolean sortable(SortRule rule, PropertyModel property) {
    return property.type() instanceof TypeModel.Scalar scalar
        && rule.kinds().contains(scalar.kind());
  }
}
