package io.redifu.processor;

import com.google.auto.common.BasicAnnotationProcessor;
import com.google.auto.service.AutoService;
import io.redifu.processor.validation.Reporter;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;

/**
 * The redifu annotation processor. Each annotation has one step, all listed here; a step validates,
 * reports, and generates only from a clean report.
 */
@AutoService(Processor.class)
public final class RedifuProcessor extends BasicAnnotationProcessor {
  @Override
  protected Iterable<? extends Step> steps() {
    Reporter reporter = new Reporter(processingEnv);
    EntityModels entities = new EntityModels();
    return List.of(
        new EntityStep(processingEnv, reporter, entities),
        new CollectionStep(processingEnv, reporter, entities));
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }
}
