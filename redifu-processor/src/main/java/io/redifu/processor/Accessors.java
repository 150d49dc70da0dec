package io.redifu.processor;

import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import io.redifu.processor.validation.Diagnostics;
import io.redifu.processor.validation.Reporter;
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
    String capitalized = capitalize(field);
    String getterFix = (isBoolean(field) ? "is" : "get") + capitalized + "()";
    String setterFix = "set" + capitalized + "(" + simpleTypeName(fieldType(type, field)) + ")";
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

  private ExecutableElement getter(TypeElement type, VariableElement field, String packageName) {
    String capitalized = capitalize(field);
    for (ExecutableElement method : methods(type)) {
      String name = method.getSimpleName().toString();
      boolean named =
          name.equals("get" + capitalized) || (isBoolean(field) && name.equals("is" + capitalized));
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
    String name = "set" + capitalize(field);
    for (ExecutableElement method : methods(type)) {
      if (method.getSimpleName().contentEquals(name)
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
