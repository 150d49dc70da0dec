package io.redifu.processor;

import com.google.auto.common.MoreElements;
import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import io.redifu.annotation.Entity;
import io.redifu.processor.model.EntityModel;
import io.redifu.processor.validation.Diagnostics;
import io.redifu.processor.validation.Reporter;
import io.redifu.processor.writer.CodecWriter;
import io.redifu.processor.writer.EntityCacheWriter;
import io.redifu.processor.writer.GeneratedFiles;
import io.redifu.processor.writer.RelationsWriter;
import io.redifu.processor.writer.RowScannerWriter;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Generates {@code XCache}, {@code XCodec} and {@code XRowScanner} for every {@code @Entity}, and
 * {@code XRelations} for one with {@code @RandIdRef}s.
 */
final class EntityStep implements com.google.auto.common.BasicAnnotationProcessor.Step {
  private final Reporter reporter;
  private final EntityParser parser;
  private final GeneratedFiles files;
  private final EntityModels models;

  EntityStep(ProcessingEnvironment env, Reporter reporter, EntityModels models) {
    this.reporter = reporter;
    this.models = models;
    this.parser =
        new EntityParser(
            reporter, new Accessors(env.getElementUtils(), env.getTypeUtils(), reporter));
    this.files = new GeneratedFiles(env.getFiler(), env.getElementUtils());
  }

  @Override
  public Set<String> annotations() {
    return ImmutableSet.of(Entity.class.getCanonicalName());
  }

  @Override
  public Set<? extends Element> process(ImmutableSetMultimap<String, Element> elements) {
    for (Element element : elements.get(Entity.class.getCanonicalName())) {
      TypeElement type = MoreElements.asType(element);
      models.put(type, Optional.empty());
      try {
        Optional<EntityModel> model = parser.parse(type);
        model.ifPresent(entity -> write(entity, type));
        models.put(type, model);
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

  private void write(EntityModel entity, TypeElement origin) {
    String packageName = entity.object().type().packageName();
    CodecWriter codec = new CodecWriter(entity);
    files.write(packageName, codec.type(), origin);
    files.write(packageName, new RowScannerWriter(entity, codec).type(), origin);
    EntityCacheWriter cache = new EntityCacheWriter(entity);
    files.write(packageName, cache.type(), origin);
    if (!entity.relations().isEmpty()) {
      files.write(packageName, new RelationsWriter(entity).type(), origin);
    }
  }
}
