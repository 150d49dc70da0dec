package io.redifu.processor;

import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import com.palantir.javapoet.ClassName;
import io.redifu.annotation.Entity;
import io.redifu.processor.model.ScalarKind;
import io.redifu.processor.model.TypeModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Maps a field's type to its JSON shape, or explains why it has none. Nested classes it meets are
 * queued so their own fields get parsed too.
 */
final class TypeResolver {
  private static final Map<String, ScalarKind> SCALARS =
      Map.ofEntries(
          Map.entry("java.lang.Boolean", ScalarKind.BOOLEAN),
          Map.entry("java.lang.Byte", ScalarKind.BYTE),
          Map.entry("java.lang.Short", ScalarKind.SHORT),
          Map.entry("java.lang.Integer", ScalarKind.INT),
          Map.entry("java.lang.Long", ScalarKind.LONG),
          Map.entry("java.lang.Float", ScalarKind.FLOAT),
          Map.entry("java.lang.Double", ScalarKind.DOUBLE),
          Map.entry("java.lang.Character", ScalarKind.CHAR),
          Map.entry("java.lang.String", ScalarKind.STRING),
          Map.entry("java.math.BigDecimal", ScalarKind.BIG_DECIMAL),
          Map.entry("java.math.BigInteger", ScalarKind.BIG_INTEGER),
          Map.entry("java.util.UUID", ScalarKind.UUID),
          Map.entry("java.time.Instant", ScalarKind.INSTANT),
          Map.entry("java.time.LocalDate", ScalarKind.LOCAL_DATE),
          Map.entry("java.time.LocalDateTime", ScalarKind.LOCAL_DATE_TIME),
          Map.entry("java.time.OffsetDateTime", ScalarKind.OFFSET_DATE_TIME));
  private static final Set<ScalarKind> MAP_KEYS =
      Set.of(ScalarKind.STRING, ScalarKind.UUID, ScalarKind.INT, ScalarKind.LONG);

  /** A type's JSON shape, or the problem that prevents storing it. */
  record Resolution(TypeModel type, String problem, TypeElement embeddedEntity) {
    static Resolution problem(String problem) {
      return new Resolution(null, problem, null);
    }
  }

  private final Set<String> queued = new HashSet<>();
  private final Deque<TypeElement> pending = new ArrayDeque<>();

  /** The next nested class still to parse, or null. */
  TypeElement nextNested() {
    return pending.poll();
  }

  Resolution resolve(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return new Resolution(
          new TypeModel.Scalar(ScalarKind.valueOf(primitiveName(type)), true), null, null);
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return Resolution.problem("arrays are not supported; use a List");
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Resolution.problem("only concrete classes can be stored");
    }
    DeclaredType declared = MoreTypes.asDeclared(type);
    TypeElement element = MoreElements.asType(declared.asElement());
    String name = element.getQualifiedName().toString();
    ScalarKind scalar = SCALARS.get(name);
    if (scalar != null) {
      return new Resolution(new TypeModel.Scalar(scalar, false), null, null);
    }
    if (element.getKind() == ElementKind.ENUM) {
      return new Resolution(new TypeModel.EnumType(ClassName.get(element)), null, null);
    }
    return switch (name) {
      case "java.util.List" -> collection(declared, false);
      case "java.util.Set" -> collection(declared, true);
      case "java.util.Map" -> map(declared);
      default -> nested(element);
    };
  }

  private Resolution collection(DeclaredType declared, boolean set) {
    Resolution element = typeArgument(declared, 0);
    if (element.type() == null) {
      return element;
    }
    return new Resolution(
        set ? new TypeModel.SetType(element.type()) : new TypeModel.ListType(element.type()),
        null,
        null);
  }

  private Resolution map(DeclaredType declared) {
    Resolution key = typeArgument(declared, 0);
    if (key.type() == null) {
      return key;
    }
    boolean validKey =
        key.type() instanceof TypeModel.EnumType
            || key.type() instanceof TypeModel.Scalar s && MAP_KEYS.contains(s.kind());
    if (!validKey) {
      return Resolution.problem("map keys must be String, an enum, UUID, Integer or Long");
    }
    Resolution value = typeArgument(declared, 1);
    if (value.type() == null) {
      return value;
    }
    return new Resolution(new TypeModel.MapType(key.type(), value.type()), null, null);
  }

  private Resolution typeArgument(DeclaredType declared, int index) {
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    if (arguments.isEmpty()) {
      return Resolution.problem("a raw collection needs type arguments");
    }
    TypeMirror argument = arguments.get(index);
    if (argument.getKind() == TypeKind.WILDCARD) {
      return Resolution.problem("wildcard type arguments are not supported");
    }
    return resolve(argument);
  }

  private Resolution nested(TypeElement element) {
    if (MoreElements.isAnnotationPresent(element, Entity.class)) {
      return new Resolution(null, null, element);
    }
    String problem = nestedProblem(element);
    if (problem != null) {
      return Resolution.problem(problem);
    }
    if (queued.add(element.getQualifiedName().toString())) {
      pending.add(element);
    }
    return new Resolution(new TypeModel.Nested(ClassName.get(element)), null, null);
  }

  private static String nestedProblem(TypeElement element) {
    String name = element.getSimpleName().toString();
    String packageName = MoreElements.getPackage(element).getQualifiedName().toString();
    if (packageName.startsWith("java.") || packageName.startsWith("javax.")) {
      return name + " is a JDK type redifu has no JSON form for";
    }
    if (element.getKind() != ElementKind.CLASS && element.getKind() != ElementKind.RECORD) {
      return name + " is not a class or record";
    }
    if (element.getModifiers().contains(Modifier.ABSTRACT)) {
      return name + " is abstract";
    }
    if (element.getModifiers().contains(Modifier.PRIVATE)) {
      return name + " is private";
    }
    if (element.getNestingKind() == NestingKind.MEMBER
        && !element.getModifiers().contains(Modifier.STATIC)
        && element.getKind() != ElementKind.RECORD) {
      return name + " is an inner class; make it static";
    }
    if (!element.getTypeParameters().isEmpty()) {
      return name + " declares type parameters";
    }
    if (element.getKind() == ElementKind.CLASS && !hasNoArgConstructor(element)) {
      return name + " has no non-private no-argument constructor";
    }
    return null;
  }

  static boolean hasNoArgConstructor(TypeElement element) {
    return ElementFilter.constructorsIn(element.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE));
  }

  private static String primitiveName(TypeMirror type) {
    return type.getKind().name();
  }
}
