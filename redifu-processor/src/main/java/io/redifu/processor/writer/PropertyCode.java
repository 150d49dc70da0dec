package io.redifu.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.redifu.processor.model.PropertyModel;

/**
 * How generated code in the owner's package reads and assigns one property: through the field, or
 * through the accessor and setter the parser chose.
 */
final class PropertyCode {
  private PropertyCode() {}

  /** {@code value.title}, {@code value.getLikes()} or, for a record, {@code value.name()}. */
  static CodeBlock read(String instance, PropertyModel property) {
    return property.readsViaMethod()
        ? CodeBlock.of("$L.$L()", instance, property.reader())
        : CodeBlock.of("$L.$L", instance, property.reader());
  }

  /** A function reading the property: {@code Post::getLikes}, or {@code item -> item.title}. */
  static CodeBlock reader(ClassName owner, PropertyModel property) {
    return property.readsViaMethod()
        ? CodeBlock.of("$T::$L", owner, property.reader())
        : CodeBlock.of("item -> $L", read("item", property));
  }

  /**
   * {@code value.title = v} or {@code value.setLikes(v)}, without the semicolon; not for records.
   */
  static CodeBlock assign(String instance, PropertyModel property, CodeBlock value) {
    return property.writesViaSetter()
        ? CodeBlock.of("$L.$L($L)", instance, property.writer(), value)
        : CodeBlock.of("$L.$L = $L", instance, property.writer(), value);
  }
}
