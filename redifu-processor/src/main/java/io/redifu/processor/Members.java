package io.redifu.processor;

import com.google.auto.common.MoreTypes;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The properties a parser looks at: the fields of a class and its superclasses, or record
 * components.
 */
final class Members {
  private Members() {}

  /**
   * One property.
   *
   * @param source where its annotations are read and errors reported: the field, or for a record
   *     component its private field, which javac places on the component in the record header
   * @param type its type as a member of the parsed type (inherited type variables resolved)
   */
  record Member(String name, Element source, TypeMirror type) {}

  /** Instance fields (inherited first) or record components, in declaration order. */
  static List<Member> of(TypeElement type, Accessors accessors) {
    List<Member> members = new ArrayList<>();
    if (type.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : type.getRecordComponents()) {
        members.add(
            new Member(
                component.getSimpleName().toString(),
                sourceElement(component),
                component.asType()));
      }
      return members;
    }
    for (VariableElement field : fields(type)) {
      if (!field.getModifiers().contains(Modifier.STATIC)) {
        members.add(
            new Member(field.getSimpleName().toString(), field, accessors.fieldType(type, field)));
      }
    }
    return members;
  }

  /**
   * The fields of the type and its superclasses, root first, so inherited properties come first.
   */
  static List<VariableElement> fields(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement t = type; t != null; t = superclass(t)) {
      chain.add(0, t);
    }
    List<VariableElement> fields = new ArrayList<>();
    for (TypeElement owner : chain) {
      fields.addAll(ElementFilter.fieldsIn(owner.getEnclosedElements()));
    }
    return fields;
  }

  /**
   * The record's private field for {@code component}, where javac reports at the component in the
   * record header; javac has no source position for the component element itself.
   */
  static Element sourceElement(RecordComponentElement component) {
    for (VariableElement field :
        ElementFilter.fieldsIn(component.getEnclosingElement().getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(component.getSimpleName())) {
        return field;
      }
    }
    return component;
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = MoreTypes.asTypeElement(superclass);
    return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
  }
}
