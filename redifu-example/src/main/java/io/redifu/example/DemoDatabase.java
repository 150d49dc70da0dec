package io.redifu.example;

import io.redifu.runtime.SeedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The demo's SQL side, the source of truth redifu seeds from: {@code demo_accounts} and {@code
 * demo_posts} in the configured PostgreSQL ({@code REDIFU_JDBC_URL}) or an embedded H2.
 */
final class DemoDatabase {
  final DataSource dataSource;

  DemoDatabase(String url) throws SQLException {
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      dataSource = h2;
    } else {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(url);
      dataSource = postgres;
    }
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS demo_posts");
      s.execute("DROP TABLE IF EXISTS demo_accounts");
      s.execute("CREATE TABLE demo_accounts (randid varchar(40) PRIMARY KEY, name varchar(100))");
      s.execute(
          "CREATE TABLE demo_posts (randid varchar(40), title varchar(200),"
              + " author_randid varchar(40), user_id varchar(40), created_at timestamp(3),"
              + " PRIMARY KEY (user_id, randid))"); // a post shows in several users' feeds
    }
  }

  /** The posts of one reader's feed. */
  static SeedQuery feed(String userRandId) {
    return SeedQuery.sql(
        "SELECT randid, title, author_randid, created_at FROM demo_posts WHERE user_id = ?",
        userRandId);
  }

  /** Accounts by id, as a jOOQ query. */
  static SeedQuery accounts(List<String> randIds) {
    return SeedQuery.jooq(
        DSL.select(DSL.field("randid"), DSL.field("name"))
            .from(DSL.table("demo_accounts"))
            .where(DSL.field("randid").in(randIds)));
  }

  void insert(Account account) throws SQLException {
    update("INSERT INTO demo_accounts VALUES (?, ?)", account.getRandId(), account.name);
  }

  void rename(Account account) throws SQLException {
    update("UPDATE demo_accounts SET name = ? WHERE randid = ?", account.name, account.getRandId());
  }

  void insert(Post post, String userRandId) throws SQLException {
    update(
        "INSERT INTO demo_posts VALUES (?, ?, ?, ?, ?)",
        post.getRandId(),
        post.title,
        post.authorRandId,
        userRandId,
        utc(post.getCreatedAt()));
  }

  void drop() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE demo_posts");
      s.execute("DROP TABLE demo_accounts");
    }
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private void update(String sql, Object... args) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    }
  }
}
