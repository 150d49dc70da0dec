package io.redifu.processor.writer;

import static io.redifu.processor.writer.RuntimeNames.CURSOR;
import static io.redifu.processor.writer.RuntimeNames.ORDER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.redifu.processor.model.CollectionModel;
import io.redifu.processor.model.CollectionModel.Kind;
import io.redifu.processor.writer.StoreCalls.Param;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The public methods of one collection instance, one per runtime store method, each delegating with
 * the instance's rendered key; none takes a key parameter ({@code feed.of(userRandId).add(post)},
 * {@code feed.of(userRandId).fetch(lastRandIds)}).
 */
final class CollectionMethods {
  private static final ClassName STRING = ClassName.get(String.class);
  private static final TypeName STRINGS =
      ParameterizedTypeName.get(ClassName.get(List.class), STRING);

  private final Kind kind;
  private final TypeName bound;
  private final ClassName type;
  private final String noun;
  private final TypeName items;
  private final TypeName itemCollection;
  private final StoreCalls calls;

  CollectionMethods(CollectionModel collection, ClassName type, StoreCalls calls, String noun) {
    this.kind = collection.kind();
    this.bound = StoreCalls.bound(collection);
    this.type = type;
    this.noun = noun;
    this.items = ParameterizedTypeName.get(ClassName.get(List.class), type);
    this.itemCollection = ParameterizedTypeName.get(ClassName.get(Collection.class), type);
    this.calls = calls;
  }

  List<MethodSpec> all() {
    return switch (kind) {
      case TIMELINE -> timeline();
      case SORTED -> sorted();
      case PAGE -> page();
      case TIME_SERIES -> timeSeries();
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
        calls.delegateRange(
            "fetchRange",
            items,
            "The items scored {@code %1$s} to {@code %2$s} inclusive, in {@code %3$s}.",
            bound,
            new Param(ORDER, "order")),
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
            "The cached items of page {@code %s}, counted from 1; also empty when it is not cached.",
            new Param(TypeName.INT, "page")),
        delegate(
            "fetchIfCached",
            ParameterizedTypeName.get(ClassName.get(Optional.class), items),
            "The cached items of page {@code %s} (from 1); {@code Optional.empty()} when not cached.",
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

  private List<MethodSpec> timeSeries() {
    return List.of(
        add(
            "Stores {@code %s} and indexes it when its score lies in a covered part of the series."),
        remove(),
        calls.delegateRange(
            "fetch",
            ParameterizedTypeName.get(RuntimeNames.TIME_SERIES_RESULT, type),
            "The cached items scored {@code %s} to {@code %s} inclusive, ascending, and the gaps"
                + " the cache does not cover.",
            bound),
        reset(),
        purge());
  }

  private MethodSpec add(String javadoc) {
    return calls.leading("add", javadoc, new Param(type, "value"));
  }

  private MethodSpec remove() {
    String javadoc =
        kind == Kind.PAGE
            ? "Takes {@code %s} out of this instance and drops its cached pages; the document stays."
            : "Takes {@code %s} out of this " + noun + " only; its document stays.";
    return calls.leading("remove", javadoc, new Param(STRING, "randId"));
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

  private MethodSpec delegate(String name, TypeName returns, String javadoc, Param... rest) {
    return calls.delegate(name, returns, javadoc, rest);
  }
}
