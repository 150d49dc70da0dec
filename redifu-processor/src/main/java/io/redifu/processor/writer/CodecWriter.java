package io.redifu.processor.writer;

import static io.redifu.processor.writer.RuntimeNames.JSON_GENERATOR;
import static io.redifu.processor.writer.RuntimeNames.JSON_PARSER;
import static io.redifu.processor.writer.RuntimeNames.JSON_READS;
import static io.redifu.processor.writer.RuntimeNames.JSON_TOKEN;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.redifu.processor.model.EntityModel;
import io.redifu.processor.model.ObjectModel;
import io.redifu.processor.model.PropertyModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code PostCodec}: a stateless JSON codec on jackson-core streaming, with one read and one
 * write method per stored class (the entity and each nested type).
 */
public final class CodecWriter {
  private final EntityModel entity;
  private final ClassName codec;
  private final List<ObjectModel> objects = new ArrayList<>();
  private final Map<ClassName, String> methodSuffixes = new LinkedHashMap<>();
  private final Map<String, String> fieldConstants = new LinkedHashMap<>();
  private final ValueCode values;

  public CodecWriter(EntityModel entity) {
    this.entity = entity;
    this.codec = Names.codec(entity.object().type());
    objects.add(entity.object());
    objects.addAll(entity.nested());
    NameAllocator methods = new NameAllocator();
    for (ObjectModel object : objects) {
      methodSuffixes.put(
          object.type(), methods.newName(String.join("_", object.type().simpleNames())));
    }
    NameAllocator constants = new NameAllocator();
    TreeSet<String> jsonNames = new TreeSet<>();
    objects.forEach(o -> stored(o).forEach(p -> jsonNames.add(p.name())));
    for (String name : jsonNames) {
      fieldConstants.put(name, constants.newName(Names.constant(name) + "_FIELD"));
    }
    this.values = new ValueCode(codec, methodSuffixes);
  }

  public ClassName className() {
    return codec;
  }

  /** How this codec reads and writes values, for a row scanner reading JSON columns. */
  ValueCode values() {
    return values;
  }

  public TypeSpec.Builder type() {
    ClassName type = entity.object().type();
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(codec)
            .addJavadoc("JSON codec of {@link $T}, generated from its stored fields.\n", type)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(RuntimeNames.ENTITY_CODEC, type))
            .addField(
                FieldSpec.builder(
                        codec, "INSTANCE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T()", codec)
                    .build());
    fieldConstants.forEach(
        (name, constant) ->
            spec.addField(
                FieldSpec.builder(
                        RuntimeNames.SERIALIZABLE_STRING,
                        constant,
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer("new $T($S)", RuntimeNames.SERIALIZED_STRING, name)
                    .build()));
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(
            MethodSpec.methodBuilder("create")
                .addJavadoc(
                    "Returns the codec of {@link $T}; it is stateless and thread-safe.\n", type)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(codec)
                .addStatement("return INSTANCE")
                .build())
        .addMethod(
            overrideMethod("entityName", ClassName.get(String.class))
                .addStatement("return $S", type.simpleName())
                .build())
        .addMethod(
            overrideMethod("randId", ClassName.get(String.class))
                .addParameter(type, "value")
                .addStatement("return $L", PropertyCode.read("value", entity.randId()))
                .build())
        .addMethod(
            overrideMethod("write", com.palantir.javapoet.TypeName.VOID)
                .addParameter(JSON_GENERATOR, "g")
                .addParameter(type, "value")
                .addException(IOException.class)
                .addStatement("write$L(g, value)", methodSuffixes.get(type))
                .build())
        .addMethod(
            overrideMethod("read", type)
                .addParameter(JSON_PARSER, "p")
                .addException(IOException.class)
                .addStatement("$T.expectObject(p)", JSON_READS)
                .addStatement("return read$L(p)", methodSuffixes.get(type))
                .build())
        .addMethod(
            overrideMethod("type", ParameterizedTypeName.get(ClassName.get(Class.class), type))
                .addStatement("return $T.class", type)
                .build())
        .addMethod(
            overrideMethod("copy", type)
                .addParameter(type, "value")
                .addStatement("return copy$L(value)", methodSuffixes.get(type))
                .build());
    for (ObjectModel object : objects) {
      spec.addMethod(writeMethod(object))
          .addMethod(readMethod(object))
          .addMethod(copyMethod(object));
    }
    return spec;
  }

  private MethodSpec writeMethod(ObjectModel object) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("write" + methodSuffixes.get(object.type()))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(JSON_GENERATOR, "g")
            .addParameter(object.type(), "value")
            .addException(IOException.class)
            .beginControlFlow("if (value == null)")
            .addStatement("g.writeNull()")
            .addStatement("return")
            .endControlFlow()
            .addStatement("g.writeStartObject()");
    for (PropertyModel property : stored(object)) {
      method
          .addStatement("g.writeFieldName($L)", fieldConstants.get(property.name()))
          .addStatement(
              "$L", values.write(property.type(), "g", PropertyCode.read("value", property), 0));
    }
    return method.addStatement("g.writeEndObject()").build();
  }

  private MethodSpec readMethod(ObjectModel object) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("read" + methodSuffixes.get(object.type()));
    if (object == entity.object()) {
      method.addModifiers(Modifier.PRIVATE);
    } else {
      // The row scanner reads nested types from JSON columns with these methods.
      method.addJavadoc(
          "Reads one {@link $T}; package-private for the row scanner's JSON columns.\n",
          object.type());
    }
    method
        .addModifiers(Modifier.STATIC)
        .returns(object.type())
        .addParameter(JSON_PARSER, "p")
        .addException(IOException.class)
        .beginControlFlow("if (p.currentToken() == $T.VALUE_NULL)", JSON_TOKEN)
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T.expectObject(p)", JSON_READS);
    ReadTarget target = ReadTarget.of(object);
    method.addCode(target.declare());
    method
        .beginControlFlow(
            "for (String field = p.nextFieldName(); field != null; field = p.nextFieldName())")
        .addStatement("p.nextToken()")
        .beginControlFlow("switch (field)");
    for (PropertyModel property : stored(object)) {
      method.addStatement(
          "case $S -> $L",
          property.name(),
          target.assign(property, values.read(property.type(), "p", 0)));
    }
    return method
        .addStatement("default -> p.skipChildren()")
        .endControlFlow()
        .endControlFlow()
        .addStatement("$T.expectObjectEnd(p)", JSON_READS)
        .addStatement("return $L", target.result())
        .build();
  }

  /** A deep copy of one stored class: what reading its own JSON would build, without the JSON. */
  private MethodSpec copyMethod(ObjectModel object) {
    ReadTarget target = ReadTarget.of(object, Set.of("source"));
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("copy" + methodSuffixes.get(object.type()))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(object.type())
            .addParameter(object.type(), "source")
            .beginControlFlow("if (source == null)")
            .addStatement("return null")
            .endControlFlow()
            .addCode(target.declare());
    for (PropertyModel property : stored(object)) {
      method.addStatement(
          "$L",
          target.assign(
              property, values.copy(property.type(), PropertyCode.read("source", property), 0)));
    }
    return method.addStatement("return $L", target.result()).build();
  }

  private static List<PropertyModel> stored(ObjectModel object) {
    return object.properties().stream().filter(p -> p.type() != null).toList();
  }

  private static MethodSpec.Builder overrideMethod(
      String name, com.palantir.javapoet.TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }
}
