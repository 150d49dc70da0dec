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
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Typed column getters used by generated row scanners, named like {@link JsonReads}' ({@code
 * readInt}, {@code readBoxedInt}, ...). SQL NULL reads as null, or as the Java default for a
 * primitive. Every failure, from the driver or from a conversion, is a {@link SeedException} naming
 * the column and the query.
 */
public final class SqlValues {
  private SqlValues() {}

  /** Reads one column of the current row. */
  @FunctionalInterface
  public interface Getter<T> {
    T get(ResultSet row, Columns columns, int column) throws SQLException;
  }

  public static String readString(ResultSet row, Columns columns, int column) {
    return read(row, columns, column, "text", (r, c, i) -> r.getString(i));
  }

  public static Boolean readBoxedBoolean(ResultSet row, Columns columns, int column) {
    return read(row, columns, column, "a boolean", (r, c, i) -> orNull(r, r.getBoolean(i)));
  }

  public static Byte readBoxedByte(ResultSet row, Columns columns, int column) {
    return read(row, columns, column, "a byte", (r, c, i) -> orNull(r, r.getByte(i)));
  }

  public static Short readBoxedShort(ResultSet row, Columns columns, int column) {
    return read(row, columns, column, "a short", (r, c, i) -> orNull(r, r.getShort(i)));
  }

  public static Integer readBoxedInt(ResultSet row, Columns columns, int column) {
    return read(row, columns, column, "an int", (r, c, i) -> orNull(r, r.getInt(i)));
  }

  public static Long readBoxedLong(ResultSet row, Columns columns, int column) {
    return read(row, columns, column, "a long", (r, c, i) -> orNull(r, r.getLong(i)));
  }

  public static Float readBoxedFloat(ResultSet row, Columns columns, int column) {
    return read(row, columns, column, "a float", (r, c, i) -> orNull(r, r.getFloat(i)));
  }

  public static Double readBoxedDouble(ResultSet row, Columns columns, int column) {
    return read(row, columns, column, "a double", (r, c, i) -> orNull(r, r.getDouble(i)));
  }

  public static Character readBoxedChar(ResultSet row, Columns columns, int column) {
    return read(row, columns, column, "one character", SqlValues::character);
  }

  public static boolean readBoolean(ResultSet row, Columns columns, int column) {
    Boolean value = readBoxedBoolean(row, columns, column);
    return value != null && value;
  }

  public static byte readByte(ResultSet row, Columns columns, int column) {
    Byte value = readBoxedByte(row, columns, column);
    return value == null ? 0 : value;
  }

  public static short readShort(ResultSet row, Columns columns, int column) {
    Short value = readBoxedShort(row, columns, column);
    return value == null ? 0 : value;
  }

  public static int readInt(ResultSet row, Columns columns, int column) {
    Integer value = readBoxedInt(row, columns, column);
    return value == null ? 0 : value;
  }

  public static long readLong(ResultSet row, Columns columns, int column) {
    Long value = readBoxedLong(row, columns, column);
    return value == null ? 0L : value;
  }

  public static float readFloat(ResultSet row, Columns columns, int column) {
    Float value = readBoxedFloat(row, columns, column);
    return value == null ? 0f : value;
  }

  public static double readDouble(ResultSet row, Columns columns, int column) {
    Double value = readBoxedDouble(row, columns, column);
    return value == null ? 0d : value;
  }

  public static char readChar(ResultSet row, Columns columns, int column) {
    Character value = readBoxedChar(row, columns, column);
    return value == null ? '\0' : value;
  }

  public static BigDecimal readBigDecimal(ResultSet row, Columns columns, int column) {
    return read(row, columns, column, "a decimal", (r, c, i) -> r.getBigDecimal(i));
  }

  /** A whole number; a fraction is an error rather than silently cut off. */
  public static BigInteger readBigInteger(ResultSet row, Columns columns, int column) {
    return read(
        row,
        columns,
        column,
        "a whole number",
        (r, c, i) -> {
          BigDecimal value = r.getBigDecimal(i);
          return value == null ? null : value.toBigIntegerExact();
        });
  }

