package io.redifu.processor;

import static io.redifu.processor.validation.Diagnostics.EMBEDDED_ENTITY;
import static io.redifu.processor.validation.Diagnostics.ENTITY_KIND;
import static io.redifu.processor.validation.Diagnostics.FINAL_FIELD;
import static io.redifu.processor.validation.Diagnostics.GENERIC_TYPE;
import static io.redifu.processor.validation.Diagnostics.INNER_CLASS;
import static io.redifu.processor.validation.Diagnostics.INVALID_MISSING_TTL;
import static io.redifu.processor.validation.Diagnostics.INVALID_TTL;
import static io.redifu.processor.validation.Diagnostics.KEY_DUPLICATE_PLACEHOLDER;
import static io.redifu.processor.validation.Diagnostics.KEY_MALFORMED;
import static io.redifu.processor.validation.Diagnostics.KEY_NO_RAND_ID;
import static io.redifu.processor.validation.Diagnostics.KEY_PLACEHOLDER;
import static io.redifu.processor.validation.Diagnostics.MISSING_RAND_ID;
import static io.redifu.processor.validation.Diagnostics.NO_CONSTRUCTOR;
import static io.redifu.processor.validation.Diagnostics.PRIVATE_FIELD;
import static io.redifu.processor.validation.Diagnostics.UNSUPPORTED_TYPE;

import io.redifu.processor.validation.Diagnostics;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One negative test per {@link Diagnostics} entry about {@code @Entity} types (see {@link
 * ErrorCase}); {@link CollectionErrorsTest} has those about collections.
 */
