package io.redifu.processor;

import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.redifu.annotation.RandIdRef;
import io.redifu.annotation.Transient;
import io.redifu.processor.model.ObjectModel;
import io.redifu.processor.model.PropertyModel;
import io.redifu.processor.validation.Diagnostics;
import io.redifu.processor.validation.Reporter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
      Map<String, TypeElement> declaredBy = new HashMap<>();
      for (TypeElement owner : hierarchy(type)) {
        for (VariableElement field : ElementFilter.fieldsIn(owner.getEnclosedElements())) {
          if (!isStored(field)) {
            continue;
          }
          TypeElement hidden = declaredBy.putIfAbsent(field.getSimpleName().toString(), owner);
          if (hidden != null) {
            reporter.error(
                field,
                Diagnostics.HIDDEN_PROPERTY,
                owner.getSimpleName(),
                field.getSimpleName(),
                field.getSimpleName(),
                hidden.getSimpleName());
          } else if (!reportedRandIdRef(field, field)) {
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
    Element source = sourceElement(component);
    if (reportedRandIdRef(component, source)) {
      return;
    }
    if (MoreElements.isAnnotationPresent(component, Transient.class)) {
      properties.add(new PropertyModel(name, javaType, null, accessor, true, name, false));
      return;
    }
    TypeResolver.Resolution resolution = types.resolve(component.asType());
    if (report(source, component.getEnclosingElement(), component.asType(), resolution)) {
      properties.add(
          new PropertyModel(name, javaType, resolution.type(), accessor, true, name, false));
    }
  }

  private void classProperty(TypeElement type, VariableElement field, List<PropertyModel> out) {
    TypeMirror fieldType = accessors.fieldType(type, field);
    TypeResolver.Resolution resolution = types.resolve(fieldType);
    if (!report(field, field.getEnclosingElement(), fieldType, resolution)) {
      return;
    }
    Accessors.Access access = accessors.of(type, field);
    if (access == null) {
      return; // reported
    }
    out.add(
        new PropertyModel(
            field.getSimpleName().toString(),
            TypeName.get(fieldType),
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

  /**
   * Reports {@code @RandIdRef}, whose generation has not landed, on {@code source}. Not a step of
   * its own: auto-common's BasicAnnotationProcessor crashes on annotated record components.
   */
  private boolean reportedRandIdRef(Element annotated, Element source) {
    if (!MoreElements.isAnnotationPresent(annotated, RandIdRef.class)) {
      return false;
    }
    reporter.error(
        source,
        MoreElements.getAnnotationMirror(source, RandIdRef.class).orNull(),
        null,
        Diagnostics.NOT_YET_SUPPORTED,
        "RandIdRef",
        annotated.getSimpleName(),
        "relations");
    return true;
  }

  /**
   * The record's private field for {@code component}, where javac reports at the component in the
   * record header; javac has no source position for the component element itself.
   */
  private static Element sourceElement(RecordComponentElement component) {
    for (VariableElement field :
        ElementFilter.fieldsIn(component.getEnclosingElement().getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(component.getSimpleName())) {
        return field;
      }
    }
    return component;
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
