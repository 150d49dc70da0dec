package io.redifu.processor.model;

import com.palantir.javapoet.ClassName;

/** The JSON shape of a stored property's type. */
public sealed interface TypeModel {
  /** A JSON scalar; {@code primitive} for {@code int} rather than {@code Integer}. */
  record Scalar(ScalarKind kind, boolean primitive) implements TypeModel {}

  /** An enum, stored by constant name. */
  record EnumType(ClassName type) implements TypeModel {}

  /** A {@code List} of elements. */
  record ListType(TypeModel element) implements TypeModel {}

  /** A {@code Set} of elements, read into insertion-ordered sets. */
  record SetType(TypeModel element) implements TypeModel {}

  /** A {@code Map} stored as a JSON object; keys are strings, enums, UUIDs, ints or longs. */
  record MapType(TypeModel key, TypeModel value) implements TypeModel {}

  /** A nested non-entity class or record, stored as a JSON object. */
  record Nested(ClassName type) implements TypeModel {}
}
