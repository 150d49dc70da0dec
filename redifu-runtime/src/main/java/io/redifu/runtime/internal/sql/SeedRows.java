package io.redifu.runtime.internal.sql;

import io.redifu.runtime.SeedException;
import io.redifu.runtime.internal.model.EntitySpec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Checks each entity a seed query or loader returned, as it is read, that it can be a cached item:
 * a randId that can be part of a key, given once, and for collections a sort value. A row that
 * fails refuses the whole result with a {@link SeedException} naming the row and the query, before
 * anything reaches Redis. One instance per result set; not thread-safe.
 */
final class SeedRows<T> {
  /** How a collection's rows are placed: the score of {@code sortBy}, read from {@code column}. */
  private record Sort<T>(ToDoubleFunction<T> score, String sortBy, int column, String label) {}

  private final EntitySpec<T> entity;
  private final String query;

  /** Null when rows are not scored (entity loaders). */
  private final Sort<T> sort;

  private final Map<String, Integer> rowOfId = new HashMap<>();
  private int row;

  private SeedRows(EntitySpec<T> entity, String query, Sort<T> sort) {
    this.entity = entity;
    this.query = query;
    this.sort = sort;
  }

  /** Rows of a collection: each needs a sort value in {@code columns}' sort column. */
  static <T> SeedRows<T> scored(
      EntitySpec<T> entity,
      String query,
      ToDoubleFunction<T> score,
      String sortBy,
      SeedColumns columns,
      ResultSet rows)
      throws SQLException {
    String label = columns.sortLabel();
    return new SeedRows<>(entity, query, new Sort<>(score, sortBy, rows.findColumn(label), label));
  }

  /** Rows of an entity loader: only their randIds are checked. */
  static <T> SeedRows<T> unscored(EntitySpec<T> entity, String query) {
    return new SeedRows<>(entity, query, null);
  }

  /** Returns {@code item}, read from the current row of {@code rows}, once it passed the checks. */
  T check(T item, ResultSet rows) throws SQLException {
    row++;
    String randId = entity.codec().randId(item);
    try {
      entity.documentKey().apply(randId); // Keys.requireParam: the one check of ids in keys
    } catch (IllegalArgumentException e) {
      throw refused(randId, rows, e.getMessage(), e);
    }
    Integer first = rowOfId.putIfAbsent(randId, row);
    if (first != null) {
      throw refused(
          randId, rows, "its randId is also row " + first + "'s; an item is cached once", null);
    }
    if (sort != null) {
      if (rows.getObject(sort.column()) == null) {
        throw refused(
            randId,
            rows,
            sort.sortBy()
                + " must not be null: it places the item in the collection ("
                + sort.label()
                + ")",
            null);
      }
      try {
        sort.score().applyAsDouble(item);
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw refused(randId, rows, e.getMessage(), e);
      }
    }
    return item;
  }

  private SeedException refused(String randId, ResultSet rows, String problem, Throwable cause)
      throws SQLException {
    StringBuilder message = new StringBuilder(entity.entityName()).append(": row ").append(row);
    message.append(" (randId ").append(randId == null ? "null" : '"' + randId + '"');
    if (sort != null) {
      message.append(", ").append(sort.label()).append(' ').append(rows.getObject(sort.column()));
    }
    message.append(") cannot be cached: ").append(problem);
    message.append(". Nothing was written to Redis. Query: ").append(query);
    return new SeedException(message.toString(), cause);
  }
}
