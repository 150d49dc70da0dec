package io.redifu.processor.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Public methods of a collection cache that forward to the store method of the same name with the
 * rendered key (and, for seeding, the key parameters' values). Call shapes: the entity or randId
 * first for {@code add}/{@code remove}, the key parameters first for everything else; other
 * parameters are renamed around the key parameters.
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
        .addStatement(
            "$Lstore.$L($L)",
            returns.equals(TypeName.VOID) ? "" : "return ",
            name,
            CodeBlock.join(arguments, ", "))
        .build();
  }
}
