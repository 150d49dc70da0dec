package io.redifu.processor;

import com.google.auto.common.MoreElements;
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
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

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

  /**
   * The stored shape of an {@code @Entity}. The properties named in {@code injected} are filled by
   * its {@code @RandIdRef}s on every fetch, so they are never stored.
   */
  ObjectModel parseEntity(TypeElement type, Set<String> injected) {
    return parse(type, injected, true);
  }

  /** The stored shape of a class or record nested in an entity's document. */
  ObjectModel parseNested(TypeElement type) {
    return parse(type, Set.of(), false);
  }

  private ObjectModel parse(TypeElement type, Set<String> injected, boolean entity) {
    List<PropertyModel> properties = new ArrayList<>();
    if (type.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : type.getRecordComponents()) {
        recordProperty(component, injected, entity, properties);
      }
    } else {
      Map<String, TypeElement> declaredBy = new HashMap<>();
      for (VariableElement field : Members.fields(type)) {
        String name = field.getSimpleName().toString();
        // Relations read their reference and fill their property even when JSON skips them.
        boolean related =
            injected.contains(name)
                || (entity && MoreElements.isAnnotationPresent(field, RandIdRef.class));
        if (field.getModifiers().contains(Modifier.STATIC) || (!related && !isStored(field))) {
          continue;
        }
        TypeElement owner = MoreElements.asType(field.getEnclosingElement());
        TypeElement hidden = declaredBy.putIfAbsent(name, owner);
        if (hidden != null) {
          reporter.error(
              field,
              Diagnostics.HIDDEN_PROPERTY,
              owner.getSimpleName(),
              name,
              name,
              hidden.getSimpleName());
        } else if (!reportedOutsideEntity(field, entity)) {
          classProperty(type, field, isStored(field) && !injected.contains(name), properties);
        }
      }
    }
    return new ObjectModel(ClassName.get(type), type.getKind() == ElementKind.RECORD, properties);
  }

  private void recordProperty(
      RecordComponentElement component,
      Set<String> injected,
      boolean entity,
      List<PropertyModel> properties) {
    String name = component.getSimpleName().toString();
    String accessor = component.getAccessor().getSimpleName().toString();
    TypeName javaType = TypeName.get(component.asType());
    Element source = Members.sourceElement(component);
    if (reportedOutsideEntity(source, entity)) {
      return;
    }
    if (injected.contains(name) || MoreElements.isAnnotationPresent(component, Transient.class)) {
      properties.add(new PropertyModel(name, javaType, null, accessor, true, name, false));
      return;
    }
    TypeResolver.Resolution resolution = types.resolve(component.asType());
    if (report(source, component.getEnclosingElement(), component.asType(), resolution)) {
      properties.add(
          new PropertyModel(name, javaType, resolution.type(), accessor, true, name, false));
    }
  }

  /** Adds the property of {@code field}, with no JSON shape unless it is {@code stored}. */
  private void classProperty(
      TypeElement type, VariableElement field, boolean stored, List<PropertyModel> out) {
    TypeMirror fieldType = accessors.fieldType(type, field);
    TypeResolver.Resolution resolution = stored ? types.resolve(fieldType) : null;
    if (stored && !report(field, field.getEnclosingElement(), fieldType, resolution)) {
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
            stored ? resolution.type() : null,
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
   * Reports a {@code @RandIdRef} on {@code source} outside an entity, where no fetch would resolve
   * it. Not a step of its own: auto-common's BasicAnnotationProcessor crashes on annotated record
   * components.
   */
  private boolean reportedOutsideEntity(Element source, boolean entity) {
    if (entity || !MoreElements.isAnnotationPresent(source, RandIdRef.class)) {
      return false;
    }
    String owner = source.getEnclosingElement().getSimpleName().toString();
    reporter.error(
        source,
        MoreElements.getAnnotationMirror(source, RandIdRef.class).orNull(),
        null,
        Diagnostics.RELATION_OUTSIDE_ENTITY,
        owner,
        source.getSimpleName(),
        owner);
    return true;
  }

  private static boolean isStored(VariableElement field) {
    return !field.getModifiers().contains(Modifier.STATIC)
        && !field.getModifiers().contains(Modifier.TRANSIENT)
        && !MoreElements.isAnnotationPresent(field, Transient.class);
  }
}