  /** A native UUID (PostgreSQL, H2), its text, or its 16 bytes ({@code BINARY(16)}). */
  public static UUID readUuid(ResultSet row, Columns columns, int column) {
    return read(row, columns, column, "a UUID", SqlValues::uuid);
  }

  public static LocalDate readLocalDate(ResultSet row, Columns columns, int column) {
    return read(
        row,
        columns,
        column,
        "a date",
        (r, c, i) -> {
          if (c.shape(i) != Columns.Shape.TEXT) {
            return r.getObject(i, LocalDate.class);
          }
          String text = r.getString(i);
          return text == null ? null : LocalDate.parse(text.trim());
        });
  }

  /** Times are read as {@link #readOffsetDateTime} reads them. */
  public static Instant readInstant(ResultSet row, Columns columns, int column) {
    OffsetDateTime time = readOffsetDateTime(row, columns, column);
    return time == null ? null : time.toInstant();
  }

  /**
   * {@code TIMESTAMP WITH TIME ZONE}: at the offset the driver reports. {@code TIMESTAMP}, {@code
   * DATETIME}: the wall clock at UTC. Also {@code DATE} (midnight UTC), whole numbers (epoch
   * milliseconds) and ISO-8601 text.
   */
  public static OffsetDateTime readOffsetDateTime(ResultSet row, Columns columns, int column) {
    return read(row, columns, column, "a time", SqlTimes::read);
  }

  /** Zone-less columns as they are; zoned ones as their wall clock at UTC. */
  public static LocalDateTime readLocalDateTime(ResultSet row, Columns columns, int column) {
    OffsetDateTime time = readOffsetDateTime(row, columns, column);
    return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }

  /** An enum constant by name; {@code parse} is the enum's {@code valueOf}. */
  public static <E> E readEnum(
      ResultSet row, Columns columns, int column, Function<String, E> parse) {
    String name = readString(row, columns, column);
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
   * A list from an SQL ARRAY (each element read with {@code element}), or from JSON text (json,
   * jsonb or text columns) read with {@code json}, the generated codec's reader.
   */
  public static <E> List<E> readList(
      ResultSet row,
      Columns columns,
      int column,
      Getter<E> element,
      JsonReads.Reader<List<E>> json) {
    return columns.shape(column) == Columns.Shape.ARRAY
        ? read(row, columns, column, "an array", (r, c, i) -> SqlArrays.read(r, c, i, element))
        : readJson(row, columns, column, json);
  }

  /** {@link #readList} into an insertion-ordered set. */
  public static <E> Set<E> readSet(
      ResultSet row,
      Columns columns,
      int column,
      Getter<E> element,
      JsonReads.Reader<Set<E>> json) {
    if (columns.shape(column) != Columns.Shape.ARRAY) {
      return readJson(row, columns, column, json);
    }
    List<E> list =
        read(row, columns, column, "an array", (r, c, i) -> SqlArrays.read(r, c, i, element));
    return list == null ? null : new LinkedHashSet<>(list);
  }

  /** A value stored as JSON text (json, jsonb or text columns), read with a generated reader. */
  public static <T> T readJson(
      ResultSet row, Columns columns, int column, JsonReads.Reader<T> reader) {
    if (columns.shape(column) == Columns.Shape.ARRAY) {
      throw columns.failure(
          column, "it is an SQL ARRAY, but this property is read from JSON text", null);
    }
    return read(
        row,
        columns,
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

  /** Runs {@code getter}; anything but a {@link SeedException} becomes one naming the column. */
  private static <T> T read(
      ResultSet row, Columns columns, int column, String wanted, Getter<T> getter) {
    try {
      return getter.get(row, columns, column);
    } catch (SeedException e) {
      throw e;
    } catch (SQLException | ArithmeticException | DateTimeParseException e) {
      throw columns.failure(column, "expected " + wanted + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw columns.failure(column, "expected " + wanted + ": " + e, e);
    }
  }

  private static <T> T orNull(ResultSet row, T value) throws SQLException {
    return row.wasNull() ? null : value;
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
      return UUID.fromString(text.trim());
    }
    throw columns.failure(
        column, "expected a UUID, its text or 16 bytes, got " + value.getClass().getName(), null);
  }
}
