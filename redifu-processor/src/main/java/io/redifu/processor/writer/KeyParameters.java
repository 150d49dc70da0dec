package io.redifu.processor.writer;

import static io.redifu.processor.writer.RuntimeNames.KEYS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import io.redifu.processor.model.KeyTemplate;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The placeholders of a collection's key template as leading {@code String} parameters, in template
 * order. Names come from a {@link NameAllocator}: a placeholder cannot shadow the {@code store}
 * field, and a method's other parameters are renamed around the placeholders, never the reverse, so
 * key parameters keep one name in every method.
 */
final class KeyParameters {
  private static final ClassName STRING = ClassName.get(String.class);

  private final KeyTemplate key;
  private final NameAllocator names = new NameAllocator();

  KeyParameters(KeyTemplate key) {
    this.key = key;
    names.newName("store");
    // A parameter named List would hide java.util.List in the List.of(...) seeding passes on.
    names.newName("List");
    for (String placeholder : key.placeholders()) {
      names.newName(placeholder, placeholder);
    }
  }

  /** A fresh allocator for one method's other parameters, which the key parameters already hold. */
  NameAllocator allocator() {
    return names.clone();
  }

  List<ParameterSpec> parameters() {
    List<ParameterSpec> parameters = new ArrayList<>();
    for (String placeholder : key.placeholders()) {
      parameters.add(ParameterSpec.builder(STRING, names.get(placeholder)).build());
    }
    return parameters;
  }

  /**
   * {@code key(userRandId)}: the rendered key, which the runtime stores take as collection name.
   */
  CodeBlock call() {
    List<CodeBlock> arguments = new ArrayList<>();
    for (String placeholder : key.placeholders()) {
      arguments.add(CodeBlock.of("$N", names.get(placeholder)));
    }
    return CodeBlock.of("key($L)", CodeBlock.join(arguments, ", "));
  }

  /**
   * {@code List.of(userRandId)}: the key parameters' values, as seeding passes them to its query.
   */
  CodeBlock values() {
    List<CodeBlock> arguments = new ArrayList<>();
    for (String placeholder : key.placeholders()) {
      arguments.add(CodeBlock.of("$N", names.get(placeholder)));
    }
    return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(arguments, ", "));
  }

  /**
   * {@code static String key(String userRandId)}: the template rendered, each parameter checked and
   * encoded by the runtime's {@code Keys.param}.
   */
  MethodSpec keyMethod() {
    List<CodeBlock> parts = new ArrayList<>();
    for (KeyTemplate.Segment segment : key.segments()) {
      parts.add(
          segment.placeholder()
              ? CodeBlock.of("$T.param($S, $N)", KEYS, segment.value(), names.get(segment.value()))
              : CodeBlock.of("$S", segment.value()));
    }
    return MethodSpec.methodBuilder("key")
        .addJavadoc(
            "The key of one instance: {@code $L}$L.\n",
            Javadocs.text(key.text()),
            key.placeholders().isEmpty() ? "" : "; parameters checked and percent-encoded")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(STRING)
        .addParameters(parameters())
        .addStatement("return $L", CodeBlock.join(parts, " + "))
        .build();
  }
}
