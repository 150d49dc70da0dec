package io.redifu.processor;

import static io.redifu.processor.validation.Diagnostics.COLLECTION_NAME;
import static io.redifu.processor.validation.Diagnostics.COLLECTION_WITHOUT_ENTITY;
import static io.redifu.processor.validation.Diagnostics.DUPLICATE_COLLECTION;
import static io.redifu.processor.validation.Diagnostics.INVALID_TTL;
import static io.redifu.processor.validation.Diagnostics.KEY_DUPLICATE_PLACEHOLDER;
import static io.redifu.processor.validation.Diagnostics.KEY_JOINED_PLACEHOLDERS;
import static io.redifu.processor.validation.Diagnostics.KEY_MALFORMED;
import static io.redifu.processor.validation.Diagnostics.PER_PAGE;
import static io.redifu.processor.validation.Diagnostics.PRIVATE_FIELD;
import static io.redifu.processor.validation.Diagnostics.SORT_BY_MISSING;
import static io.redifu.processor.validation.Diagnostics.SORT_BY_TYPE;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One negative test per diagnostic about {@code @Timeline}, {@code @Sorted}, {@code @Page} and
 * {@code @TimeSeries} (see {@link ErrorCase}). Errors sit on the annotation value that breaks the
 * rule, or on the annotation when the value is a default; each offending value is on a line of its
 * own.
 */
