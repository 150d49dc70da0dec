package io.redifu.processor;

import static io.redifu.processor.validation.Diagnostics.DUPLICATE_RELATION;
import static io.redifu.processor.validation.Diagnostics.EMBEDDED_ENTITY;
import static io.redifu.processor.validation.Diagnostics.MISSING_RAND_ID;
import static io.redifu.processor.validation.Diagnostics.RELATION_CARDINALITY;
import static io.redifu.processor.validation.Diagnostics.RELATION_NAME;
import static io.redifu.processor.validation.Diagnostics.RELATION_OUTSIDE_ENTITY;
import static io.redifu.processor.validation.Diagnostics.RELATION_PROPERTY_MISSING;
import static io.redifu.processor.validation.Diagnostics.RELATION_REFERENCE_TYPE;
import static io.redifu.processor.validation.Diagnostics.RELATION_TARGET_MISSING;
import static io.redifu.processor.validation.Diagnostics.RELATION_TARGET_TYPE;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One negative test per diagnostic about {@code @RandIdRef} (see {@link ErrorCase}). Errors sit on
 * the annotation, or on its {@code field} value when that names no property. A reported reference
 * causes no second error about the property it fills (or most likely means).
 */
class RelationErrorsTest {
  static List<ErrorCase> cases() {
    return List.of(
        // The reference.
        new ErrorCase(
            "RelationReferenceInt.java",
            RELATION_REFERENCE_TYPE,
            "[Redifu/RelationReferenceType] @RandIdRef on RelationReferenceInt.authorRandId has"
                + " type int, but a reference holds randIds: a String for one entity, a"
                + " List<String> for several. Change its type to String or List<String>.",
            "@RandIdRef int authorRandId"),
        new ErrorCase(
            "RelationReferenceIntegers.java",
            RELATION_REFERENCE_TYPE,
            RELATION_REFERENCE_TYPE.format(
                "RelationReferenceIntegers", "readerRandIds", "java.util.List<java.lang.Integer>"),
            "@RandIdRef List<Integer> readerRandIds"),

        // The property it fills.
        new ErrorCase(
            "RelationNameWithoutSuffix.java",
            RELATION_NAME,
            "[Redifu/RelationName] @RandIdRef on RelationNameWithoutSuffix.authorId does not say"
                + " which property it fills: its name does not end in RandId or RandIds, and field"
                + " is not set. Rename it authorRandId, or set field = \"author\".",
            "@RandIdRef String authorId"),
        new ErrorCase(
            "RelationPropertyMisspelt.java",
            RELATION_PROPERTY_MISSING,
            "[Redifu/RelationPropertyMissing] @RandIdRef on RelationPropertyMisspelt.authorRandId"
                + " fills the property named after it, author, which does not exist in"
                + " RelationPropertyMisspelt. Did you mean \"autor\"? Rename that property to"
                + " author, or set field = \"autor\".",
            "@RandIdRef String authorRandId"),
        new ErrorCase(
            "RelationFieldMisspelt.java",
            RELATION_TARGET_MISSING,
            "[Redifu/RelationTargetMissing] @RandIdRef on RelationFieldMisspelt.writerId names"
                + " field \"writter\", which does not exist in RelationFieldMisspelt. Did you mean"
                + " \"writer\"?",
            "field = "),
        new ErrorCase(
            "RelationTargetNotEntity.java",
            RELATION_TARGET_TYPE,
            "[Redifu/RelationTargetType] @RandIdRef on RelationTargetNotEntity.authorRandId fills"
                + " RelationTargetNotEntity.author of type java.lang.String, which is not an"
                + " @Entity; fetches put the referenced entity there. Declare author with an"
                + " @Entity type.",
            "@RandIdRef String authorRandId"),
        new ErrorCase(
            "RelationTargetNotEntityList.java",
            RELATION_TARGET_TYPE,
            RELATION_TARGET_TYPE.format(
                "RelationTargetNotEntityList",
                "tagRandIds",
                "RelationTargetNotEntityList",
                "tags",
                "java.util.List<java.lang.String>",
                "a List of an @Entity",
                "entities",
                "tags",
                "the type List<E> of an @Entity E"),
            "@RandIdRef List<String> tagRandIds"),
        new ErrorCase(
            "RelationOneFillsList.java",
            RELATION_CARDINALITY,
            "[Redifu/RelationCardinality] @RandIdRef on RelationOneFillsList.authorRandId"
                + " references one entity (String), but RelationOneFillsList.author of type"
                + " java.util.List<test.RelationOneFillsList.Author> holds a list. Make both"
                + " single (String and an @Entity) or both lists (List<String> and a List of an"
                + " @Entity).",
            "@RandIdRef String authorRandId"),
        new ErrorCase(
            "RelationManyFillsOne.java",
            RELATION_CARDINALITY,
            RELATION_CARDINALITY.format(
                "RelationManyFillsOne",
                "readerRandIds",
                "a list of entities (List<String>)",
                "RelationManyFillsOne",
                "readers",
                "test.RelationManyFillsOne.Reader",
                "one entity"),
            "@RandIdRef List<String> readerRandIds"),
        new ErrorCase(
            "DuplicateRelation.java",
            DUPLICATE_RELATION,
            DUPLICATE_RELATION.format(
                "DuplicateRelation", "writerRandId", "DuplicateRelation", "author", "authorRandId"),
            "@RandIdRef(field = \"author\") String writerRandId"),

        // Where a reference may be.
        new ErrorCase(
            "RelationInNestedType.java",
            RELATION_OUTSIDE_ENTITY,
            "[Redifu/RelationOutsideEntity] @RandIdRef on Address.ownerRandId is never resolved:"
                + " Address is not an @Entity but part of another document, and fetches resolve"
                + " only an entity's own references. Move the reference and the property it fills"
                + " to the entity, or remove @RandIdRef.",
            "@RandIdRef String ownerRandId"),
        // A relation makes its own property legal, not every entity-typed one.
        new ErrorCase(
            "EmbeddedEntityBesideRelation.java",
            EMBEDDED_ENTITY,
            EMBEDDED_ENTITY.format("EmbeddedEntityBesideRelation", "editor", "Author", "editor"),
            "Author editor"),
        // A relation to an entity with errors of its own adds no error about the cache that entity
        // does not get: javac stops after the processor's errors, before compiling the relations.
        new ErrorCase(
            "RelationToInvalidEntity.java",
            MISSING_RAND_ID,
            MISSING_RAND_ID.format("Author"),
            "public static class Author"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyOneErrorOnTheOffendingLine(ErrorCase row) {
    row.check();
  }
}
