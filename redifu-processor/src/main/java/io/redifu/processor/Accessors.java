package io.redifu.processor;

import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import io.redifu.processor.validation.Diagnostics;
import io.redifu.processor.validation.Reporter;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides how generated code in the stored type's package reads and assigns a field: directly when
 * it can, else through a getter ({@code getX}/{@code isX}) and a setter ({@code setX}).
 */
final class Accessors {
  private final Elements elements;
  private final Types types;
  private final Reporter reporter;

  /** How to read and write one field; names are field or method names. */
  record Access(String reader, boolean readsViaMethod, String writer, boolean writesViaSetter) {}

  Accessors(Elements elements, Types types, Reporter reporter) {
    this.elements = elements;
    this.types = types;
    this.reporter = reporter;
  }

  /** The type of {@code field} as a member of {@code type}: inherited type variables resolved. */
  TypeMirror fieldType(TypeElement type, VariableElement field) {
    return types.asMemberOf(MoreTypes.asDeclared(type.asType()), field);
  }

  /** The access to {@code field} from {@code type}'s package, or null after reporting why none. */
  Access of(TypeElement type, VariableElement field) {
    String name = field.getSimpleName().toString();
    String owner = field.getEnclosingElement().getSimpleName().toString();
    if (field.getModifiers().contains(Modifier.FINAL)) {
      reporter.error(field, Diagnostics.FINAL_FIELD, owner, name);
      return null;
    }
    String packageName = MoreElements.getPackage(type).getQualifiedName().toString();
    boolean visible = isVisible(field, packageName);
    ExecutableElement getter = visible ? null : getter(type, field, packageName);
    boolean writable = visible;
    ExecutableElement setter = writable ? null : setter(type, field, packageName);
    if ((visible || getter != null) && (writable || setter != null)) {
      return new Access(
          visible ? name : getter.getSimpleName().toString(),
          !visible,
          writable ? name : setter.getSimpleName().toString(),
          !writable);
    }
    String getterFix = getterNames(field).get(0) + "()";
    String setterFix =
        setterNames(field).get(0) + "(" + simpleTypeName(fieldType(type, field)) + ")";
    boolean needsBoth = getter == null && setter == null;
    reporter.error(
        field,
        Diagnostics.PRIVATE_FIELD,
        owner,
        name,
        needsBoth ? "getter and setter" : getter == null ? "getter" : "setter",
        packageName,
        needsBoth ? getterFix + " and " + setterFix : getter == null ? getterFix : setterFix);
    return null;
  }

  /**
   * The getter names accepted for {@code field}, the one to suggest first: {@code getX}, and for a
   * boolean {@code isX} too; a boolean named {@code isX} (JavaBeans' {@code isX()} / {@code setX})
   * also takes its own name.
   */
  private static List<String> getterNames(VariableElement field) {
    String capitalized = capitalize(field);
    if (!isBoolean(field)) {
      return List.of("get" + capitalized);
    }
    String name = field.getSimpleName().toString();
    return isPrefixed(name)
        ? List.of(name, "is" + capitalized, "get" + capitalized)
        : List.of("is" + capitalized, "get" + capitalized);
  }

  /** {@code setX}; for a boolean named {@code isX} first {@code setX} without the prefix. */
  private static List<String> setterNames(VariableElement field) {
    String name = field.getSimpleName().toString();
    String setter = "set" + capitalize(field);
    return isBoolean(field) && isPrefixed(name)
        ? List.of("set" + name.substring(2), setter)
        : List.of(setter);
  }

  /** Whether a boolean's name reads {@code isSomething}. */
  private static boolean isPrefixed(String name) {
    return name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2));
  }

  private ExecutableElement getter(TypeElement type, VariableElement field, String packageName) {
    List<String> names = getterNames(field);
    for (ExecutableElement method : methods(type)) {
      boolean named = names.contains(method.getSimpleName().toString());
      if (named
          && method.getParameters().isEmpty()
          && types.isSameType(memberType(type, method).getReturnType(), fieldType(type, field))
          && isVisible(method, packageName)) {
        return method;
      }
    }
    return null;
  }

  private ExecutableElement setter(TypeElement type, VariableElement field, String packageName) {
    List<String> names = setterNames(field);
    for (ExecutableElement method : methods(type)) {
      if (names.contains(method.getSimpleName().toString())
          && method.getParameters().size() == 1
          && types.isSameType(
              memberType(type, method).getParameterTypes().get(0), fieldType(type, field))
          && isVisible(method, packageName)) {
        return method;
      }
    }
    return null;
  }

  private ExecutableType memberType(TypeElement type, ExecutableElement method) {
    return MoreTypes.asExecutable(types.asMemberOf(MoreTypes.asDeclared(type.asType()), method));
  }

  private Iterable<ExecutableElement> methods(TypeElement type) {
    return ElementFilter.methodsIn(elements.getAllMembers(type));
  }

  /** Whether code in {@code packageName} may use the member (ignoring protected subclass rules). */
  private static boolean isVisible(Element member, String packageName) {
    if (member.getModifiers().contains(Modifier.PRIVATE)
        || member.getModifiers().contains(Modifier.STATIC)) {
      return false;
    }
    if (member.getModifiers().contains(Modifier.PUBLIC)) {
      return true;
    }
    return MoreElements.getPackage(member).getQualifiedName().contentEquals(packageName);
  }

  private static boolean isBoolean(VariableElement field) {
    return field.asType().getKind() == TypeKind.BOOLEAN;
  }

  private static String capitalize(VariableElement field) {
    String name = field.getSimpleName().toString();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String simpleTypeName(TypeMirror type) {
    return type.toString().replaceAll("([a-z_][\\w$]*\\.)+(?=[A-Z])", "");
  }
}
