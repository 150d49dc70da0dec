package io.redifu.processor;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import io.redifu.annotation.TimeSeries;
import io.redifu.processor.validation.Diagnostics;
import io.redifu.processor.validation.Reporter;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Annotations that exist in the API but whose code generation has not landed yet. Using one is a
 * compile error on the annotation rather than a generated class that silently does not appear.
 */
final class PlannedFeatureStep implements com.google.auto.common.BasicAnnotationProcessor.Step {
  /** What a planned annotation is shown as, and which feature brings it. */
  private record Planned(String shownAs, String feature) {}

  private static final Map<String, Planned> PLANNED =
      ImmutableMap.<String, Planned>builder()
          .put(TimeSeries.class.getCanonicalName(), new Planned("TimeSeries", "time series"))
          .put(TimeSeries.List.class.getCanonicalName(), new Planned("TimeSeries", "time series"))
          .build();

  private final Reporter reporter;

  PlannedFeatureStep(Reporter reporter) {
    this.reporter = reporter;
  }

  @Override
  public Set<String> annotations() {
    return PLANNED.keySet();
  }

  @Override
  public Set<? extends Element> process(ImmutableSetMultimap<String, Element> elements) {
    elements.forEach(
        (annotation, element) -> {
          Planned planned = PLANNED.get(annotation);
          reporter.error(
              element,
              mirror(element, annotation),
              null,
              Diagnostics.NOT_YET_SUPPORTED,
              planned.shownAs(),
              element.getSimpleName(),
              planned.feature());
        });
    return ImmutableSet.of();
  }

  private static AnnotationMirror mirror(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotation)) {
        return mirror;
      }
    }
    return null;
  }
}
