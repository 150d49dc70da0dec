package io.redifu.processor.writer;

import static io.redifu.processor.writer.RuntimeNames.ORDER;
import static io.redifu.processor.writer.RuntimeNames.SCORES;
import static io.redifu.processor.writer.RuntimeNames.SEEDER_SLOT;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.redifu.annotation.Order;
import io.redifu.processor.model.CollectionModel;
import io.redifu.processor.model.EntityModel;
import io.redifu.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code PostTimelineCache}, {@code PostSortedCache}, {@code PostPageCache} or {@code
 * PostTimeSeriesCache}: typed key parameters in front of the runtime store of one collection
 * declaration, sharing the entity store's {@code PostCache.SPEC}. The methods come from {@link
 * CollectionMethods}.
 */
public final class CollectionCacheWriter {
  private final CollectionModel collection;
  private final ClassName type;
  private final ClassName cache;
  private final KeyParameters keys;
  private final String noun;

  public CollectionCacheWriter(EntityModel entity, CollectionModel collection) {
    this.collection = collection;
    this.type = entity.object().type();
    this.cache = Names.collectionCache(type, collection);
    this.keys = new KeyParameters(collection.key());
    this.noun =
        switch (collection.kind()) {
          case TIMELINE -> "timeline";
          case SORTED -> "sorted collection";
          case PAGE -> "paged collection";
          case TIME_SERIES -> "time series";
        };
  }

  public ClassName className() {
    return cache;
  }

  public TypeSpec.Builder type() {
    TypeName store = ParameterizedTypeName.get(storeClass(), type);
    TypeSpec.Builder builder =
        TypeSpec.classBuilder(cache)
            .addJavadoc("$L\n", summary())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addField(
                constant(
                        ClassName.get(String.class),
                        "KEY_TEMPLATE",
                        "Key template of each instance.")
                    .initializer("$S", collection.key().text())
                    .build())
            .addField(
                constant(
                        TypeName.LONG,
                        "TTL_MILLIS",
                        "Time to live of the "
                            + noun
                            + (noun.endsWith("s") ? "'" : "'s")
                            + " keys, restarted by writes; 0 = no expiry.")
                    .initializer("$LL", collection.ttl().millis())
                    .build());
    if (collection.kind().paged()) {
      builder.addField(
          constant(TypeName.INT, "PER_PAGE", "Items per page.")
              .initializer("$L", collection.perPage())
              .build());
    }
    TypeName seeder = ParameterizedTypeName.get(SEEDER_SLOT, cache.nestedClass("Seeder"));
    builder
        .addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(specClass(), type),
                    "SPEC",
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer(specInitializer())
                .build())
        .addField(store, "store", Modifier.PRIVATE, Modifier.FINAL)
        .addField(seeder, "seeder", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(store, "store")
                .addParameter(seeder, "seeder")
                .addStatement("this.store = store")
                .addStatement("this.seeder = seeder")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("create")
                .addJavadoc("Returns this $L on {@code redifu}'s Redis.\n", noun)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(cache)
                .addParameter(RuntimeNames.REDIFU, "redifu")
                .addStatement(
                    "return new $T($T.create(redifu, $T.SPEC, SPEC), new $T<>($S))",
                    cache,
                    storeClass(),
                    Names.cache(type),
                    SEEDER_SLOT,
                    cache.simpleName())
                .build())
        .addMethod(
            MethodSpec.methodBuilder("raw")
                .addJavadoc(
                    "This cache without relation resolution: items come back as stored (injected"
                        + " properties null).\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(cache)
                .addStatement("return new $T(store.raw(), seeder)", cache)
                .build())
        .addMethod(keys.keyMethod());
    if (keys.any()) {
      builder.addJavadoc("\n$L\n", instanceJavadoc());
      builder.addMethod(
          MethodSpec.methodBuilder("of")
              .addJavadoc(
                  "The instance of this $L with these key parameters, which are checked and"
                      + " rendered into its key here, once.\n",
                  noun)
              .addModifiers(Modifier.PUBLIC)
              .returns(cache.nestedClass("Instance"))
              .addParameters(keys.parameters())
              .addStatement("return new Instance($L)", keys.arguments())
              .build());
    } else {
      builder.addMethods(instanceMethods(CodeBlock.of("key()")));
    }
    SeedMethods.addToCollectionCache(builder, cache, collection, keys, noun);
    if (keys.any()) {
      builder.addType(instanceType());
    }
    return builder;
  }

  /** The methods of one instance, {@code key} being its rendered key. */
  private List<MethodSpec> instanceMethods(CodeBlock key) {
    StoreCalls calls = new StoreCalls(key);
    List<MethodSpec> methods =
        new ArrayList<>(new CollectionMethods(collection, type, calls, noun).all());
    methods.addAll(SeedMethods.instanceMethods(collection, type, keys, calls));
    return methods;
  }

