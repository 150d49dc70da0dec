package io.redifu.runtime.internal.codec;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * How to read one kind of scalar column: what it should hold (for errors, e.g. "an int"), how to
 * get it from the driver, and what SQL NULL becomes in a primitive field. {@link SqlValues} holds
 * one per kind; generated row scanners call e.g. {@code SqlValues.INT.read(row, columns, 3)}. Every
 * failure, from the driver or from a conversion, is a {@code SeedException} naming the column and
 * the query (see {@code Columns.read}).
 */
public final class SqlScalar<T> implements SqlValues.Getter<T> {
  /** A JDBC getter of a primitive column, such as {@code ResultSet::getInt}. */
  @FunctionalInterface
  interface Primitive<T> {
    T get(ResultSet row, int column) throws SQLException;
  }

  private final String wanted;
  private final SqlValues.Getter<T> getter;
  private final T nullDefault;

  /** {@code nullDefault}: what SQL NULL, which {@code getter} reads as null, is in a field. */
  SqlScalar(String wanted, SqlValues.Getter<T> getter, T nullDefault) {
    this.wanted = wanted;
    this.getter = getter;
    this.nullDefault = nullDefault;
  }

  /** A reference type: SQL NULL is null, in a field as everywhere. */
  static <T> SqlScalar<T> of(String wanted, SqlValues.Getter<T> getter) {
    return new SqlScalar<>(wanted, getter, null);
  }

  /**
   * A primitive type read with {@code get}, which returns {@code zero} for SQL NULL; {@link #read}
   * tells the two apart with {@link ResultSet#wasNull()}.
   */
  static <T> SqlScalar<T> primitive(String wanted, Primitive<T> get, T zero) {
    return new SqlScalar<>(
        wanted,
        (row, columns, column) -> {
          T value = get.get(row, column);
          return row.wasNull() ? null : value;
        },
        zero);
  }

  /** This kind's values converted with {@code convert}; null stays null. */
  <R> SqlScalar<R> map(Function<T, R> convert) {
    return of(
        wanted,
        (row, columns, column) -> {
          T value = getter.read(row, columns, column);
          return value == null ? null : convert.apply(value);
        });
  }

  /** The value, or null for SQL NULL. */
  @Override
  public T read(ResultSet row, Columns columns, int column) {
    return columns.read(row, column, wanted, getter);
  }

  /** The value, or for SQL NULL what a primitive field holds unset: 0, false or {@code '\0'}. */
  public T readOrDefault(ResultSet row, Columns columns, int column) {
    T value = read(row, columns, column);
    return value == null ? nullDefault : value;
  }
}
