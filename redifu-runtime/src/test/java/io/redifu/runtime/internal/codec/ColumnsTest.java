package io.redifu.runtime.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.runtime.SeedException;
import java.lang.reflect.Proxy;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How {@link Columns} matches labels to properties and classifies column types, on metadata built
 * here; {@code RowScannerIT} checks the same against real databases.
 */
class ColumnsTest {
  private static final String QUERY = "SELECT * FROM posts";

  /** A column as a driver describes it. */
  private record Column(String label, int type, String typeName) {
    Column(String label) {
      this(label, Types.VARCHAR, "varchar");
    }
  }

  @Test
  void matchesLabelsIgnoringCaseAndUnderscores() throws SQLException {
    Columns columns =
        columns(new Column("rand_id"), new Column("AUTHOR_RANDID"), new Column("createdAt"));

    assertThat(columns.required("randId", null)).isEqualTo(1);
    assertThat(columns.required("authorRandId", null)).isEqualTo(2);
    assertThat(columns.optional("createdAt", null)).isEqualTo(3);
    assertThat(columns.optional("title", null)).isZero();
  }

  @Test
  void anOverrideMatchesItsLabelIgnoringCaseOnly() throws SQLException {
    Columns columns = columns(new Column("BODY"), new Column("content"), new Column("by_line"));

    assertThat(columns.required("content", "body")).isEqualTo(1);
    assertThat(columns.optional("byline", "byline")).isZero(); // underscores count in overrides
  }

  @Test
  void aMissingRequiredColumnNamesThePropertyTheColumnAndTheQuery() throws SQLException {
    Columns columns = columns(new Column("title"));

    assertThatThrownBy(() -> columns.required("authorRandId", null))
        .isInstanceOf(SeedException.class)
        .hasMessage(
            "The seed query returns no column for property authorRandId: expected a column named"
                + " author_rand_id (case and underscores ignored); it returns [title]. Query: "
                + QUERY);
    assertThatThrownBy(() -> columns.required("content", "body"))
        .hasMessageContaining("expected the column body its @Column names (case ignored)");
  }

  @Test
  void twoColumnsForOnePropertyAreAnErrorNotAGuess() throws SQLException {
    Columns columns = columns(new Column("rand_id"), new Column("RANDID"));

    assertThatThrownBy(() -> columns.optional("randId", null))
        .isInstanceOf(SeedException.class)
        .hasMessageContaining("more than one column for property randId: [rand_id, RANDID]")
        .hasMessageEndingWith(QUERY);
  }

  @Test
  void classifiesTimesByZoneArraysFirst() throws SQLException {
    Columns columns =
        columns(
            new Column("a", Types.TIMESTAMP, "timestamptz"), // PostgreSQL
            new Column("b", Types.TIMESTAMP_WITH_TIMEZONE, "TIMESTAMP WITH TIME ZONE"), // H2
            new Column("c", Types.TIMESTAMP, "timestamp"),
            new Column("d", Types.TIMESTAMP, "DATETIME"), // MariaDB
            new Column("e", Types.ARRAY, "TIMESTAMP WITH TIME ZONE ARRAY"),
            new Column("f", Types.BIGINT, "int8"),
            new Column("g", Types.LONGVARCHAR, "JSON"),
            new Column("h", Types.OTHER, "jsonb"));

    assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8).stream().map(columns::shape))
        .containsExactly(
            Columns.Shape.ZONED_TIME,
            Columns.Shape.ZONED_TIME,
            Columns.Shape.LOCAL_TIME,
            Columns.Shape.LOCAL_TIME,
            Columns.Shape.ARRAY,
            Columns.Shape.NUMBER,
            Columns.Shape.TEXT,
            Columns.Shape.OTHER);
  }

  /** Metadata answering only what {@code Columns} asks; a proxy keeps the fake to a few lines. */
  private static Columns columns(Column... columns) throws SQLException {
    ResultSetMetaData meta =
        (ResultSetMetaData)
            Proxy.newProxyInstance(
                ColumnsTest.class.getClassLoader(),
                new Class<?>[] {ResultSetMetaData.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getColumnCount" -> columns.length;
                      case "getColumnLabel" -> columns[(Integer) args[0] - 1].label();
                      case "getColumnType" -> columns[(Integer) args[0] - 1].type();
                      case "getColumnTypeName" -> columns[(Integer) args[0] - 1].typeName();
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    return new Columns(meta, QUERY);
  }
}
