package io.redifu.it.seed;

import io.redifu.it.sql.SqlDatabase;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.SeedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A feed's tables, {@code posts} and {@code accounts}, under random names on one of the machine's
 * databases; dropped by {@link #drop()}.
 */
final class SeedTables {
  /** Posts are created at BASE + i/3 seconds: every timestamp is shared by three posts. */
  static final LocalDateTime BASE = LocalDateTime.of(2026, 1, 1, 12, 0);

  final SqlDatabase database;
  final String posts = "posts_" + BaseRecord.newRandId().toLowerCase();
  final String accounts = "accounts_" + BaseRecord.newRandId().toLowerCase();

  SeedTables(SqlDatabase database) throws SQLException {
    this.database = database;
    database.execute(
        "CREATE TABLE "
            + posts
            + " (randid varchar(40) PRIMARY KEY, title varchar(200), content text,"
            + " author_randid varchar(40), user_id varchar(40), status varchar(16),"
            + " created_at "
            + database.timestampType
            + " NOT NULL)",
        "CREATE TABLE " + accounts + " (randid varchar(40) PRIMARY KEY, name varchar(100))");
  }

  Connection connect() throws SQLException {
    return database.connect();
  }

  /** The feed query: the active posts of one user. */
  SeedQuery feed(String userId) {
    return SeedQuery.sql(
        "SELECT p.randid, p.title, p.content, p.author_randid, p.created_at FROM "
            + posts
            + " p WHERE p.user_id = ? AND p.status = 'active'",
        userId);
  }

  /** The accounts with the given ids. */
  SeedQuery accountsById(List<String> randIds) {
    String marks = String.join(", ", Collections.nCopies(randIds.size(), "?"));
    return SeedQuery.sql(
        "SELECT randid, name FROM " + accounts + " WHERE randid IN (" + marks + ")",
        randIds.toArray());
  }

  /** The posts with the given ids. */
  SeedQuery postsById(List<String> randIds) {
    String marks = String.join(", ", Collections.nCopies(randIds.size(), "?"));
    return SeedQuery.sql(
        "SELECT randid, title, content, author_randid, created_at FROM "
            + posts
            + " WHERE randid IN ("
            + marks
            + ")",
        randIds.toArray());
  }

  void account(String randId, String name) throws SQLException {
    update("INSERT INTO " + accounts + " (randid, name) VALUES (?, ?)", randId, name);
  }

  /** Inserts {@code count} active posts of {@code userId} by the given authors; returns ids. */
  List<String> posts(String userId, int count, List<String> authors) throws SQLException {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = BaseRecord.newRandId();
      post(
          id,
          userId,
          "post " + i,
          authors.get(i % authors.size()),
          "active",
          BASE.plusSeconds(i / 3));
      ids.add(id);
    }
    return ids;
  }

  void post(String id, String userId, String title, String author, String status, LocalDateTime at)
      throws SQLException {
    update(
        "INSERT INTO "
            + posts
            + " (randid, title, content, author_randid, user_id, status, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        id,
        title,
        "content of " + title,
        author,
        userId,
        status,
        at);
  }

  void update(String sql, Object... args) throws SQLException {
    database.update(sql, args);
  }

  /**
   * The ids of {@code userId}'s active posts in feed order: newest first, ties by randId compared
   * byte by byte (as Redis orders ties), sorted here so no database collation interferes.
   */
  List<String> newestFirst(String userId) throws SQLException {
    record Row(String id, LocalDateTime at) {}
    List<Row> rows = new ArrayList<>();
    try (Connection c = connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT randid, created_at FROM "
                    + posts
                    + " WHERE user_id = ? AND status = 'active'")) {
      s.setString(1, userId);
      try (var result = s.executeQuery()) {
        while (result.next()) {
          rows.add(new Row(result.getString(1), result.getObject(2, LocalDateTime.class)));
        }
      }
    }
    rows.sort(Comparator.comparing(Row::at).thenComparing(Row::id).reversed());
    return rows.stream().map(Row::id).toList();
  }

  static long epochMillis(LocalDateTime at) {
    return at.toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  void drop() throws SQLException {
    database.execute("DROP TABLE " + posts, "DROP TABLE " + accounts);
  }
}
