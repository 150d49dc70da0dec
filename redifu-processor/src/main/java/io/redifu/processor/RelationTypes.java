package io.redifu.processor;

import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import com.palantir.javapoet.ClassName;
import io.redifu.annotation.Entity;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The types on both ends of a {@code @RandIdRef}: randIds, and the entities they reference. */
final class RelationTypes {
  private RelationTypes() {}

  /** The entity a property holds, and whether it holds a List of them. */
  record Target(ClassName entity, boolean many) {}

  /** True for {@code List<String>}, false for {@code String}, null for any other reference. */
  static Boolean referenceMany(TypeMirror type) {
    if (isNamed(type, "java.lang.String")) {
      return false;
    }
    return isList(type) && isNamed(elementType(type), "java.lang.String") ? true : null;
  }

  /** The entity an {@code @Entity} or {@code List<@Entity>} property holds, else null. */
  static Target target(TypeMirror type) {
    if (isEntity(type)) {
      return new Target(ClassName.get(MoreTypes.asTypeElement(type)), false);
    }
    if (isList(type) && isEntity(elementType(type))) {
      return new Target(ClassName.get(MoreTypes.asTypeElement(elementType(type))), true);
    }
    return null;
  }

  static boolean isList(TypeMirror type) {
    return isNamed(type, "java.util.List")
        && MoreTypes.asDeclared(type).getTypeArguments().size() == 1;
  }

  private static boolean isEntity(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && MoreElements.isAnnotationPresent(MoreTypes.asTypeElement(type), Entity.class);
  }

  private static TypeMirror elementType(TypeMirror list) {
    return MoreTypes.asDeclared(list).getTypeArguments().get(0);
  }

  private static boolean isNamed(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && MoreTypes.asTypeElement(type).getQualifiedName().contentEquals(qualifiedName);
  }
}
