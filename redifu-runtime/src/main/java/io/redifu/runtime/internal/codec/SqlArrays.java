package io.redifu.runtime.internal.codec;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads an SQL ARRAY column (PostgreSQL, H2) element by element with a scalar getter. */
final class SqlArrays {
  private SqlArrays() {}

  /** The elements in array order; null for SQL NULL. */
  static <E> List<E> read(ResultSet row, Columns columns, int column, SqlValues.Getter<E> element)
      throws SQLException {
    Array array = row.getArray(column);
    if (array == null) {
      return null;
    }
    try (ResultSet elements = array.getResultSet()) {
      // Rows of (index, value): the getters read column 2, so conversions are the scalar ones.
      Columns values = columns.elements(column, elements.getMetaData());
      List<E> list = new ArrayList<>();
      while (elements.next()) {
        list.add(element.read(elements, values, 2));
      }
      return list;
    } finally {
      array.free();
    }
  }
}