class EntityErrorsTest {
  static List<ErrorCase> cases() {
    return List.of(
        // Entity shape. Full messages via format() pin the arguments as well as the text.
        new ErrorCase(
            "AbstractEntity.java",
            ENTITY_KIND,
            ENTITY_KIND.format("AbstractEntity", "abstract"),
            "public abstract class AbstractEntity"),
        new ErrorCase(
            "InterfaceEntity.java",
            ENTITY_KIND,
            "[Redifu/EntityKind] @Entity InterfaceEntity is an interface, but generated code must"
                + " create instances of it. Make it a concrete class or a record.",
            "public interface InterfaceEntity"),
        new ErrorCase(
            "EnumEntity.java",
            ENTITY_KIND,
            "[Redifu/EntityKind] @Entity EnumEntity is an enum,",
            "public enum EnumEntity"),
        new ErrorCase(
            "PrivateNestedEntity.java",
            ENTITY_KIND,
            "[Redifu/EntityKind] @Entity Hidden is private,",
            "private static class Hidden"),
        new ErrorCase(
            "InnerClassEntity.java",
            INNER_CLASS,
            INNER_CLASS.format("Inner"),
            "public class Inner extends"),
        new ErrorCase(
            "GenericEntity.java",
            GENERIC_TYPE,
            "[Redifu/GenericType] GenericEntity declares type parameters, but a stored document has"
                + " one concrete shape. Remove the type parameters.",
            "class GenericEntity<T>"),
        new ErrorCase(
            "NoConstructor.java",
            NO_CONSTRUCTOR,
            NO_CONSTRUCTOR.format("NoConstructor", "NoConstructor"),
            "public class NoConstructor"),
        new ErrorCase(
            "MissingRandId.java",
            MISSING_RAND_ID,
            "[Redifu/MissingRandId] @Entity MissingRandId has no String randId property; the randId"
                + " names its document. Extend io.redifu.runtime.BaseRecord or add a field String"
                + " randId.",
            "public class MissingRandId"),
        new ErrorCase(
            "RecordMissingRandId.java",
            MISSING_RAND_ID,
            "[Redifu/MissingRandId] @Entity RecordMissingRandId has no String randId property",
            "public record RecordMissingRandId"),

        // Field access.
        new ErrorCase(
            "PrivateField.java",
            PRIVATE_FIELD,
            PRIVATE_FIELD.format(
                "PrivateField",
                "views",
                "getter and setter",
                "test",
                "getViews() and setViews(int)"),
            "private int views"),
        new ErrorCase(
            "PrivateFieldWithoutSetter.java",
            PRIVATE_FIELD,
            "[Redifu/PrivateField] PrivateFieldWithoutSetter.tags is private and has no setter;"
                + " generated code in package test cannot access it. Make it package-private or"
                + " add setTags(List<String>).",
            "private List<String> tags"),
        new ErrorCase(
            "FinalField.java",
            FINAL_FIELD,
            "[Redifu/FinalField] FinalField.title is final, but the generated codec assigns every"
                + " stored field when it reads a document. Remove final, or mark the field"
                + " @Transient.",
            "final String title"),
        new ErrorCase(
            "HidingRandId.java",
            Diagnostics.HIDDEN_PROPERTY,
            Diagnostics.HIDDEN_PROPERTY.format("HidingRandId", "randId", "randId", "BaseRecord"),
            "String randId;"),

        // Field types.
        new ErrorCase(
            "ArrayField.java",
            UNSUPPORTED_TYPE,
            "[Redifu/UnsupportedType] ArrayField.tags has type java.lang.String[], which redifu"
                + " cannot store as JSON (arrays are not supported; use a List). Use primitives"
                + " and their boxes, String, enums, BigDecimal, BigInteger, UUID, Instant,"
                + " LocalDate, LocalDateTime, OffsetDateTime, List/Set/Map of those, or a nested"
                + " class; or mark the field @Transient.",
            "String[] tags"),
        new ErrorCase(
            "RawListField.java",
            UNSUPPORTED_TYPE,
            "[Redifu/UnsupportedType] RawListField.tags has type java.util.List, which redifu"
                + " cannot store as JSON (a raw collection needs type arguments).",
            "List tags"),
        new ErrorCase(
            "DoubleMapKey.java",
            UNSUPPORTED_TYPE,
            "[Redifu/UnsupportedType] DoubleMapKey.labels has type"
                + " java.util.Map<java.lang.Double,java.lang.String>, which redifu cannot store as"
                + " JSON (map keys must be String, an enum, UUID, Integer or Long).",
            "Map<Double, String> labels"),
        new ErrorCase(
            "OptionalField.java",
            UNSUPPORTED_TYPE,
            UNSUPPORTED_TYPE.format(
                "OptionalField",
                "nickname",
                "java.util.Optional<java.lang.String>",
                "Optional is a JDK type redifu has no JSON form for"),
            "Optional<String> nickname"),
        new ErrorCase(
            "WildcardField.java",
            UNSUPPORTED_TYPE,
            "[Redifu/UnsupportedType] WildcardField.scores has type java.util.List<? extends"
                + " java.lang.Number>, which redifu cannot store as JSON (wildcard type arguments"
                + " are not supported).",
            "List<? extends Number> scores"),
        new ErrorCase(
            "NestedUnsupported.java",
            UNSUPPORTED_TYPE,
            "[Redifu/UnsupportedType] Address.extra has type java.lang.Object, which redifu cannot"
                + " store as JSON (Object is a JDK type redifu has no JSON form for).",
            "Object extra"),
        new ErrorCase(
            "NestedWithoutConstructor.java",
            UNSUPPORTED_TYPE,
            "[Redifu/UnsupportedType] NestedWithoutConstructor.price has type"
                + " test.NestedWithoutConstructor.Money, which redifu cannot store as JSON (Money"
                + " has no non-private no-argument constructor).",
            "Money price"),
        new ErrorCase(
            "EmbeddedEntity.java",
            EMBEDDED_ENTITY,
            EMBEDDED_ENTITY.format("EmbeddedEntity", "author", "Author", "author"),
            "Author author"),

        // Key templates: reported on the annotation value, which sits on its own line.
        new ErrorCase(
            "UnclosedKeyBrace.java",
            KEY_MALFORMED,
            "[Redifu/KeyMalformed] key \"post:{randId\" is malformed: '{' at position 5 is never"
                + " closed. Write placeholders as {name}; use no other braces.",
            "key = "),
        new ErrorCase(
            "DuplicateKeyPlaceholder.java",
            KEY_DUPLICATE_PLACEHOLDER,
            KEY_DUPLICATE_PLACEHOLDER.format("post:{randId}:{randId}", "randId", "randId"),
            "key = "),
        new ErrorCase(
            "KeyWithoutRandId.java",
            KEY_NO_RAND_ID,
            KEY_NO_RAND_ID.format("post", "KeyWithoutRandId", "keyWithoutRandId"),
            "key = "),
        new ErrorCase(
            "KeyWithOtherPlaceholder.java",
            KEY_PLACEHOLDER,
            "[Redifu/KeyPlaceholder] key \"user:{userRandId}:post:{randId}\" of @Entity"
                + " KeyWithOtherPlaceholder uses {userRandId}, but an entity key can only use"
                + " {randId}. Remove {userRandId}.",
            "key = "),

        // TTLs.
        new ErrorCase(
            "InvalidTtlUnit.java",
            INVALID_TTL,
            "[Redifu/InvalidTtl] ttl \"7x\" is invalid: expected a whole number followed by ms, s,"
                + " m, h or d. Write a whole number and a unit: \"7d\", \"48h\", \"30m\", \"15s\","
                + " \"500ms\", or \"0\" for no expiry.",
            "ttl = "),
        new ErrorCase(
            "ZeroTtl.java",
            INVALID_TTL,
            INVALID_TTL.format(
                "0s", "a zero duration would expire at once; write \"0\" for no expiry"),
            "ttl = "),
        new ErrorCase(
            "MissingTtlNoExpiry.java",
            INVALID_MISSING_TTL,
            "[Redifu/InvalidMissingTtl] missingTtl \"0\" is invalid: a missing marker must expire,"
                + " or a row committed later stays hidden for good. Write a whole number and a unit,"
                + " e.g. \"30s\", \"5m\" or \"500ms\", or leave it out to use"
                + " Redifu.builder().missingMarkerTtl (1 minute unless set).",
            "missingTtl = "),
        new ErrorCase(
            "MissingTtlMalformed.java",
            INVALID_MISSING_TTL,
            INVALID_MISSING_TTL.format(
                "5 minutes", "expected a whole number followed by ms, s, m, h or d"),
            "missingTtl = "),
        new ErrorCase(
            "MissingTtlZeroDuration.java",
            INVALID_MISSING_TTL,
            INVALID_MISSING_TTL.format("0s", "a zero duration would expire at once"),
            "missingTtl = "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyOneErrorOnTheOffendingLine(ErrorCase row) {
    row.check();
  }
}
