package io.redifu.sample;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The source of truth: {@code sample_accounts} and {@code sample_posts} (schema.sql). Times are
 * stored as UTC wall clock in {@code timestamp(3)}, millisecond precision like Redis scores.
 */
@Repository
class SampleDatabase {
  private final JdbcClient jdbc;

  SampleDatabase(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Creates or renames the account; returns it as stored. */
  @Transactional
  Account saveAccount(String randId, String name, String handle) {
    int updated =
        jdbc.sql("UPDATE sample_accounts SET name = ?, handle = ? WHERE randid = ?")
            .params(name, handle, randId)
            .update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO sample_accounts (randid, name, handle, created_at) VALUES (?, ?, ?, ?)")
          .params(randId, name, handle, utc(Instant.now()))
          .update();
    }
    return account(randId).orElseThrow();
  }

  Optional<Account> account(String randId) {
    return jdbc.sql("SELECT randid, name, handle, created_at FROM sample_accounts WHERE randid = ?")
        .param(randId)
        .query(SampleDatabase::account)
        .optional();
  }

  void insertPost(Post post, String userRandId) {
    jdbc.sql(
            "INSERT INTO sample_posts (randid, user_id, author_randid, title, content, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            post.getRandId(),
            userRandId,
            post.authorRandId,
            post.title,
            post.content,
            utc(post.getCreatedAt()))
        .update();
  }

  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Account account(ResultSet row, int number) throws SQLException {
    Account account = new Account();
    account.setRandId(row.getString("randid"));
    account.name = row.getString("name");
    account.handle = row.getString("handle");
    account.setCreatedAt(
        row.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
    return account;
  }
}
