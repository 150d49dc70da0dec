package io.redifu.runtime.internal.codec;

import io.redifu.runtime.SeedException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of one result set, looked up by property once, before the first row: a label matches
 * a property when both are equal ignoring case and underscores ({@code author_randid} ↔ {@code
 * authorRandId}); an {@code @Column} name matches its label ignoring case. Also remembers how each
 * column stores times and collections, so reading a row asks the driver nothing more.
 */
public final class Columns {
  /** Marks a name that more than one column matches. */
  private static final int AMBIGUOUS = -1;

  /** How a column holds its values, where that changes how {@link SqlValues} reads them. */
  enum Shape {
    ZONED_TIME,
    LOCAL_TIME,
    DATE,
    NUMBER,
    TEXT,
    ARRAY,
    OTHER
  }

  private final String query;
  private final String[] labels;
  private final Shape[] shapes;
  private final Map<String, Integer> byName = new HashMap<>();
  private final Map<String, Integer> byLabel = new HashMap<>();

  public Columns(ResultSetMetaData meta, String query) throws SQLException {
    this(meta, query, null);
  }

  /** With {@code shownAs}, every column is named that in messages (the elements of an array). */
  private Columns(ResultSetMetaData meta, String query, String shownAs) throws SQLException {
    this.query = query;
    int count = meta.getColumnCount();
    this.labels = new String[count];
    this.shapes = new Shape[count];
    for (int i = 1; i <= count; i++) {
      String label = meta.getColumnLabel(i);
      labels[i - 1] = shownAs != null ? shownAs : label;
      shapes[i - 1] = shape(meta.getColumnType(i), meta.getColumnTypeName(i));
      byName.merge(normalize(label), i, (a, b) -> AMBIGUOUS);
      byLabel.merge(label.toLowerCase(Locale.ROOT), i, (a, b) -> AMBIGUOUS);
    }
  }

  /**
   * The 1-based index of the column of {@code property}, or of {@code column} when it has an
   * {@code @Column} name (else null); a {@link SeedException} naming both and the query when the
   * result set has none.
   */
  public int required(String property, String column) {
    int index = optional(property, column);
    if (index == 0) {
      throw new SeedException(
          "The seed query returns no column for property "
              + property
              + ": expected "
              + expected(property, column)
              + "; it returns "
              + Arrays.toString(labels)
              + ". Query: "
              + query);
    }
    return index;
  }

  /** The 1-based index of the column of {@code property} (see {@link #required}), or 0. */
  public int optional(String property, String column) {
    Integer index =
        column != null
            ? byLabel.get(column.toLowerCase(Locale.ROOT))
            : byName.get(normalize(property));
    if (index == null) {
      return 0;
    }
    if (index == AMBIGUOUS) {
      throw new SeedException(
          "The seed query returns more than one column for property "
              + property
              + ": "
              + matching(property, column)
              + " all match "
              + expected(property, column)
              + ". Rename all but one. Query: "
              + query);
    }
    return index;
  }

  /**
   * The columns of the rows {@code Array.getResultSet()} returns for the array in {@code column}.
   */
  Columns elements(int column, ResultSetMetaData meta) throws SQLException {
    return new Columns(meta, query, "element of " + label(column));
  }

  String label(int column) {
    return labels[column - 1];
  }

  Shape shape(int column) {
    return shapes[column - 1];
  }

  /**
   * Reads {@code column} of {@code row} with {@code getter}; anything it throws but a {@link
   * SeedException} becomes one saying the column should hold what is {@code wanted}.
   */
  <T> T read(ResultSet row, int column, String wanted, SqlValues.Getter<T> getter) {
    try {
      return getter.read(row, this, column);
    } catch (SeedException e) {
      throw e;
    } catch (SQLException | ArithmeticException | DateTimeParseException e) {
      throw failure(column, "expected " + wanted + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw failure(column, "expected " + wanted + ": " + e, e);
    }
  }

  /** Reading {@code column} failed: the message names the column, what was wanted and the query. */
  SeedException failure(int column, String problem, Throwable cause) {
    return new SeedException(
        "Cannot read column " + label(column) + ": " + problem + ". Query: " + query, cause);
  }

  private List<String> matching(String property, String column) {
    List<String> found = new ArrayList<>();
    for (String label : labels) {
      boolean matches =
          column != null
              ? label.equalsIgnoreCase(column)
              : normalize(label).equals(normalize(property));
      if (matches) {
        found.add(label);
      }
    }
    return found;
  }

  private static String expected(String property, String column) {
    return column != null
        ? "the column " + column + " its @Column names (case ignored)"
        : "a column named "
            + property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)
            + " (case and underscores ignored)";
  }

  /** {@code author_randid}, {@code AUTHOR_RAND_ID} and {@code authorRandId} are one name. */
  private static String normalize(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }

  private static Shape shape(int type, String typeName) {
    if (type == Types.ARRAY) {
      return Shape.ARRAY; // before the zone test: H2 names it "TIMESTAMP WITH TIME ZONE ARRAY"
    }
    String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT).replace(" ", "");
    // PostgreSQL reports timestamptz as TIMESTAMP; its type name tells the zone apart.
    if (type == Types.TIMESTAMP_WITH_TIMEZONE
        || name.equals("timestamptz")
        || name.contains("withtimezone")) {
      return Shape.ZONED_TIME;
    }
    return switch (type) {
      case Types.TIMESTAMP -> Shape.LOCAL_TIME;
      case Types.DATE -> Shape.DATE;
      case Types.TINYINT,
          Types.SMALLINT,
          Types.INTEGER,
          Types.BIGINT,
          Types.NUMERIC,
          Types.DECIMAL ->
          Shape.NUMBER;
      case Types.CHAR,
          Types.VARCHAR,
          Types.LONGVARCHAR,
          Types.NCHAR,
          Types.NVARCHAR,
          Types.LONGNVARCHAR,
          Types.CLOB,
          Types.NCLOB ->
          Shape.TEXT;
      default -> Shape.OTHER;
    };
  }
}
