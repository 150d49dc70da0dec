package io.redifu.processor.writer;

import static io.redifu.processor.writer.RuntimeNames.CURSOR;
import static io.redifu.processor.writer.RuntimeNames.ORDER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.redifu.processor.model.CollectionModel.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The public methods of a collection cache, one per runtime store method, each delegating with the
 * rendered key. Call shapes: the entity or randId first for {@code add}/{@code remove}, the key
 * parameters first for everything else ({@code feed.add(post, userRandId)}, {@code
 * feed.fetch(userRandId, lastRandIds)}).
 */
final class CollectionMethods {
  private static final ClassName STRING = ClassName.get(String.class);
  private static final TypeName STRINGS =
      ParameterizedTypeName.get(ClassName.get(List.class), STRING);

  /** A parameter other than the key parameters. */
  private record Param(TypeName type, String name) {}

  private final Kind kind;
  private final ClassName type;
  private final KeyParameters keys;
  private final String noun;
  private final TypeName items;
  private final TypeName itemCollection;

  CollectionMethods(Kind kind, ClassName type, KeyParameters keys, String noun) {
    this.kind = kind;
    this.type = type;
    this.keys = keys;
    this.noun = noun;
    this.items = ParameterizedTypeName.get(ClassName.get(List.class), type);
    this.itemCollection = ParameterizedTypeName.get(ClassName.get(Collection.class), type);
  }

  List<MethodSpec> all() {
    return switch (kind) {
      case TIMELINE -> timeline();
      case SORTED -> sorted();
      case PAGE -> page();
    };
  }

  private List<MethodSpec> timeline() {
    TypeName page = ParameterizedTypeName.get(RuntimeNames.TIMELINE_PAGE, type);
    return List.of(
        add("Stores {@code %s} and indexes it where the cached range covers its score."),
        remove(),
        delegate(
            "fetch",
            page,
            "The page after the newest of {@code %s} still here; none: the first page.",
            new Param(STRINGS, "lastRandIds")),
        delegate(
            "fetch",
            page,
            "The page after {@code %s}, even if the item it names was removed.",
            new Param(CURSOR, "cursor")),
        delegate("fetchAll", items, "Every cached item, in timeline order."),
        delegate(
            "requiresSeeding",
            TypeName.BOOLEAN,
            "Whether to seed: not cached, or {@code %s} < PER_PAGE and the cache is not complete.",
            new Param(TypeName.INT, "itemsReturned")),
        reset(),
        purge(),
        delegate(
            "ingest",
            TypeName.BOOLEAN,
            "Commits one seeded page and its flags atomically; false when the snapshot is stale.",
            new Param(itemCollection, "items"),
            new Param(TypeName.BOOLEAN, "firstPage"),
            new Param(TypeName.BOOLEAN, "reachedEnd"),
            new Param(STRING, "expectedGen")));
  }

  private List<MethodSpec> sorted() {
    return List.of(
        add("Stores {@code %s} and indexes it if this collection is cached."),
        remove(),
        delegate("fetch", items, "Every item, in {@code %s} of score.", new Param(ORDER, "order")),
        delegate(
            "fetchRange",
            items,
            "The items scored {@code %2$s} to {@code %3$s} inclusive, in {@code %1$s}.",
            new Param(ORDER, "order"),
            new Param(TypeName.LONG, "lower"),
            new Param(TypeName.LONG, "upper")),
        delegate(
            "requiresSeeding",
            TypeName.BOOLEAN,
            "Whether this collection is not cached and must be seeded."),
        delegate(
            "ingest",
            TypeName.BOOLEAN,
            "Commits the whole seeded set atomically; false when the snapshot is stale.",
            new Param(itemCollection, "items"),
            new Param(STRING, "expectedGen")),
        reset(),
        purge());
  }

  private List<MethodSpec> page() {
    return List.of(
        delegate(
            "fetch",
            items,
            "The cached items of page {@code %s}, counted from 1.",
            new Param(TypeName.INT, "page")),
        delegate(
            "requiresSeeding",
            TypeName.BOOLEAN,
            "Whether page {@code %s} is not cached and must be seeded.",
            new Param(TypeName.INT, "page")),
        add("Stores {@code %s} and drops the cached pages of this instance."),
        remove(),
        delegate(
            "ingest",
            TypeName.BOOLEAN,
            "Caches one seeded page atomically; false when the snapshot is stale.",
            new Param(TypeName.INT, "page"),
            new Param(itemCollection, "items"),
            new Param(STRING, "expectedGen")),
        reset(),
        purge());
  }

  private MethodSpec add(String javadoc) {
    return leading("add", javadoc, new Param(type, "value"));
  }

  private MethodSpec remove() {
    String javadoc =
        kind == Kind.PAGE
            ? "Takes {@code %s} out of this instance and drops its cached pages; the document stays."
            : "Takes {@code %s} out of this " + noun + " only; its document stays.";
    return leading("remove", javadoc, new Param(STRING, "randId"));
  }

  private MethodSpec reset() {
    return delegate(
        "reset", TypeName.VOID, "Drops the ids and state of this instance; documents stay.");
  }

  private MethodSpec purge() {
    return delegate(
        "purge",
        TypeName.VOID,
        "Drops the ids and state of this instance and deletes its documents.");
  }

  /**
   * {@code store.name(first, key(...))}: the entity or randId before the key parameters. {@code %s}
   * in {@code javadoc} stands for the name given to {@code first}.
   */
  private MethodSpec leading(String name, String javadoc, Param first) {
    String firstName = keys.allocator().newName(first.name());
    return MethodSpec.methodBuilder(name)
        .addJavadoc("$L\n", String.format(javadoc, firstName))
        .addModifiers(Modifier.PUBLIC)
        .addParameter(first.type(), firstName)
        .addParameters(keys.parameters())
        .addStatement("store.$L($N, $L)", name, firstName, keys.call())
        .build();
  }

  /**
   * {@code store.name(key(...), rest...)}: the key parameters first. {@code %s} in {@code javadoc}
   * stands for the names given to {@code rest}, in order.
   */
  private MethodSpec delegate(String name, TypeName returns, String javadoc, Param... rest) {
    NameAllocator names = keys.allocator();
    MethodSpec.Builder method = MethodSpec.methodBuilder(name).addParameters(keys.parameters());
    List<CodeBlock> arguments = new ArrayList<>();
    List<Object> given = new ArrayList<>();
    arguments.add(keys.call());
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
