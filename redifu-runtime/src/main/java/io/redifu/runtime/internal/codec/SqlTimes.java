package io.redifu.runtime.internal.codec;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads a time column as an {@link OffsetDateTime}, from which {@link SqlValues} derives {@code
 * Instant}, {@code OffsetDateTime} and {@code LocalDateTime}, so the column-type rules live here
 * once.
 */
final class SqlTimes {
  private SqlTimes() {}

  /**
   * {@code TIMESTAMP WITH TIME ZONE}: that instant, at the offset the driver reports. {@code
   * TIMESTAMP} (and MySQL's {@code DATETIME}): its wall clock read as UTC. {@code DATE}: its
   * midnight at UTC. Whole numbers: epoch milliseconds. Text: ISO-8601, with or without an offset
   * (none: UTC), {@code T} or a space between date and time.
   */
  static OffsetDateTime read(ResultSet row, Columns columns, int column) throws SQLException {
    return switch (columns.shape(column)) {
      case ZONED_TIME -> row.getObject(column, OffsetDateTime.class);
      case DATE -> {
        LocalDate date = row.getObject(column, LocalDate.class);
        yield date == null ? null : date.atStartOfDay().atOffset(ZoneOffset.UTC);
      }
      case NUMBER -> {
        long millis = row.getLong(column);
        yield row.wasNull() ? null : Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC);
      }
      case TEXT -> {
        String text = row.getString(column);
        yield text == null ? null : parse(text.trim());
      }
      default -> {
        LocalDateTime time = row.getObject(column, LocalDateTime.class);
        yield time == null ? null : time.atOffset(ZoneOffset.UTC);
      }
    };
  }

  private static OffsetDateTime parse(String text) {
    String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.replaceFirst(" ", "T") : text;
    try {
      return OffsetDateTime.parse(iso);
    } catch (DateTimeParseException withoutOffset) {
      return LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
    }
  }
}