  /**
   * {@code public final class Instance}: an inner class keeping one instance's key parameters and
   * rendered key, with every method of the collection.
   */
  private TypeSpec instanceType() {
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameters(keys.parameters());
    for (String name : keys.names()) {
      constructor.addStatement("this.$N = $N", name, name);
    }
    constructor.addStatement("this.key = key($L)", keys.arguments());
    return TypeSpec.classBuilder("Instance")
        .addJavadoc(
            "One instance of this $L, named by its key parameters; see {@link $T#of}.\n",
            noun,
            cache)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addFields(keys.fields())
        .addField(ClassName.get(String.class), "key", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(constructor.build())
        .addMethods(instanceMethods(CodeBlock.of("key")))
        .build();
  }

  /**
   * Why the methods hang off an instance: key parameters and randIds are both strings, and one
   * parameter list holding both compiles with them swapped.
   */
  private CodeBlock instanceJavadoc() {
    String example = "cache.of(" + String.join(", ", keys.names()) + ").remove(randId)";
    return CodeBlock.of(
        "<p>Key parameters are given once, to {@link #of}, which returns the {@link Instance} they"
            + " name: {@code $L}. Its methods take no key parameter, so a randId can never stand"
            + " where a key parameter belongs, nor the reverse, and every call reads the same"
            + " way.",
        example);
  }

  /**
   * {@code PagedSpec.<Post>pagedBuilder("PostTimelineCache").scoredByTime(value ->
   * Scores.of(value.getCreatedAt(), "createdAt"), "createdAt")...build()}, one setter a line:
   * {@code scoredByTime} for a time property, {@code scoredBy} for a number.
   */
  private CodeBlock specInitializer() {
    PropertyModel sortBy = collection.sortBy();
    CodeBlock score =
        CodeBlock.of(
            "value -> $T.of($L, $S)", SCORES, PropertyCode.read("value", sortBy), sortBy.name());
    CodeBlock.Builder spec =
        CodeBlock.builder()
            .add("$T.<$T>$L($S)\n", specClass(), type, specFactory(), cache.simpleName())
            .add(
                "$>$>.$L($L, $S)\n",
                collection.scoredByTime() ? "scoredByTime" : "scoredBy",
                score,
                sortBy.name());
    if (collection.kind().paged()) {
      spec.add(".perPage(PER_PAGE)\n").add(".order($T.$L)\n", ORDER, collection.order().name());
    }
    return spec.add(".ttlMillis(TTL_MILLIS)\n")
        .add(".keyTemplate(KEY_TEMPLATE)\n")
        .add(".build()$<$<")
        .build();
  }

  /** "Timeline of {@link Post}, key {@code ...}, 20 per page, newest first by createdAt." */
  private CodeBlock summary() {
    String what =
        switch (collection.kind()) {
          case TIMELINE -> "Timeline";
          case SORTED -> "Sorted collection";
          case PAGE -> "Numbered pages";
          case TIME_SERIES -> "Time series";
        };
    String named = collection.name().isEmpty() ? "" : " {@code " + collection.name() + "}";
    String sortBy = "{@code " + collection.sortBy().name() + "}";
    String scoring = "scored by " + sortBy;
    if (collection.kind().paged()) {
      boolean descending = collection.order() == Order.DESC;
      String first =
          collection.scoredByTime()
              ? (descending ? "newest" : "oldest")
              : (descending ? "highest" : "lowest");
      scoring = collection.perPage() + " per page, " + first + " first by " + sortBy;
    }
    return CodeBlock.of(
        "$L$L of {@link $T}, key {@code $L}, $L.",
        what,
        named,
        type,
        Javadocs.text(collection.key().text()),
        scoring);
  }

  private static FieldSpec.Builder constant(TypeName fieldType, String name, String javadoc) {
    return FieldSpec.builder(fieldType, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", javadoc);
  }

  private ClassName storeClass() {
    return switch (collection.kind()) {
      case TIMELINE -> RuntimeNames.TIMELINE_STORE;
      case SORTED -> RuntimeNames.SORTED_STORE;
      case PAGE -> RuntimeNames.PAGE_STORE;
      case TIME_SERIES -> RuntimeNames.TIME_SERIES_STORE;
    };
  }

  private String specFactory() {
    return specClass().equals(RuntimeNames.PAGED_SPEC) ? "pagedBuilder" : "builder";
  }

  private ClassName specClass() {
    return switch (collection.kind()) {
      case TIMELINE, PAGE -> RuntimeNames.PAGED_SPEC;
      case SORTED, TIME_SERIES -> RuntimeNames.COLLECTION_SPEC;
    };
  }
}
