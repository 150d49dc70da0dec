package io.redifu.runtime;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jooq.ResultQuery;

/**
 * The SQL that returns the rows of a collection (or of the entities a loader is asked for). Write
 * only what selects the rows — redifu wraps it as a derived table and adds the keyset condition,
 * {@code ORDER BY}, {@code LIMIT} and {@code OFFSET} itself, rendered for the connection's dialect
 * (PostgreSQL, MySQL/MariaDB, H2), with bind parameters only.
 *
 * <pre>{@code
 * feed.seededBy(userRandId -> SeedQuery.sql(
 *     "SELECT p.randid, p.title, p.author_randid, p.created_at FROM posts p"
 *         + " WHERE p.user_id = ? AND p.status = 'active'", userRandId));
 * }</pre>
 *
 * <p>Columns map to properties by name, ignoring case and underscores ({@code author_randid} →
 * {@code authorRandId}); {@code @Column} overrides. Timestamps used as {@code sortBy} are compared
 * at millisecond precision, as Redis scores are: truncate finer columns in the query.
 */
public final class SeedQuery {
  private final String sql;
  private final List<Object> args;
  private final ResultQuery<?> jooq;

  private SeedQuery(String sql, List<Object> args, ResultQuery<?> jooq) {
    this.sql = sql;
    this.args = args;
    this.jooq = jooq;
  }

  /**
   * Plain JDBC SQL with {@code ?} placeholders, bound to {@code args} in order. A {@link
   * java.util.Collection} argument (of String, Long, Integer or UUID) is bound as one SQL array,
   * for a loader's {@code WHERE randid = ANY(?)} on PostgreSQL and H2; MySQL and MariaDB have no
   * arrays (a {@link SeedException} says so): select by a list there with {@link #jooq} and {@code
   * field("randid").in(ids)}.
   */
  public static SeedQuery sql(String sql, Object... args) {
    if (sql == null || sql.isBlank()) {
      throw new IllegalArgumentException("sql must not be null or blank");
    }
    if (args == null) {
      throw new IllegalArgumentException("args must not be null (pass none)");
    }
    return new SeedQuery(sql, Collections.unmodifiableList(Arrays.asList(args.clone())), null);
  }

  /** A jOOQ query; its own bind values are kept. */
  public static SeedQuery jooq(ResultQuery<?> query) {
    if (query == null) {
      throw new IllegalArgumentException("query must not be null");
    }
    return new SeedQuery(null, List.of(), query);
  }

  /** The plain SQL, or null for a jOOQ query. */
  public String sql() {
    return sql;
  }

  /** The bind values of a plain SQL query. */
  public List<Object> args() {
    return args;
  }

  /** The jOOQ query, or null for plain SQL. */
  public ResultQuery<?> jooq() {
    return jooq;
  }

  /** The query as text, for messages. */
  @Override
  public String toString() {
    return sql != null ? sql : jooq.getSQL();
  }
}
