package io.redifu.processor.writer;

import static io.redifu.processor.writer.RuntimeNames.COLUMNS;
import static io.redifu.processor.writer.RuntimeNames.SQL_VALUES;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.redifu.processor.model.EntityModel;
import io.redifu.processor.model.PropertyModel;
import io.redifu.processor.model.TypeModel;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code PostRowScanner}: JDBC rows into entities without reflection. {@code reader} looks
 * up every stored property's column once per result set; the row reader it returns reads by index
 * with {@code SqlValues}' reader of its scalar kind ({@code SqlValues.INT}, ...). Collections, maps
 * and nested types come from JSON text, read by the codec's own readers (lists and sets of scalars
 * also from an SQL ARRAY).
 */
public final class RowScannerWriter {
  private static final ClassName STRING = ClassName.get(String.class);
  private static final ClassName JSON_READER = RuntimeNames.JSON_READS.nestedClass("Reader");

  private final EntityModel entity;
  private final ClassName type;
  private final ClassName scanner;
  private final ValueCode json;
  private final List<PropertyModel> stored = new ArrayList<>();

  /** The local holding each stored property's column index. */
  private final Map<PropertyModel, String> indexes = new LinkedHashMap<>();

  /** The constant holding the JSON reader of each property read from JSON text. */
  private final Map<PropertyModel, String> jsonReaders = new LinkedHashMap<>();

  public RowScannerWriter(EntityModel entity, CodecWriter codec) {
    this.entity = entity;
    this.type = entity.object().type();
    this.scanner = Names.rowScanner(type);
    this.json = codec.values();
    NameAllocator locals = new NameAllocator();
    NameAllocator constants = new NameAllocator();
    List.of("meta", "query", "columns", "row", "value").forEach(locals::newName);
    constants.newName("INSTANCE");
    for (PropertyModel property : entity.object().properties()) {
      if (property.type() == null) {
        continue; // @Transient, transient, or filled by a relation: never read from a row
      }
      stored.add(property);
      indexes.put(property, locals.newName(property.name() + "Column"));
      if (!(property.type() instanceof TypeModel.Scalar
          || property.type() instanceof TypeModel.EnumType)) {
        jsonReaders.put(property, constants.newName(Names.constant(property.name()) + "_JSON"));
      }
    }
  }

  public ClassName className() {
    return scanner;
  }

  public TypeSpec.Builder type() {
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(scanner)
            .addJavadoc(
                "JDBC row scanner of {@link $T}: finds each property's column once per result set,"
                    + " then reads rows by index.\n",
                type)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(RuntimeNames.ROW_SCANNER, type))
            .addField(
                FieldSpec.builder(
                        scanner, "INSTANCE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T()", scanner)
                    .build());
    jsonReaders.forEach(
        (property, constant) ->
            spec.addField(
                FieldSpec.builder(
                        ParameterizedTypeName.get(JSON_READER, property.javaType()),
                        constant,
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer("$L", json.reader(property.type(), 0))
                    .build()));
    return spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(
            MethodSpec.methodBuilder("create")
                .addJavadoc(
                    "Returns the row scanner of {@link $T}; it is stateless and thread-safe.\n",
                    type)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(scanner)
                .addStatement("return INSTANCE")
                .build())
        .addMethod(readerMethod())
        .addMethod(columnMethod());
  }

  private MethodSpec readerMethod() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("reader")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(RuntimeNames.ROW_READER, type))
            .addParameter(ResultSetMetaData.class, "meta")
            .addParameter(STRING, "query")
            .addException(SQLException.class)
            .addStatement("$T columns = new $T(meta, query)", COLUMNS, COLUMNS);
    Set<String> taken = new TreeSet<>(List.of("meta", "query", "columns", "row"));
    for (PropertyModel property : stored) {
      String column = entity.columns().get(property.name());
      method.addStatement(
          "int $N = columns.$L($S, $L)",
          indexes.get(property),
          required(property) ? "required" : "optional",
          property.name(),
          column == null ? "null" : CodeBlock.of("$S", column));
      taken.add(indexes.get(property));
    }
    ReadTarget target = ReadTarget.of(entity.object(), taken);
    CodeBlock.Builder body = CodeBlock.builder().add(target.declare());
    for (PropertyModel property : stored) {
      String index = indexes.get(property);
      CodeBlock assign = target.assign(property, value(property, index));
      if (required(property)) {
        body.addStatement("$L", assign);
      } else {
        // An absent column leaves the property as the constructor or initializer set it.
        body.beginControlFlow("if ($N != 0)", index).addStatement("$L", assign).endControlFlow();
      }
    }
    body.addStatement("return $L", target.result());
    return method.addCode("return row -> {\n$>$L$<};\n", body.build()).build();
  }

  private MethodSpec columnMethod() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("column")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addParameter(STRING, "property");
    if (entity.columns().isEmpty()) {
      return method.addStatement("return null").build();
    }
    method.addCode("return switch (property) {\n$>");
    for (PropertyModel property : stored) {
      String column = entity.columns().get(property.name());
      if (column != null) {
        method.addCode("case $S -> $S;\n", property.name(), column);
      }
    }
    return method.addCode("default -> null;\n$<};\n").build();
  }

  /** Columns a seed needs: the randId, every {@code sortBy}, and every {@code @Column}. */
  private boolean required(PropertyModel property) {
    return property.equals(entity.randId())
        || entity.sortedBy().contains(property.name())
        || entity.columns().containsKey(property.name());
  }

  /** The expression reading {@code property} from the column whose index is in {@code index}. */
  private CodeBlock value(PropertyModel property, String index) {
    TypeModel type = property.type();
    if (type instanceof TypeModel.Scalar scalar) {
      // A primitive cannot hold SQL NULL: it reads as 0, false or '\0'.
      return CodeBlock.of(
          "$T.$L.$L(row, columns, $N)",
          SQL_VALUES,
          scalar.kind().name(),
          scalar.primitive() ? "readOrDefault" : "read",
          index);
    }
    if (type instanceof TypeModel.EnumType e) {
      return CodeBlock.of(
          "$T.readEnum(row, columns, $N, $T::valueOf)", SQL_VALUES, index, e.type());
    }
    String reader = jsonReaders.get(property);
    CodeBlock element = null;
    if (type instanceof TypeModel.ListType list) {
      element = getter(list.element());
    } else if (type instanceof TypeModel.SetType set) {
      element = getter(set.element());
    }
    if (element == null) {
      return CodeBlock.of("$T.readJson(row, columns, $N, $N)", SQL_VALUES, index, reader);
    }
    return CodeBlock.of(
        "$T.readArrayOrJson(row, columns, $N, $T.$L($L), $N)",
        SQL_VALUES,
        index,
        SQL_VALUES,
        type instanceof TypeModel.ListType ? "arrayAsList" : "arrayAsSet",
        element,
        reader);
  }

  /** The getter of one element of an SQL ARRAY, or null when arrays cannot hold the element. */
  private static CodeBlock getter(TypeModel element) {
    if (element instanceof TypeModel.Scalar scalar) {
      return CodeBlock.of("$T.$L", SQL_VALUES, scalar.kind().name());
    }
    if (element instanceof TypeModel.EnumType e) {
      return CodeBlock.of("$T.enumGetter($T::valueOf)", SQL_VALUES, e.type());
    }
    return null;
  }
}
