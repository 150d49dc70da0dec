package io.redifu.processor.validation;

import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints catalogue messages on the most specific element (and annotation value) and remembers
 * whether any error was printed, so a step generates code only from a clean report.
 */
public final class Reporter {
  private final Messager messager;
  private final RepeatedAnnotationTrees repeated;
  private int errors;

  public Reporter(ProcessingEnvironment env) {
    this.messager = env.getMessager();
    this.repeated = RepeatedAnnotationTrees.of(env);
  }

  public void error(Element element, Diagnostics diagnostic, Object... args) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, diagnostic.format(args), element);
  }

  /**
   * Reports on an annotation member's value, so IDEs and javac point at the exact text; with a null
   * {@code value}, on the annotation. Works for one of several repeated annotations too, which
   * javac alone would report on the annotated element.
   */
  public void error(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Diagnostics diagnostic,
      Object... args) {
    errors++;
    String message = diagnostic.format(args);
    if (!repeated.print(Diagnostic.Kind.ERROR, message, element, annotation, value)) {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
    }
  }

  /** Number of errors reported so far. */
  public int errorCount() {
    return errors;
  }
}
