package io.redifu.processor.writer;

import static io.redifu.processor.writer.RuntimeNames.TIME_BOUNDS;
import static io.redifu.processor.writer.RuntimeNames.TIME_RANGE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import io.redifu.processor.model.CollectionModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Public methods of a collection cache that forward to the store method of the same name with the
 * rendered key (and, for seeding, the key parameters' values). Call shapes: the entity or randId
 * first for {@code add}/{@code remove}, the key parameters first for everything else; other
 * parameters are renamed around the key parameters. Range bounds ({@code from}/{@code to} of a time
 * series or sorted collection) are checked and converted by the runtime's {@code TimeBounds}, in
 * one statement.
 */
final class StoreCalls {
  /** A parameter other than the key parameters. */
  record Param(TypeName type, String name) {}

  private final KeyParameters keys;

  StoreCalls(KeyParameters keys) {
    this.keys = keys;
  }

  /**
   * {@code store.name(key(...), rest...)}. {@code %s} in {@code javadoc} stands for the names given
   * to {@code rest}, in order.
   */
  MethodSpec delegate(String name, TypeName returns, String javadoc, Param... rest) {
    return build(name, returns, javadoc, keys.call(), rest);
  }

  /** {@code store.name(key(...), List.of(...), rest...)}: what seeding passes to its query. */
  MethodSpec delegateWithValues(String name, TypeName returns, String javadoc, Param... rest) {
    return build(name, returns, javadoc, CodeBlock.of("$L, $L", keys.call(), keys.values()), rest);
  }

  /**
   * {@code store.name(key(...), before..., range.from(), range.to())} after {@code TimeRange range
   * = TimeBounds.range(from, to)}. {@code %1$s} and {@code %2$s} in {@code javadoc} stand for the
   * names given to {@code from} and {@code to}, of type {@code bound}, then {@code %3$s}... for
   * those of {@code before}, the parameters between the key parameters and the bounds.
   */
  MethodSpec delegateRange(
      String name, TypeName returns, String javadoc, TypeName bound, Param... before) {
    return range(name, returns, javadoc, keys.call(), bound, before);
  }

  /** {@link #delegateRange} with the key parameters' values after the key, as seeding needs. */
  MethodSpec delegateRangeWithValues(
      String name, TypeName returns, String javadoc, TypeName bound, Param... before) {
    return range(
        name, returns, javadoc, CodeBlock.of("$L, $L", keys.call(), keys.values()), bound, before);
  }

  /** The bounds of a range: {@code Instant} when the collection is scored by time, else long. */
  static TypeName bound(CollectionModel collection) {
    return collection.scoredByTime() ? ClassName.get(Instant.class) : TypeName.LONG;
  }

  /**
   * {@code store.name(first, key(...))}: the entity or randId before the key parameters. {@code %s}
   * in {@code javadoc} stands for the name given to {@code first}.
   */
  MethodSpec leading(String name, String javadoc, Param first) {
    String firstName = keys.allocator().newName(first.name());
    return MethodSpec.methodBuilder(name)
        .addJavadoc("$L\n", String.format(javadoc, firstName))
        .addModifiers(Modifier.PUBLIC)
        .addParameter(first.type(), firstName)
        .addParameters(keys.parameters())
        .addStatement("store.$L($N, $L)", name, firstName, keys.call())
        .build();
  }

  private MethodSpec build(
      String name, TypeName returns, String javadoc, CodeBlock leading, Param... rest) {
    NameAllocator names = keys.allocator();
    MethodSpec.Builder method = MethodSpec.methodBuilder(name).addParameters(keys.parameters());
    List<CodeBlock> arguments = new ArrayList<>();
    List<Object> given = new ArrayList<>();
    arguments.add(leading);
    for (Param param : rest) {
      String parameter = names.newName(param.name());
      method.addParameter(param.type(), parameter);
      arguments.add(CodeBlock.of("$N", parameter));
      given.add(parameter);
    }
    return method
        .addJavadoc("$L\n", String.format(javadoc, given.toArray()))
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addStatement(storeCall(name, returns, arguments))
        .build();
  }

  private MethodSpec range(
      String name,
      TypeName returns,
      String javadoc,
      CodeBlock leading,
      TypeName bound,
      Param... before) {
    NameAllocator names = keys.allocator();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addParameters(keys.parameters());
    List<CodeBlock> arguments = new ArrayList<>(List.of(leading));
    List<Object> given = new ArrayList<>();
    for (Param param : before) {
      String parameter = names.newName(param.name());
      method.addParameter(param.type(), parameter);
      arguments.add(CodeBlock.of("$N", parameter));
      given.add(parameter);
    }
    String from = names.newName("from");
    String to = names.newName("to");
    String range = names.newName("range");
    given.add(0, from);
    given.add(1, to);
    arguments.add(CodeBlock.of("$N.from()", range));
    arguments.add(CodeBlock.of("$N.to()", range));
    return method
        .addJavadoc("$L\n", String.format(javadoc, given.toArray()))
        .addParameter(bound, from)
        .addParameter(bound, to)
        .addStatement("$T $N = $T.range($N, $N)", TIME_RANGE, range, TIME_BOUNDS, from, to)
        .addStatement(storeCall(name, returns, arguments))
        .build();
  }

  /** {@code [return ]store.name(arguments...)}, without the semicolon. */
  private static CodeBlock storeCall(String name, TypeName returns, List<CodeBlock> arguments) {
    return CodeBlock.of(
        "$Lstore.$L($L)",
        returns.equals(TypeName.VOID) ? "" : "return ",
        name,
        CodeBlock.join(arguments, ", "));
  }
}
