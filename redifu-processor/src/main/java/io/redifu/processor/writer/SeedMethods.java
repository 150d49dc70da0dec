package io.redifu.processor.writer;

import static io.redifu.processor.writer.RuntimeNames.CURSOR;
import static io.redifu.processor.writer.RuntimeNames.ORDER;
import static io.redifu.processor.writer.RuntimeNames.SEED_QUERY;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.redifu.processor.model.CollectionModel;
import io.redifu.processor.model.CollectionModel.Kind;
import io.redifu.processor.writer.StoreCalls.Param;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The seeding members of generated caches: the functional interface that supplies the SQL ({@code
 * Seeder} of a collection, {@code Loader} of an entity), its setter, and the methods that read
 * through to SQL, each delegating to the store.
 */
final class SeedMethods {
  private static final ClassName STRING = ClassName.get(String.class);
  private static final TypeName STRINGS =
      ParameterizedTypeName.get(ClassName.get(List.class), STRING);

  private SeedMethods() {}

  /**
   * {@code Loader}, {@code loadedBy(Loader)} and {@code getOrLoad(String)} of {@code PostCache}.
   */
  static void addToEntityCache(TypeSpec.Builder cache, ClassName cacheName, ClassName type) {
    cache
        .addType(
            functionalInterface(
                "Loader",
                CodeBlock.of("The SQL that loads entities of {@link $T} by randId.\n", type),
                CodeBlock.of(
                    "The query returning the rows of those of {@code randIds} the source has; the"
                        + " others are marked missing.\n"),
                List.of(ParameterSpec.builder(STRINGS, "randIds").build())))
        .addMethod(
            setter(
                "loadedBy",
                "Loader",
                "loader",
                cacheName,
                CodeBlock.of(
                    "Loads entities missing from Redis with {@code loader}'s query: {@link"
                        + " #getOrLoad(String)}, documents missing during collection fetches and"
                        + " missing related documents, all missing ids of one read in one query."
                        + " Returns this cache.\n"),
                CodeBlock.of("store.loadedBy(loader::query)")))
        .addMethod(
            MethodSpec.methodBuilder("getOrLoad")
                .addJavadoc(
                    "The cached entity, else the one the {@link #loadedBy} query returns (stored),"
                        + " else null (marked missing); concurrent calls for one id run the query"
                        + " once.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addParameter(STRING, "randId")
                .addStatement("return store.getOrLoad(randId)")
                .build());
  }

  /**
   * {@code Seeder} and {@code seededBy(Seeder)} of a collection cache: the seeder goes to the
   * cache's {@code SeederSlot}, shared with its {@code raw()} twin.
   */
  static void addToCollectionCache(
      TypeSpec.Builder cache,
      ClassName cacheName,
      CollectionModel collection,
      KeyParameters keys,
      String noun) {
    cache
        .addType(
            functionalInterface(
                "Seeder",
                CodeBlock.of("The SQL that seeds one instance of this $L.\n", noun),
                CodeBlock.of(
                    "The query returning the items of the instance with these key parameters;"
                        + " redifu adds ORDER BY and $L itself.\n",
                    collection.kind() == Kind.TIME_SERIES ? "the range condition" : "paging"),
                keys.parameters()))
        .addMethod(
            MethodSpec.methodBuilder("seededBy")
                .addJavadoc(
                    "Sets the query that seeds this $L from SQL, which {@code seed} and {@code"
                        + " fetchOrSeed} run; returns this cache.\n",
                    noun)
                .addModifiers(Modifier.PUBLIC)
                .returns(cacheName)
                .addParameter(cacheName.nestedClass("Seeder"), "seeder")
                .addStatement("this.seeder.set(seeder)")
                .addStatement("return this")
                .build());
  }

  /**
   * {@code seed}, a {@code fetchOrSeed} twin of each fetch, and the private {@code seedQuery()}
   * they hand the store: the seeder applied to the instance's own key parameters, typed and named.
   */
  static List<MethodSpec> instanceMethods(
      CollectionModel collection, ClassName type, KeyParameters keys, StoreCalls calls) {
    List<MethodSpec> methods = new ArrayList<>(seedingMethods(collection, type, calls));
    methods.add(
        MethodSpec.methodBuilder("seedQuery")
            .addJavadoc("The seeder's query for this instance.\n")
            .addModifiers(Modifier.PRIVATE)
            .returns(SEED_QUERY)
            .addStatement("return seeder.get().query($L)", keys.arguments())
            .build());
    return methods;
  }

  private static List<MethodSpec> seedingMethods(
      CollectionModel collection, ClassName type, StoreCalls calls) {
    TypeName items = ParameterizedTypeName.get(ClassName.get(List.class), type);
    return switch (collection.kind()) {
      case TIMELINE -> {
        TypeName page = ParameterizedTypeName.get(RuntimeNames.TIMELINE_PAGE, type);
        yield List.of(
            calls.delegateSeeding(
                "seed",
                TypeName.INT,
                "Seeds the page after {@code %s} (null or empty: the first page) with one query;"
                    + " returns the number of items committed.",
                new Param(STRING, "lastRandId")),
            calls.delegateSeeding(
                "fetchOrSeed",
                page,
                "Like {@code fetch}, but first seeds from SQL what the page after {@code %s}"
                    + " needs; concurrent cold fetches run the query once.",
                new Param(STRINGS, "lastRandIds")),
            calls.delegateSeeding(
                "fetchOrSeed",
                page,
                "Like {@code fetch}, but first seeds from SQL what the page after {@code %s}"
                    + " needs, from its score when its item was removed.",
                new Param(CURSOR, "cursor")));
      }
      case SORTED ->
          List.of(
              calls.delegateSeeding(
                  "seed",
                  TypeName.INT,
                  "Seeds the whole collection with one query; returns the number of items"
                      + " committed."),
              calls.delegateSeeding(
                  "fetchOrSeed",
                  items,
                  "Every item, in {@code %s} of score, seeding the collection first when it is not"
                      + " cached.",
                  new Param(ORDER, "order")),
              calls.delegateRangeSeeding(
                  "fetchRangeOrSeed",
                  items,
                  "The items scored {@code %1$s} to {@code %2$s} inclusive, in {@code %3$s},"
                      + " seeding the collection first when it is not cached.",
                  StoreCalls.bound(collection),
                  new Param(ORDER, "order")));
      case PAGE ->
          List.of(
              calls.delegateSeeding(
                  "seed",
                  TypeName.INT,
                  "Seeds page {@code %s} (from 1) with one query; returns the number of items"
                      + " committed.",
                  new Param(TypeName.INT, "page")),
              calls.delegateSeeding(
                  "fetchOrSeed",
                  items,
                  "The items of page {@code %s}, counted from 1, seeding the page first when it is"
                      + " not cached.",
                  new Param(TypeName.INT, "page")));
      case TIME_SERIES ->
          List.of(
              calls.delegateRangeSeeding(
                  "seed",
                  TypeName.INT,
                  "Seeds every gap between {@code %s} and {@code %s} from SQL; returns the number"
                      + " of items committed.",
                  StoreCalls.bound(collection)),
              calls.delegateRangeSeeding(
                  "fetchOrSeed",
                  ParameterizedTypeName.get(RuntimeNames.TIME_SERIES_RESULT, type),
                  "Like {@code fetch}, but first seeds from SQL every gap between {@code %s} and"
                      + " {@code %s}; concurrent cold fetches run the query once.",
                  StoreCalls.bound(collection)));
    };
  }

  /** {@code @FunctionalInterface public interface Name { SeedQuery query(...); }}. */
  private static TypeSpec functionalInterface(
      String name, CodeBlock javadoc, CodeBlock queryJavadoc, List<ParameterSpec> parameters) {
    return TypeSpec.interfaceBuilder(name)
        .addJavadoc(javadoc)
        .addAnnotation(FunctionalInterface.class)
        .addModifiers(Modifier.PUBLIC)
        .addMethod(
            MethodSpec.methodBuilder("query")
                .addJavadoc(queryJavadoc)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(SEED_QUERY)
                .addParameters(parameters)
                .build())
        .build();
  }

  /** {@code public Cache name(Type parameter)}: rejects null, runs {@code call}, returns this. */
  private static MethodSpec setter(
      String name,
      String interfaceName,
      String parameter,
      ClassName cache,
      CodeBlock javadoc,
      CodeBlock call) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(javadoc)
        .addModifiers(Modifier.PUBLIC)
        .returns(cache)
        .addParameter(cache.nestedClass(interfaceName), parameter)
        .beginControlFlow("if ($N == null)", parameter)
        .addStatement(
            "throw new $T($S)", IllegalArgumentException.class, parameter + " must not be null")
        .endControlFlow()
        .addStatement("$L", call)
        .addStatement("return this")
        .build();
  }
}
