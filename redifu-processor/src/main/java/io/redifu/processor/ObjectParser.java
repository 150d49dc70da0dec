package io.redifu.processor;

import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.redifu.annotation.Transient;
import io.redifu.processor.model.ObjectModel;
import io.redifu.processor.model.PropertyModel;
import io.redifu.processor.validation.Diagnostics;
import io.redifu.processor.validation.Reporter;
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
 * Parses the stored properties of a class or record (an entity or a nested type), reporting every
 * property generated code could not store.
 */
final class ObjectParser {
  private final Reporter reporter;
  private final TypeResolver types;
  private final Accessors accessors;

  ObjectParser(Reporter reporter, TypeResolver types, Accessors accessors) {
    this.reporter = reporter;
    this.types = types;
    this.accessors = accessors;
  }

  ObjectModel parse(TypeElement type) {
    List<PropertyModel> properties = new ArrayList<>();
    if (type.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : type.getRecordComponents()) {
        recordProperty(component, properties);
      }
    } else {
      for (TypeElement owner : hierarchy(type)) {
        for (VariableElement field : ElementFilter.fieldsIn(owner.getEnclosedElements())) {
          if (isStored(field)) {
            classProperty(type, field, properties);
          }
        }
      }
    }
    return new ObjectModel(ClassName.get(type), type.getKind() == ElementKind.RECORD, properties);
  }

  private void recordProperty(RecordComponentElement component, List<PropertyModel> properties) {
    String name = component.getSimpleName().toString();
    String accessor = component.getAccessor().getSimpleName().toString();
    TypeName javaType = TypeName.get(component.asType());
    if (MoreElements.isAnnotationPresent(component, Transient.class)) {
      properties.add(new PropertyModel(name, javaType, null, accessor, true, name, false));
      return;
    }
    TypeResolver.Resolution resolution = types.resolve(component.asType());
    if (report(component, component.getEnclosingElement(), component.asType(), resolution)) {
      properties.add(
          new PropertyModel(name, javaType, resolution.type(), accessor, true, name, false));
    }
  }

  private void classProperty(TypeElement type, VariableElement field, List<PropertyModel> out) {
    TypeResolver.Resolution resolution = types.resolve(field.asType());
    if (!report(field, field.getEnclosingElement(), field.asType(), resolution)) {
      return;
    }
    Accessors.Access access = accessors.of(type, field);
    if (access == null) {
      return; // reported
    }
    out.add(
        new PropertyModel(
            field.getSimpleName().toString(),
            TypeName.get(field.asType()),
            resolution.type(),
            access.reader(),
            access.readsViaMethod(),
            access.writer(),
            access.writesViaSetter()));
  }

  /** Reports an unstorable type on {@code element}; returns whether the type is storable. */
  private boolean report(
      Element element, Element owner, TypeMirror type, TypeResolver.Resolution resolution) {
    String ownerName = owner.getSimpleName().toString();
    String name = element.getSimpleName().toString();
    if (resolution.embeddedEntity() != null) {
      reporter.error(
          element,
          Diagnostics.EMBEDDED_ENTITY,
          ownerName,
          name,
          resolution.embeddedEntity().getSimpleName(),
          name);
      return false;
    }
    if (resolution.problem() != null) {
      reporter.error(
          element, Diagnostics.UNSUPPORTED_TYPE, ownerName, name, type, resolution.problem());
      return false;
    }
    return true;
  }

  private static boolean isStored(VariableElement field) {
    return !field.getModifiers().contains(Modifier.STATIC)
        && !field.getModifiers().contains(Modifier.TRANSIENT)
        && !MoreElements.isAnnotationPresent(field, Transient.class);
  }

  /** The type and its superclasses, root first, so inherited properties come first. */
  private static List<TypeElement> hierarchy(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement t = type; t != null; t = superclass(t)) {
      chain.add(0, t);
    }
    return chain;
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
