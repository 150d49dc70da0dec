package io.redifu.processor.writer;

import static io.redifu.processor.writer.RuntimeNames.TIME_BOUNDS;
import static io.redifu.processor.writer.RuntimeNames.TIME_RANGE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.redifu.processor.model.CollectionModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Public methods of one collection instance that forward to the store method of the same name with
 * the instance's rendered key (and, for seeding, its bound query {@code this::seedQuery}). The key
 * is {@code key} (the field of an {@code Instance}) or {@code key()} (a collection without key
 * parameters), so no method takes a key parameter. Range bounds ({@code from}/{@code to} of a time
 * series or sorted collection) are checked and converted by the runtime's {@code TimeBounds}, in
 * one statement.
 */
final class StoreCalls {
  /** A parameter of a forwarded method. */
  record Param(TypeName type, String name) {}

  private static final CodeBlock SEED_QUERY = CodeBlock.of("this::seedQuery");

  private final CodeBlock key;

  StoreCalls(CodeBlock key) {
    this.key = key;
  }

  /**
   * {@code store.name(key, rest...)}. {@code %s} in {@code javadoc} stands for the names of {@code
   * rest}, in order.
   */
  MethodSpec delegate(String name, TypeName returns, String javadoc, Param... rest) {
    return build(name, returns, javadoc, key, rest);
  }

  /** {@code store.name(key, this::seedQuery, rest...)}: the query bound to this instance. */
  MethodSpec delegateSeeding(String name, TypeName returns, String javadoc, Param... rest) {
    return build(name, returns, javadoc, CodeBlock.of("$L, $L", key, SEED_QUERY), rest);
  }

  /**
   * {@code store.name(key, before..., range.from(), range.to())} after {@code TimeRange range =
   * TimeBounds.range(from, to)}. {@code %1$s} and {@code %2$s} in {@code javadoc} stand for {@code
   * from} and {@code to}, of type {@code bound}, then {@code %3$s}... for the names of {@code
   * before}, the parameters before the bounds.
   */
  MethodSpec delegateRange(
      String name, TypeName returns, String javadoc, TypeName bound, Param... before) {
    return range(name, returns, javadoc, key, bound, before);
  }

  /** {@link #delegateRange} with the bound query after the key, as seeding needs. */
  MethodSpec delegateRangeSeeding(
      String name, TypeName returns, String javadoc, TypeName bound, Param... before) {
    return range(name, returns, javadoc, CodeBlock.of("$L, $L", key, SEED_QUERY), bound, before);
  }

  /** The bounds of a range: {@code Instant} when the collection is scored by time, else long. */
  static TypeName bound(CollectionModel collection) {
    return collection.scoredByTime() ? ClassName.get(Instant.class) : TypeName.LONG;
  }

  /**
   * {@code store.name(first, key)}: the entity or randId, then the key, as the store takes them.
   * {@code %s} in {@code javadoc} stands for the name of {@code first}.
   */
  MethodSpec leading(String name, String javadoc, Param first) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc("$L\n", String.format(javadoc, first.name()))
        .addModifiers(Modifier.PUBLIC)
        .addParameter(first.type(), first.name())
        .addStatement("store.$L($N, $L)", name, first.name(), key)
        .build();
  }

  private static MethodSpec build(
      String name, TypeName returns, String javadoc, CodeBlock leading, Param... rest) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name);
    List<CodeBlock> arguments = new ArrayList<>(List.of(leading));
    List<Object> given = new ArrayList<>();
    for (Param param : rest) {
      method.addParameter(param.type(), param.name());
      arguments.add(CodeBlock.of("$N", param.name()));
      given.add(param.name());
    }
    return method
        .addJavadoc("$L\n", String.format(javadoc, given.toArray()))
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addStatement(storeCall(name, returns, arguments))
        .build();
  }

  private static MethodSpec range(
      String name,
      TypeName returns,
      String javadoc,
      CodeBlock leading,
      TypeName bound,
      Param... before) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
    List<CodeBlock> arguments = new ArrayList<>(List.of(leading));
    List<Object> given = new ArrayList<>(List.of("from", "to"));
    for (Param param : before) {
      method.addParameter(param.type(), param.name());
      arguments.add(CodeBlock.of("$N", param.name()));
      given.add(param.name());
    }
    arguments.add(CodeBlock.of("range.from()"));
    arguments.add(CodeBlock.of("range.to()"));
    return method
        .addJavadoc("$L\n", String.format(javadoc, given.toArray()))
        .addParameter(bound, "from")
        .addParameter(bound, "to")
        .addStatement("$T range = $T.range(from, to)", TIME_RANGE, TIME_BOUNDS)
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
