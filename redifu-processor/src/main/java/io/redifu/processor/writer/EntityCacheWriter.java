package io.redifu.processor.writer;

import static io.redifu.processor.writer.RuntimeNames.ENTITY_SPEC;
import static io.redifu.processor.writer.RuntimeNames.ENTITY_STORE;
import static io.redifu.processor.writer.RuntimeNames.KEYS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.redifu.processor.model.EntityModel;
import io.redifu.processor.model.KeyTemplate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/** Writes {@code PostCache}: the typed entity store of one {@code @Entity}. */
public final class EntityCacheWriter {
  private static final ClassName STRING = ClassName.get(String.class);

  private final EntityModel entity;
  private final ClassName type;
  private final ClassName cache;

  public EntityCacheWriter(EntityModel entity) {
    this.entity = entity;
    this.type = entity.object().type();
    this.cache = Names.cache(type);
  }

  public ClassName className() {
    return cache;
  }

  public TypeSpec.Builder type() {
    TypeName store = ParameterizedTypeName.get(ENTITY_STORE, type);
    TypeName spec = ParameterizedTypeName.get(ENTITY_SPEC, type);
    TypeSpec.Builder builder =
        TypeSpec.classBuilder(cache)
            .addJavadoc(
                "Entity store of {@link $T}: one JSON document per entity under {@code $L}, ttl $S.\n",
                type,
                Javadocs.text(entity.key().text()),
                entity.ttl().text())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addField(
                FieldSpec.builder(
                        STRING, "KEY_TEMPLATE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Key template of the documents.\n")
                    .initializer("$S", entity.key().text())
                    .build())
            .addField(
                FieldSpec.builder(
                        TypeName.LONG,
                        "TTL_MILLIS",
                        Modifier.PUBLIC,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .addJavadoc("Time to live of documents; 0 = no expiry.\n")
                    .initializer("$LL", entity.ttl().millis())
                    .build())
            .addField(missingTtlField())
            .addField(
                FieldSpec.builder(spec, "SPEC", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(
                        "$L of {@link $T}, shared with its collection caches and with relations to it;"
                            + " for generated code.\n",
                        entity.relations().isEmpty()
                            ? "Codec, document key, ttl and row scanner"
                            : "Codec, document key, ttl, relations and row scanner",
                        type)
                    .initializer(specInitializer())
                    .build())
            .addField(store, "store", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(store, "store")
                    .addStatement("this.store = store")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("create")
                    .addJavadoc(
                        "Returns the store of {@link $T} on {@code redifu}'s Redis.\n", type)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(cache)
                    .addParameter(RuntimeNames.REDIFU, "redifu")
                    .addStatement("return new $T($T.create(redifu, SPEC))", cache, ENTITY_STORE)
                    .build())
            .addMethod(rawMethod(cache))
            .addMethod(keyMethod())
            .addMethod(
                delegate(
                        "set",
                        TypeName.VOID,
                        "Stores the document (ttl restarts) and clears its missing marker; 1 round trip.")
                    .addParameter(type, "value")
                    .addStatement("store.set(value)")
                    .build())
            .addMethod(
                delegate(
                        "setAll",
                        TypeName.VOID,
                        "Stores every document like {@link #set}, in 1 round trip.")
                    .addParameter(
                        ParameterizedTypeName.get(
                            ClassName.get(Collection.class), WildcardTypeName.subtypeOf(type)),
                        "values")
                    .addStatement("store.setAll(values)")
                    .build())
            .addMethod(
                delegate(
                        "get",
                        ParameterizedTypeName.get(ClassName.get(Optional.class), type),
                        "The document of {@code randId}, if cached.")
                    .addParameter(STRING, "randId")
                    .addStatement("return store.get(randId)")
                    .build())
            .addMethod(
                delegate(
                        "getAll",
                        ParameterizedTypeName.get(ClassName.get(Map.class), STRING, type),
                        "The cached documents of {@code randIds} by randId, in the order given; 1 round trip.")
                    .addParameter(
                        ParameterizedTypeName.get(ClassName.get(Collection.class), STRING),
                        "randIds")
                    .addStatement("return store.getAll(randIds)")
                    .build())
            .addMethod(
                delegate("delete", TypeName.VOID, "Deletes the document and its missing marker.")
                    .addParameter(STRING, "randId")
                    .addStatement("store.delete(randId)")
                    .build())
            .addMethod(
                delegate(
                        "markMissing",
                        TypeName.VOID,
                        "Records that the source has no such entity: deletes the document, sets the marker.")
                    .addParameter(STRING, "randId")
                    .addStatement("store.markMissing(randId)")
                    .build())
            .addMethod(
                delegate("isMissing", TypeName.BOOLEAN, "Whether {@code randId} is marked missing.")
                    .addParameter(STRING, "randId")
                    .addStatement("return store.isMissing(randId)")
                    .build())
            .addMethod(
                delegate(
                        "getOrLoad",
                        type,
                        "The cached entity, else {@code loader}'s result (stored), else null (marked missing);"
                            + " concurrent calls for one id in this JVM run the loader once.")
                    .addParameter(STRING, "randId")
                    .addParameter(
                        ParameterizedTypeName.get(
                            ClassName.get(Function.class),
                            STRING,
                            WildcardTypeName.subtypeOf(type)),
                        "loader")
                    .addStatement("return store.getOrLoad(randId, loader)")
                    .build());
    SeedMethods.addToEntityCache(builder, cache, type);
    return builder;
  }

  /**
   * {@code MISSING_TTL_MILLIS}: the entity's {@code missingTtl}, or {@code
   * EntitySpec.DEFAULT_MISSING_TTL} when the {@code Redifu} decides.
   */
  private FieldSpec missingTtlField() {
    FieldSpec.Builder field =
        FieldSpec.builder(
            TypeName.LONG, "MISSING_TTL_MILLIS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    if (entity.missingTtl() == null) {
      return field
          .addJavadoc(
              "Time to live of missing markers: the {@code Redifu}'s {@code missingMarkerTtl}.\n")
          .initializer("$T.DEFAULT_MISSING_TTL", ENTITY_SPEC)
          .build();
    }
    return field
        .addJavadoc("Time to live of missing markers: $S.\n", entity.missingTtl().text())
        .initializer("$LL", entity.missingTtl().millis())
        .build();
  }

  /**
   * {@code EntitySpec.builder(PostCodec.create(), PostCache::key).ttlMillis(TTL_MILLIS)...build()},
   * one setter a line, each naming what its value means: {@code slidingTtl()} only when reads
   * restart the TTL, {@code relations(PostRelations.create())} only for an entity with relations.
   */
  private CodeBlock specInitializer() {
    CodeBlock.Builder spec =
        CodeBlock.builder()
            .add("$T.builder($T.create(), $T::key)\n", ENTITY_SPEC, Names.codec(type), cache)
            .add("$>$>.ttlMillis(TTL_MILLIS)\n")
            .add(".missingTtlMillis(MISSING_TTL_MILLIS)\n");
    if (entity.slidingTtl()) {
      spec.add(".slidingTtl()\n");
    }
    if (!entity.relations().isEmpty()) {
      spec.add(".relations($T.create())\n", Names.relations(type));
    }
    return spec.add(".rowScanner($T.create())\n", Names.rowScanner(type))
        .add(".build()$<$<")
        .build();
  }

  /**
   * {@code raw()} of a generated cache, entity or collection: the same cache over the store's
   * {@code raw()}, for reads that need no relations.
   */
  static MethodSpec rawMethod(ClassName cache) {
    return MethodSpec.methodBuilder("raw")
        .addJavadoc(
            "This cache without relation resolution: items come back as stored (injected"
                + " properties null).\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(cache)
        .addStatement("return new $T(store.raw())", cache)
        .build();
  }

  private MethodSpec keyMethod() {
    List<CodeBlock> parts = new ArrayList<>();
    for (KeyTemplate.Segment segment : entity.key().segments()) {
      parts.add(
          segment.placeholder()
              ? CodeBlock.of("$T.param($S, $N)", KEYS, segment.value(), segment.value())
              : CodeBlock.of("$S", segment.value()));
    }
    return MethodSpec.methodBuilder("key")
        .addJavadoc(
            "The document key of {@code randId}: {@code $L}; randId checked and percent-encoded.\n",
            Javadocs.text(entity.key().text()))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(STRING)
        .addParameter(STRING, "randId")
        .addStatement("return $L", CodeBlock.join(parts, " + "))
        .build();
  }

  private static MethodSpec.Builder delegate(String name, TypeName returns, String javadoc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(javadoc + "\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }
}
