package io.redifu.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Writes every generated file the same way: one originating element (isolating), {@code @Generated}
 * without a date, our {@code @RedifuGenerated} marker, no java.lang imports.
 */
public final class GeneratedFiles {
  private static final String PROCESSOR = "io.redifu.processor.RedifuProcessor";
  private static final String GENERATED = "javax.annotation.processing.Generated";

  private final Filer filer;
  private final boolean generatedAvailable;

  public GeneratedFiles(Filer filer, Elements elements) {
    this.filer = filer;
    this.generatedAvailable = elements.getTypeElement(GENERATED) != null;
  }

  public void write(String packageName, TypeSpec.Builder type, TypeElement origin) {
    if (generatedAvailable) {
      type.addAnnotation(
          AnnotationSpec.builder(ClassName.bestGuess(GENERATED))
              .addMember("value", "$S", PROCESSOR)
              .build());
    }
    type.addAnnotation(
            AnnotationSpec.builder(RuntimeNames.REDIFU_GENERATED)
                .addMember("from", "$S", origin.getSimpleName().toString())
                .build())
        .addOriginatingElement(origin);
    JavaFile file = JavaFile.builder(packageName, type.build()).skipJavaLangImports(true).build();
    try {
      file.writeTo(filer);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write " + packageName + "." + file.typeSpec().name(), e);
    }
  }
}
