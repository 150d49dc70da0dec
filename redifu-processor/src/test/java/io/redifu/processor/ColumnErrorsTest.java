package io.redifu.processor;

import static io.redifu.processor.validation.Diagnostics.COLUMN_BLANK;
import static io.redifu.processor.validation.Diagnostics.COLUMN_NOT_STORED;
import static io.redifu.processor.validation.Diagnostics.DUPLICATE_COLUMN;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One negative test per diagnostic about {@code @Column} (see {@link ErrorCase}). Errors sit on the
 * {@code @Column}, or on the field when neither of two clashing properties has one.
 */
class ColumnErrorsTest {
  static List<ErrorCase> cases() {
    return List.of(
        new ErrorCase(
            "ColumnBlank.java",
            COLUMN_BLANK,
            "[Redifu/ColumnBlank] @Column on ColumnBlank.authorName names no column, but a row"
                + " scanner reads exactly the column it names. Write the column's label, e.g."
                + " @Column(\"author_name\"), or remove @Column to match the column by property"
                + " name.",
            "@Column(\" \")"),

        // Properties a row never fills.
        new ErrorCase(
            "ColumnOnTransient.java",
            COLUMN_NOT_STORED,
            "[Redifu/ColumnNotStored] @Column on ColumnOnTransient.renderedHtml has no effect: the"
                + " property is @Transient, and row scanners fill only stored properties. Remove"
                + " @Column.",
            "@Column(\"rendered_html\")"),
        new ErrorCase(
            "ColumnOnTransientModifier.java",
            COLUMN_NOT_STORED,
            COLUMN_NOT_STORED.format(
                "ColumnOnTransientModifier", "scratch", "transient", "Remove @Column."),
            "transient int scratch"),
        new ErrorCase(
            "ColumnOnRelation.java",
            COLUMN_NOT_STORED,
            COLUMN_NOT_STORED.format(
                "ColumnOnRelation",
                "author",
                "filled by a @RandIdRef on every fetch",
                "Remove @Column, or put it on authorRandId, the stored reference."),
            "@Column(\"author\")"),

        // Two properties, one column.
        new ErrorCase(
            "DuplicateColumn.java",
            DUPLICATE_COLUMN,
            "[Redifu/DuplicateColumn] DuplicateColumn.publishedAt and DuplicateColumn.createdAt"
                + " both read column \"created_at\" (columns match properties ignoring case and"
                + " underscores), but one column fills one property. Give one of them another"
                + " @Column name.",
            "@Column(\"created_at\")"),
        new ErrorCase(
            "DuplicateColumnNames.java",
            DUPLICATE_COLUMN,
            DUPLICATE_COLUMN.format(
                "DuplicateColumnNames", "caption", "DuplicateColumnNames", "headline", "TITLE"),
            "@Column(\"TITLE\")"),
        new ErrorCase(
            "DuplicateColumnByName.java",
            DUPLICATE_COLUMN,
            DUPLICATE_COLUMN.format(
                "DuplicateColumnByName", "user_id", "DuplicateColumnByName", "userId", "user_id"),
            "String user_id;"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyOneErrorOnTheOffendingLine(ErrorCase row) {
    row.check();
  }
}