class CollectionErrorsTest {
  static List<ErrorCase> cases() {
    return List.of(
        // Key templates.
        new ErrorCase(
            "CollectionKeyMalformed.java",
            KEY_MALFORMED,
            KEY_MALFORMED.format(
                "feed:user:{userRandId:posts", "'{' at position 10 is never closed"),
            "key = "),
        new ErrorCase(
            "CollectionKeyDuplicatePlaceholder.java",
            KEY_DUPLICATE_PLACEHOLDER,
            "[Redifu/KeyDuplicatePlaceholder] key \"post:{postRandId}:comments:{postRandId}\" uses"
                + " {postRandId} more than once, but each placeholder becomes one key parameter."
                + " Use {postRandId} once, or give the second one another name.",
            "key = "),
        new ErrorCase(
            "CollectionKeyJoinedPlaceholders.java",
            KEY_JOINED_PLACEHOLDERS,
            "[Redifu/KeyJoinedPlaceholders] key \"tenant:{tenantId}{postRandId}:comments\" has"
                + " {tenantId} and {postRandId} with no ':' between them, so different values"
                + " would render the same key (\"ab\" and \"c\" as \"a\" and \"bc\"):"
                + " parameters are encoded so they never hold ':', which is what tells them apart."
                + " Separate the placeholders with ':', e.g."
                + " \"tenant:{tenantId}:{postRandId}:comments\".",
            "key = "),

        // Pages and lifetimes.
        new ErrorCase(
            "PerPageZero.java",
            PER_PAGE,
            "[Redifu/PerPage] @Timeline on PerPageZero has perPage = 0, but a page holds 1 to 1000"
                + " items. Choose a perPage in that range.",
            "perPage = "),
        new ErrorCase(
            "PerPageTooLarge.java",
            PER_PAGE,
            PER_PAGE.format("Page", "PerPageTooLarge", 1001),
            "perPage = "),
        new ErrorCase(
            "CollectionInvalidTtl.java",
            INVALID_TTL,
            INVALID_TTL.format("2 days", "expected a whole number followed by ms, s, m, h or d"),
            "ttl = "),

        // sortBy.
        new ErrorCase(
            "SortByMisspelt.java",
            SORT_BY_MISSING,
            "[Redifu/SortByMissing] @Timeline on SortByMisspelt sorts by \"createAt\", which is not"
                + " a stored property of SortByMisspelt. Did you mean \"createdAt\"?",
            "sortBy = "),
        new ErrorCase(
            "SortByUnknown.java",
            SORT_BY_MISSING,
            SORT_BY_MISSING.format(
                "Sorted",
                "SortByUnknown",
                "popularity",
                "SortByUnknown",
                "Set sortBy to one of its time or whole-number properties: createdAt, updatedAt,"
                    + " likes."),
            "sortBy = "),
        // The default sortBy has no source of its own: the error sits on the annotation.
        new ErrorCase(
            "SortByDefaultMissing.java",
            SORT_BY_MISSING,
            SORT_BY_MISSING.format(
                "Page",
                "SortByDefaultMissing",
                "createdAt",
                "SortByDefaultMissing",
                "Add a property of type Instant, OffsetDateTime, LocalDateTime, long, Long, int or"
                    + " Integer and name it in sortBy."),
            "@Page("),
        // A @Transient property is not stored, so it cannot score documents read back from Redis.
        new ErrorCase(
            "SortByTransient.java",
            SORT_BY_MISSING,
            "[Redifu/SortByMissing] @Timeline on SortByTransient sorts by \"rank\", which is not a"
                + " stored property of SortByTransient. Set sortBy to one of its time or"
                + " whole-number properties: createdAt, updatedAt.",
            "sortBy = "),
        new ErrorCase(
            "SortByWrongType.java",
            SORT_BY_TYPE,
            "[Redifu/SortByType] @Timeline on SortByWrongType sorts by SortByWrongType.title of"
                + " type java.lang.String, but a score must be a time or a whole number. Sort by a"
                + " property of type Instant, OffsetDateTime, LocalDateTime, long, Long, int or"
                + " Integer.",
            "sortBy = "),
        // Time series are fetched between Instant or long bounds: an int cannot sort them.
        new ErrorCase(
            "TimeSeriesSortByInt.java",
            SORT_BY_TYPE,
            "[Redifu/SortByType] @TimeSeries on TimeSeriesSortByInt sorts by"
                + " TimeSeriesSortByInt.sequence of type int, but a time series is fetched between"
                + " Instant or long bounds. Sort by a property of type Instant, OffsetDateTime,"
                + " LocalDateTime, long or Long.",
            "sortBy = "),
        new ErrorCase(
            "TimeSeriesSortByUnknown.java",
            SORT_BY_MISSING,
            SORT_BY_MISSING.format(
                "TimeSeries",
                "TimeSeriesSortByUnknown",
                "bookedOn",
                "TimeSeriesSortByUnknown",
                "Add a property of type Instant, OffsetDateTime, LocalDateTime, long or Long and"
                    + " name it in sortBy."),
            "sortBy = "),

        // Names and duplicates; the second of two repeated annotations is found in the source.
        new ErrorCase(
            "DuplicateUnnamedTimelines.java",
            DUPLICATE_COLLECTION,
            "[Redifu/DuplicateCollection] @Timeline on DuplicateUnnamedTimelines would generate"
                + " DuplicateUnnamedTimelinesTimelineCache, which another collection on"
                + " DuplicateUnnamedTimelines already generates. Give one of them a distinct name,"
                + " e.g. name = \"UserFeed\" generates DuplicateUnnamedTimelinesUserFeedCache.",
            "feed:group:"),
        new ErrorCase(
            "DuplicateUnnamedTimeSeries.java",
            DUPLICATE_COLLECTION,
            DUPLICATE_COLLECTION.format(
                "TimeSeries",
                "DuplicateUnnamedTimeSeries",
                "DuplicateUnnamedTimeSeriesTimeSeriesCache",
                "DuplicateUnnamedTimeSeries",
                "DuplicateUnnamedTimeSeries"),
            "merchant:"),
        new ErrorCase(
            "DuplicateCollectionName.java",
            DUPLICATE_COLLECTION,
            DUPLICATE_COLLECTION.format(
                "Sorted",
                "DuplicateCollectionName",
                "DuplicateCollectionNameFeedCache",
                "DuplicateCollectionName",
                "DuplicateCollectionName"),
            "    name = \"Feed\","),
        new ErrorCase(
            "CollectionNameNotIdentifier.java",
            COLLECTION_NAME,
            "[Redifu/CollectionName] @Timeline on CollectionNameNotIdentifier has name \"User"
                + " Feed\", which is not a Java identifier, but the name becomes part of the"
                + " generated class CollectionNameNotIdentifier<name>Cache. Use letters, digits, _"
                + " or $, e.g. \"UserFeed\".",
            "name = "),
        new ErrorCase(
            "RepeatedTimelineBadTtl.java",
            INVALID_TTL,
            "[Redifu/InvalidTtl] ttl \"2x\" is invalid",
            "ttl = \"2x\""),

        // Where collections cannot go.
        new ErrorCase(
            "TimelineWithoutEntity.java",
            COLLECTION_WITHOUT_ENTITY,
            "[Redifu/CollectionWithoutEntity] @Timeline on TimelineWithoutEntity declares a"
                + " collection of entities, but TimelineWithoutEntity is not an @Entity; a"
                + " collection holds ids and reads their documents from the entity store. Annotate"
                + " TimelineWithoutEntity with @Entity.",
            "@Timeline("),
        // The entity's own error only: its collections are not checked against a broken model.
        new ErrorCase(
            "CollectionOnInvalidEntity.java",
            PRIVATE_FIELD,
            "[Redifu/PrivateField] CollectionOnInvalidEntity.views is private",
            "private long views"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyOneErrorOnTheOffendingLine(ErrorCase row) {
    row.check();
  }
}
