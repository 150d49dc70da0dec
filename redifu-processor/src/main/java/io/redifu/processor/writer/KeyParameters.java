package io.redifu.processor.writer;

import static io.redifu.processor.writer.RuntimeNames.KEYS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import io.redifu.processor.model.KeyTemplate;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The placeholders of a collection's key template as {@code String} parameters, in template order:
 * of {@code key(...)}, {@code of(...)} and the {@code Seeder}'s {@code query(...)}, and as the
 * fields of an {@code Instance}. Names come from a {@link NameAllocator}: a placeholder cannot take
 * the name of a field the generated code reads ({@code store}, {@code seeder}, the instance's
 * {@code key}); no other method takes key parameters, so nothing else is renamed around them.
 */
final class KeyParameters {
  private static final ClassName STRING = ClassName.get(String.class);

  private final KeyTemplate key;
  private final NameAllocator names = new NameAllocator();

  KeyParameters(KeyTemplate key) {
    this.key = key;
    names.newName("store");
    names.newName("seeder");
    names.newName("key");
    for (String placeholder : key.placeholders()) {
      names.newName(placeholder, placeholder);
    }
  }

  /** Whether the template has placeholders: whether the cache hands out instances. */
  boolean any() {
    return !key.placeholders().isEmpty();
  }

  List<ParameterSpec> parameters() {
    List<ParameterSpec> parameters = new ArrayList<>();
    for (String placeholder : key.placeholders()) {
      parameters.add(ParameterSpec.builder(STRING, names.get(placeholder)).build());
    }
    return parameters;
  }

  /** {@code private final String userRandId;}: what an instance keeps of its key parameters. */
  List<FieldSpec> fields() {
    List<FieldSpec> fields = new ArrayList<>();
    for (String placeholder : key.placeholders()) {
      fields.add(
          FieldSpec.builder(STRING, names.get(placeholder), Modifier.PRIVATE, Modifier.FINAL)
              .build());
    }
    return fields;
  }

  /** {@code userRandId, ...}: the key parameters as arguments, in template order. */
  CodeBlock arguments() {
    List<CodeBlock> arguments = new ArrayList<>();
    for (String placeholder : key.placeholders()) {
      arguments.add(CodeBlock.of("$N", names.get(placeholder)));
    }
    return CodeBlock.join(arguments, ", ");
  }

  /** {@code userRandId} and the other key parameters' names, in template order. */
  List<String> names() {
    List<String> all = new ArrayList<>();
    for (String placeholder : key.placeholders()) {
      all.add(names.get(placeholder));
    }
    return all;
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
