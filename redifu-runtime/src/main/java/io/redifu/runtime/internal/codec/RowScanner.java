package io.redifu.runtime.internal.codec;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * Turns JDBC rows into entities without reflection; generated as {@code XRowScanner}. A column
 * matches a property when their names are equal ignoring case and underscores ({@code
 * author_randid} ↔ {@code authorRandId}), unless {@code @Column} names the column.
 */
public interface RowScanner<T> {
  /**
   * Resolves the column of every property once per result set; a required column that is absent
   * (randId, every {@code sortBy} property, every {@code @Column} property) is a {@code
   * SeedException} naming the column and {@code query}. Other absent columns leave their properties
   * at their defaults.
   */
  RowReader<T> reader(ResultSetMetaData columns, String query) throws SQLException;

  /** The {@code @Column} name of {@code property}, or null when it has none. */
  String column(String property);

  /** Reads the current row of a result set bound by {@link #reader}. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }
}
