package io.redifu.processor.writer;

import static io.redifu.processor.writer.RuntimeNames.MISSING_RELATION;
import static io.redifu.processor.writer.RuntimeNames.RELATION;
import static io.redifu.processor.writer.RuntimeNames.RESOLVED;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.redifu.processor.model.EntityModel;
import io.redifu.processor.model.PropertyModel;
import io.redifu.processor.model.RelationModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code PostRelations}: one {@code Relation} constant per {@code @RandIdRef} of an entity,
 * and the injector that puts the resolved entities into a fetched item without reflection.
 */
public final class RelationsWriter {
  private final EntityModel entity;
  private final ClassName type;
  private final ClassName relations;
  private final Map<String, RelationModel> byInjected = new LinkedHashMap<>();
  private final Map<RelationModel, String> constants = new LinkedHashMap<>();

  public RelationsWriter(EntityModel entity) {
    this.entity = entity;
    this.type = entity.object().type();
    this.relations = Names.relations(type);
    NameAllocator names = new NameAllocator();
    names.newName("ALL");
    for (RelationModel relation : entity.relations()) {
      byInjected.put(relation.injected().name(), relation);
      constants.put(relation, names.newName(Names.constant(relation.injected().name())));
    }
  }

  public TypeSpec.Builder type() {
    TypeName list =
        ParameterizedTypeName.get(
            ClassName.get(List.class),
            ParameterizedTypeName.get(RELATION, type, WildcardTypeName.subtypeOf(Object.class)));
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(relations)
            .addJavadoc(
                "The {@code @RandIdRef}s of {@link $T}: what a fetch resolves, and where it puts"
                    + " the entities.\n",
                type)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(RuntimeNames.RELATIONS, type));
    constants.forEach((relation, name) -> spec.addField(constant(relation, name)));
    return spec.addField(
            FieldSpec.builder(list, "ALL", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", List.class, String.join(", ", constants.values()))
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(
            MethodSpec.methodBuilder("create")
                .addJavadoc("Returns the relations of {@link $T}.\n", type)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(relations)
                .addStatement("return new $T()", relations)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("all")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(list)
                .addStatement("return ALL")
                .build())
        .addMethod(injectMethod());
  }

  /**
   * {@code Relation.one("author", "authorRandId", () -> AccountCache.SPEC, MissingRelation.NULL,
   * item -> item.authorRandId)}: the stored id property is named for the fetch script, which finds
   * related ids in the JSON text; the target's spec is read lazily, as two entities may reference
   * each other and neither's static initialiser may see the other's spec still null.
   */
  private FieldSpec constant(RelationModel relation, String name) {
    PropertyModel reference = relation.reference();
    return FieldSpec.builder(
            ParameterizedTypeName.get(RELATION, type, relation.target()),
            name,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(
            "Fills {@code $L} with the {@link $T}$L that {@code $L} $L; if one is missing: {@code"
                + " $L}.\n",
            relation.injected().name(),
            relation.target(),
            relation.many() ? "s" : "",
            reference.name(),
            relation.many() ? "reference" : "references",
            relation.onMissing().name())
        .initializer(
            "$T.$L($S, $S, () -> $T.SPEC, $T.$L, $L)",
            RELATION,
            relation.many() ? "many" : "one",
            relation.injected().name(),
            reference.name(),
            Names.cache(relation.target()),
            MISSING_RELATION,
            relation.onMissing().name(),
            PropertyCode.reader(type, reference))
        .build();
  }

  /** Assigns each injected property of a class; rebuilds a record with all of its components. */
  private MethodSpec injectMethod() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("inject")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(type)
            .addParameter(type, "item")
            .addParameter(RESOLVED, "resolved");
    if (entity.object().record()) {
      List<CodeBlock> arguments = new ArrayList<>();
      for (PropertyModel property : entity.object().properties()) {
        RelationModel relation = byInjected.get(property.name());
        arguments.add(relation == null ? PropertyCode.read("item", property) : resolved(relation));
      }
      return method
          .addStatement("return new $T($L)", type, CodeBlock.join(arguments, ", "))
          .build();
    }
    for (RelationModel relation : entity.relations()) {
      method.addStatement(
          "$L", PropertyCode.assign("item", relation.injected(), resolved(relation)));
    }
    return method.addStatement("return item").build();
  }

  /** {@code resolved.one(AUTHOR, item.authorRandId)}. */
  private CodeBlock resolved(RelationModel relation) {
    return CodeBlock.of(
        "resolved.$L($L, $L)",
        relation.many() ? "many" : "one",
        constants.get(relation),
        PropertyCode.read("item", relation.reference()));
  }
}
