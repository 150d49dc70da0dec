package io.redifu.processor.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import io.redifu.processor.model.ObjectModel;
import io.redifu.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a generated reader puts the values it reads: into a new instance for classes (fields or
 * setters), or into locals passed to the canonical constructor for records.
 */
abstract class ReadTarget {
  /** The target of a codec's read method, whose parser and loop use {@code p} and {@code field}. */
  static ReadTarget of(ObjectModel object) {
    return of(object, Set.of("p", "field"));
  }

  /**
   * A target whose locals (for records) avoid {@code taken}, the names the surrounding code uses; a
   * class target's one local is {@code value}.
   */
  static ReadTarget of(ObjectModel object, Set<String> taken) {
    return object.record() ? new RecordTarget(object, taken) : new ClassTarget(object);
  }

  /** Statements before the read loop. */
  abstract CodeBlock declare();

  /** The assignment of {@code value} to {@code property}, without the semicolon. */
  abstract CodeBlock assign(PropertyModel property, CodeBlock value);

  /** The expression returned after the loop. */
  abstract CodeBlock result();

  private static final class ClassTarget extends ReadTarget {
    private final ObjectModel object;

    ClassTarget(ObjectModel object) {
      this.object = object;
    }

    @Override
    CodeBlock declare() {
      return CodeBlock.builder()
          .addStatement("$T value = new $T()", object.type(), object.type())
          .build();
    }

    @Override
    CodeBlock assign(PropertyModel property, CodeBlock value) {
      return PropertyCode.assign("value", property, value);
    }

    @Override
    CodeBlock result() {
      return CodeBlock.of("value");
    }
  }

  private static final class RecordTarget extends ReadTarget {
    private final ObjectModel object;
    private final NameAllocator locals = new NameAllocator();

    RecordTarget(ObjectModel object, Set<String> taken) {
      this.object = object;
      new TreeSet<>(taken).forEach(locals::newName);
      for (PropertyModel property : object.properties()) {
        locals.newName(property.name(), property);
      }
    }

    @Override
    CodeBlock declare() {
      CodeBlock.Builder code = CodeBlock.builder();
      for (PropertyModel property : object.properties()) {
        code.addStatement(
            "$T $N = $L",
            property.javaType(),
            locals.get(property),
            defaultValue(property.javaType()));
      }
      return code.build();
    }

    @Override
    CodeBlock assign(PropertyModel property, CodeBlock value) {
      return CodeBlock.of("$N = $L", locals.get(property), value);
    }

    @Override
    CodeBlock result() {
      List<CodeBlock> arguments = new ArrayList<>();
      for (PropertyModel property : object.properties()) {
        arguments.add(CodeBlock.of("$N", locals.get(property)));
      }
      return CodeBlock.of("new $T($L)", object.type(), CodeBlock.join(arguments, ", "));
    }

    private static String defaultValue(TypeName type) {
      if (!type.isPrimitive()) {
        return "null";
      }
      return type.equals(TypeName.BOOLEAN) ? "false" : "0";
    }
  }
}
