package io.redifu.it.soak;

import io.redifu.it.domain.SoakItem;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.SeedQuery;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The soak's source of truth: one SQL table under a random {@code soak_items_} name, dropped by
 * {@link #drop()}. Items are removed by status, as the seed queries select active items only.
 */
final class SoakTable {
  /**
   * Items are created within {@link #SPAN_SECONDS} seconds after this, at four instants inside each
   * second's first millisecond: many tie, and many differ by microseconds only.
   */
  static final Instant BASE = LocalDateTime.of(2025, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);

  static final int SPAN_SECONDS = 400;

  /** Timeline order: newest first, ties by randId compared byte by byte, as Redis orders them. */
  static final Comparator<SoakItem> NEWEST_FIRST =
      Comparator.comparing(SoakItem::getCreatedAt)
          .thenComparing(item -> bytes(item.getRandId()), Arrays::compareUnsigned)
          .reversed();

  final SqlDatabase database;
  final String name = "soak_items_" + BaseRecord.newRandId().toLowerCase();

  SoakTable(SqlDatabase database) throws SQLException {
    this.database = database;
    database.execute(
        "CREATE TABLE "
            + name
            + " (randid varchar(40) PRIMARY KEY, group_randid varchar(40) NOT NULL,"
            + " title varchar(100), version bigint NOT NULL, status varchar(16) NOT NULL,"
            + " created_at timestamp NOT NULL)");
  }

  Connection connect() throws SQLException {
    return database.connect();
  }

  /**
   * The active items of {@code group}; {@code kind} names the collection in a no-op condition, so
   * the statements a seed prepares can be counted per collection ({@link #count}).
   */
  SeedQuery seed(String kind, String group) {
    return SeedQuery.sql(
        "SELECT randid, group_randid, title, version, created_at FROM "
            + name
            + " WHERE group_randid = ? AND status = 'active' AND '"
            + marker(kind)
            + "' <> ''",
        group);
  }

  /** The text {@link #seed} puts in the query of {@code kind}. */
  static String marker(String kind) {
    return "soak-seed-" + kind;
  }

  /**
   * Counts one statement redifu prepared: a seed of the collection whose {@link #marker} it holds,
   * else a load of expired documents. The probe redifu runs once per query text ({@code WHERE 1 =
   * 0}) is not counted.
   */
  static void count(String sql, List<String> kinds, SoakStats stats) {
    if (sql.contains("1 = 0")) {
      return;
    }
    for (String kind : kinds) {
      if (sql.contains(marker(kind))) {
        stats.count("sql." + kind + ".seed");
        return;
      }
    }
    stats.count("sql.load");
  }

  /** The entity loader: the rows of {@code randIds}, removed ones too (the entity still exists). */
  SeedQuery byIds(List<String> randIds) {
    String marks = String.join(", ", Collections.nCopies(randIds.size(), "?"));
    return SeedQuery.sql(
        "SELECT randid, group_randid, title, version, created_at FROM "
            + name
            + " WHERE randid IN ("
            + marks
            + ")",
        randIds.toArray());
  }

  void insert(Connection c, SoakItem item) throws SQLException {
    update(
        c,
        "INSERT INTO "
            + name
            + " (randid, group_randid, title, version, status, created_at)"
            + " VALUES (?, ?, ?, ?, 'active', ?)",
        item.getRandId(),
        item.getGroupRandId(),
        item.getTitle(),
        item.getVersion(),
        utc(item.getCreatedAt()));
  }

  /** Writes title, version and time of an active item. */
  void save(Connection c, SoakItem item) throws SQLException {
    update(
        c,
        "UPDATE " + name + " SET title = ?, version = ?, created_at = ? WHERE randid = ?",
        item.getTitle(),
        item.getVersion(),
        utc(item.getCreatedAt()),
        item.getRandId());
  }

  void remove(Connection c, String randId) throws SQLException {
    update(c, "UPDATE " + name + " SET status = 'removed' WHERE randid = ?", randId);
  }

  /** The active items of {@code group}, newest first: what every collection must hold. */
  List<SoakItem> truth(String group) throws SQLException {
    List<SoakItem> items = new ArrayList<>();
    try (Connection c = connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT randid, title, version, created_at FROM "
                    + name
                    + " WHERE group_randid = ? AND status = 'active'")) {
      s.setString(1, group);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          SoakItem item = new SoakItem();
          item.setRandId(rows.getString(1));
          item.setGroupRandId(group);
          item.setTitle(rows.getString(2));
          item.setVersion(rows.getLong(3));
          item.setCreatedAt(rows.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC));
          items.add(item);
        }
      }
    }
    items.sort(NEWEST_FIRST);
    return items;
  }

  void drop() throws SQLException {
    database.execute("DROP TABLE " + name);
  }

  private static void update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      if (s.executeUpdate() != 1) {
        throw new IllegalStateException("expected one row: " + sql);
      }
    }
  }

  private static LocalDateTime utc(Instant at) {
    return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  static byte[] bytes(String randId) {
    return randId.getBytes(StandardCharsets.UTF_8);
  }
}
