package io.redifu.runtime.internal.codec;

import io.redifu.runtime.SeedException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The column readers generated row scanners use: one {@link SqlScalar} per scalar kind, named as
 * the processor's {@code ScalarKind} constants ({@code INT}, {@code STRING}, {@code INSTANT}, ...),
 * and readers of enums, SQL arrays and JSON text. SQL NULL reads as null. Every failure, from the
 * driver or from a conversion, is a {@link SeedException} naming the column and the query.
 */
public final class SqlValues {
  private SqlValues() {}

  /** Reads one column of the current row. */
  @FunctionalInterface
  public interface Getter<T> {
    T read(ResultSet row, Columns columns, int column) throws SQLException;
  }

  public static final SqlScalar<Boolean> BOOLEAN =
      SqlScalar.primitive("a boolean", ResultSet::getBoolean, false);
  public static final SqlScalar<Byte> BYTE =
      SqlScalar.primitive("a byte", ResultSet::getByte, (byte) 0);
  public static final SqlScalar<Short> SHORT =
      SqlScalar.primitive("a short", ResultSet::getShort, (short) 0);
  public static final SqlScalar<Integer> INT = SqlScalar.primitive("an int", ResultSet::getInt, 0);
  public static final SqlScalar<Long> LONG = SqlScalar.primitive("a long", ResultSet::getLong, 0L);
  public static final SqlScalar<Float> FLOAT =
      SqlScalar.primitive("a float", ResultSet::getFloat, 0f);
  public static final SqlScalar<Double> DOUBLE =
      SqlScalar.primitive("a double", ResultSet::getDouble, 0d);
  public static final SqlScalar<Character> CHAR =
      new SqlScalar<>("one character", SqlValues::character, '\0');
  public static final SqlScalar<String> STRING = SqlScalar.of("text", (r, c, i) -> r.getString(i));
  public static final SqlScalar<BigDecimal> BIG_DECIMAL =
      SqlScalar.of("a decimal", (r, c, i) -> r.getBigDecimal(i));

  /** A whole number; a fraction is an error rather than silently cut off. */
  public static final SqlScalar<BigInteger> BIG_INTEGER =
      SqlScalar.of("a whole number", SqlValues::bigInteger);

  /** A native UUID (PostgreSQL, H2), its text, or its 16 bytes ({@code BINARY(16)}). */
  public static final SqlScalar<UUID> UUID = SqlScalar.of("a UUID", SqlValues::uuid);

  public static final SqlScalar<LocalDate> LOCAL_DATE =
      SqlScalar.of("a date", SqlValues::localDate);

  /**
   * {@code TIMESTAMP WITH TIME ZONE}: at the offset the driver reports. {@code TIMESTAMP}, {@code
   * DATETIME}: the wall clock at UTC. Also {@code DATE} (midnight UTC), whole numbers (epoch
   * milliseconds) and ISO-8601 text.
   */
  public static final SqlScalar<OffsetDateTime> OFFSET_DATE_TIME =
      SqlScalar.of("a time", SqlTimes::read);

  /** Times are read as {@link #OFFSET_DATE_TIME} reads them. */
  public static final SqlScalar<Instant> INSTANT = OFFSET_DATE_TIME.map(OffsetDateTime::toInstant);

  /** Zone-less columns as they are; zoned ones as their wall clock at UTC. */
  public static final SqlScalar<LocalDateTime> LOCAL_DATE_TIME =
      OFFSET_DATE_TIME.map(time -> time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());

  /** An enum constant by name; {@code parse} is the enum's {@code valueOf}. */
  public static <E> E readEnum(
      ResultSet row, Columns columns, int column, Function<String, E> parse) {
    String name = STRING.read(row, columns, column);
    if (name == null) {
      return null;
    }
    try {
      return parse.apply(name);
    } catch (IllegalArgumentException e) {
      throw columns.failure(
          column, "\"" + name + "\" names no constant (" + e.getMessage() + ")", e);
    }
  }

  /** {@link #readEnum} as a getter, for the elements of an array. */
  public static <E> Getter<E> enumGetter(Function<String, E> parse) {
    return (row, columns, column) -> readEnum(row, columns, column, parse);
  }

  /**
   * A list or set from an SQL ARRAY, read with {@code array} ({@link #arrayAsList} or {@link
   * #arrayAsSet}), or from JSON text (json, jsonb or text columns) read with {@code json}, the
   * generated codec's reader.
   */
  public static <C> C readArrayOrJson(
      ResultSet row, Columns columns, int column, Getter<C> array, JsonReads.Reader<C> json) {
    return columns.shape(column) == Columns.Shape.ARRAY
        ? columns.read(row, column, "an array", array)
        : readJson(row, columns, column, json);
  }

  /** The elements of an SQL ARRAY in array order, each read with {@code element}. */
  public static <E> Getter<List<E>> arrayAsList(Getter<E> element) {
    return (row, columns, column) -> SqlArrays.read(row, columns, column, element);
  }

  /** {@link #arrayAsList} into an insertion-ordered set. */
  public static <E> Getter<Set<E>> arrayAsSet(Getter<E> element) {
    return (row, columns, column) -> {
      List<E> elements = SqlArrays.read(row, columns, column, element);
      return elements == null ? null : new LinkedHashSet<>(elements);
    };
  }

  /** A value stored as JSON text (json, jsonb or text columns), read with a generated reader. */
  public static <T> T readJson(
      ResultSet row, Columns columns, int column, JsonReads.Reader<T> reader) {
    if (columns.shape(column) == Columns.Shape.ARRAY) {
      throw columns.failure(
          column, "it is an SQL ARRAY, but this property is read from JSON text", null);
    }
    return columns.read(
        row,
        column,
        "JSON",
        (r, c, i) -> {
          String text = r.getString(i);
          try {
            return text == null ? null : JsonCodecs.parse(text, reader);
          } catch (IOException e) {
            throw c.failure(i, "invalid JSON for this property: " + e.getMessage(), e);
          }
        });
  }

  private static Character character(ResultSet row, Columns columns, int column)
      throws SQLException {
    String text = row.getString(column);
    if (text == null) {
      return null;
    }
    if (text.length() != 1) {
      throw columns.failure(column, "expected one character, got \"" + text + "\"", null);
    }
    return text.charAt(0);
  }

  private static UUID uuid(ResultSet row, Columns columns, int column) throws SQLException {
    Object value = row.getObject(column);
    if (value == null || value instanceof UUID) {
      return (UUID) value;
    }
    if (value instanceof byte[] bytes && bytes.length == 16) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      return new UUID(buffer.getLong(), buffer.getLong());
    }
    if (value instanceof String text) {
      return java.util.UUID.fromString(text.trim()); // qualified: the constant UUID hides it
    }
    throw columns.failure(
        column, "expected a UUID, its text or 16 bytes, got " + value.getClass().getName(), null);
  }

  private static BigInteger bigInteger(ResultSet row, Columns columns, int column)
      throws SQLException {
    BigDecimal value = row.getBigDecimal(column);
    return value == null ? null : value.toBigIntegerExact();
  }

  private static LocalDate localDate(ResultSet row, Columns columns, int column)
      throws SQLException {
    if (columns.shape(column) != Columns.Shape.TEXT) {
      return row.getObject(column, LocalDate.class);
    }
    String text = row.getString(column);
    return text == null ? null : LocalDate.parse(text.trim());
  }
}
