package io.redifu.runtime.internal.sql;

import io.redifu.runtime.SeedException;
import io.redifu.runtime.internal.codec.Columns;
import io.redifu.runtime.internal.codec.RowScanner;
import io.redifu.runtime.internal.model.Scores;
import java.math.BigDecimal;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The randId and sort columns of a seed query's result, and how to write a score as a value of the
 * sort column's SQL type (Redis scores are epoch microseconds for time properties).
 *
 * @param idLabel the label of the randId column
 * @param sortLabel the label of the sort column
 * @param sortType the sort column's {@link Types} code
 * @param zoned whether the sort column is a timestamp with time zone
 */
record SeedColumns(String idLabel, String sortLabel, int sortType, boolean zoned) {
  static SeedColumns find(ResultSetMetaData meta, String query, RowScanner<?> rows, String sortBy)
      throws SQLException {
    Columns columns = new Columns(meta, query);
    int id = columns.required("randId", rows.column("randId"));
    int sort = columns.required(sortBy, rows.column(sortBy));
    String typeName = String.valueOf(meta.getColumnTypeName(sort)).toLowerCase(Locale.ROOT);
    int type = meta.getColumnType(sort);
    boolean zoned =
        type == Types.TIMESTAMP_WITH_TIMEZONE
            || typeName.contains("timestamptz")
            || typeName.contains("with time zone");
    return new SeedColumns(meta.getColumnLabel(id), meta.getColumnLabel(sort), type, zoned);
  }

  /**
   * {@code score} as a bind value comparable with the sort column, exact to the microsecond. {@code
   * timed}: the score is epoch microseconds of a time property (else the number itself, or epoch
   * milliseconds where a time column fills a number property).
   */
  Object sqlValue(boolean timed, double score) {
    long whole = (long) score;
    Instant instant = timed ? Scores.instant(whole) : Instant.ofEpochMilli(whole);
    if (zoned) {
      return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
    switch (sortType) {
      case Types.TIMESTAMP:
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
      case Types.DATE:
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
      case Types.BIGINT:
      case Types.INTEGER:
      case Types.SMALLINT:
      case Types.TINYINT:
        return timed ? instant.toEpochMilli() : whole; // a time property's number column: millis
      case Types.NUMERIC:
      case Types.DECIMAL:
      case Types.DOUBLE:
      case Types.FLOAT:
      case Types.REAL:
        return timed ? BigDecimal.valueOf(instant.toEpochMilli()) : BigDecimal.valueOf(score);
      default:
        throw new SeedException(
            "the sort column \""
                + sortLabel
                + "\" has SQL type "
                + sortType
                + ", which cannot hold a score; use a timestamp or a number");
    }
  }
}
