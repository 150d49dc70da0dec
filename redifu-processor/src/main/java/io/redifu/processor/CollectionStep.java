package io.redifu.processor;

import com.google.auto.common.MoreElements;
import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import io.redifu.annotation.Entity;
import io.redifu.processor.model.CollectionModel;
import io.redifu.processor.model.EntityModel;
import io.redifu.processor.validation.Diagnostics;
import io.redifu.processor.validation.Reporter;
import io.redifu.processor.writer.CollectionCacheWriter;
import io.redifu.processor.writer.GeneratedFiles;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Generates {@code PostTimelineCache}, {@code PostSortedCache}, {@code PostPageCache}, {@code
 * PostTimeSeriesCache} (or {@code Post<Name>Cache}) for each collection declared on an
 * {@code @Entity}. Runs after {@link EntityStep}, whose model it needs; collections of an entity
 * with errors are not generated.
 */
final class CollectionStep implements com.google.auto.common.BasicAnnotationProcessor.Step {
  private final Reporter reporter;
  private final EntityModels entities;
  private final CollectionParser parser;
  private final GeneratedFiles files;

  CollectionStep(ProcessingEnvironment env, Reporter reporter, EntityModels entities) {
    this.reporter = reporter;
    this.entities = entities;
    this.parser = new CollectionParser(reporter);
    this.files = new GeneratedFiles(env.getFiler(), env.getElementUtils());
  }

  @Override
  public Set<String> annotations() {
    return ImmutableSet.<String>builder()
        .addAll(CollectionParser.KINDS.keySet())
        .addAll(CollectionParser.CONTAINERS.keySet())
        .build();
  }

  @Override
  public Set<? extends Element> process(ImmutableSetMultimap<String, Element> elements) {
    // A type with @Timeline and @Sorted is listed under both: process each type once.
    for (Element element : new LinkedHashSet<>(elements.values())) {
      TypeElement type = MoreElements.asType(element);
      try {
        process(type);
      } catch (RuntimeException e) {
        // Never let an exception escape process(): report it on the element being processed.
        reporter.error(
            type,
            Diagnostics.PROCESSING_FAILURE,
            type.getSimpleName(),
            Throwables.getStackTraceAsString(e));
      }
    }
    return ImmutableSet.of();
  }

  private void process(TypeElement type) {
    List<CollectionParser.Declaration> declarations = CollectionParser.declarations(type);
    if (!MoreElements.isAnnotationPresent(type, Entity.class)) {
      parser.reportWithoutEntity(type, declarations);
      return;
    }
    Optional<EntityModel> entity = entities.get(type);
    if (entity == null) {
      throw new IllegalStateException("the entity step has not processed " + type);
    }
    if (entity.isEmpty()) {
      return; // the entity's own errors are reported; its collections would only cascade
    }
    parser
        .parse(type, entity.get(), declarations)
        .ifPresent(collections -> write(entity.get(), collections, type));
  }

  private void write(EntityModel entity, List<CollectionModel> collections, TypeElement origin) {
    String packageName = entity.object().type().packageName();
    for (CollectionModel collection : collections) {
      files.write(packageName, new CollectionCacheWriter(entity, collection).type(), origin);
    }
  }
}
