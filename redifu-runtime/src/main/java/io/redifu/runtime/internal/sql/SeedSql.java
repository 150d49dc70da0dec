package io.redifu.runtime.internal.sql;

import io.redifu.runtime.SeedException;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.internal.codec.RowScanner;
import io.redifu.runtime.internal.model.EntitySpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * Runs seed queries. The user's query becomes a derived table; jOOQ adds, for the connection's
 * dialect, the keyset condition on (sort column, randId column), the order with the randId
 * tie-break, LIMIT and OFFSET — all values as bind parameters. The two columns are found once per
 * query text by reading the result's columns of the query with {@code WHERE 1 = 0}.
 */
public final class SeedSql<T> {
  private static final String ALIAS = "redifu_seed";
  private static final int PROBES_KEPT = 512;

  /** Column labels per (dialect, query text, sort property). */
  private static final Map<String, SeedColumns> PROBES = new ConcurrentHashMap<>();

  private final DataSource dataSource;
  private final EntitySpec<T> entity;

  /** The property scores come from, and the score; both null for entity loaders. */
  private final String sortBy;

  private final ToDoubleFunction<T> score;
  private final boolean timed;

  /**
   * Seeds of a collection ordered by {@code sortBy}, whose rows {@code score} places; {@code
   * timed}: scores are epoch microseconds of a time property.
   */
  public SeedSql(
      DataSource dataSource,
      EntitySpec<T> entity,
      String sortBy,
      ToDoubleFunction<T> score,
      boolean timed) {
    if (entity.rows() == null) {
      throw new IllegalStateException(entity.entityName() + " has no generated row scanner");
    }
    this.dataSource = dataSource;
    this.entity = entity;
    this.sortBy = sortBy;
    this.score = score;
    this.timed = timed;
  }

  /** Queries of an entity loader: rows as they come, not placed in any collection. */
  public static <T> SeedSql<T> unsorted(DataSource dataSource, EntitySpec<T> entity) {
    return new SeedSql<>(dataSource, entity, null, null, false);
  }

  /** Where a page starts: after the item (score, randId); null = from the top. */
  public record After(double score, String randId) {}

  /**
   * Up to {@code limit} rows after {@code after} in (sortBy, randId) order, skipping {@code
   * offset}; {@code limit} 0 = all.
   */
  public List<T> page(SeedQuery query, After after, boolean descending, int limit, long offset) {
    return run(
        query,
        (ctx, source, columns) -> {
          Field<Object> sort = DSL.field(DSL.name(ALIAS, columns.sortLabel()));
          Field<Object> id = bytewise(ctx.dialect(), DSL.field(DSL.name(ALIAS, columns.idLabel())));
          Condition where = DSL.noCondition();
          if (after != null) {
            Field<Object> score = DSL.val(columns.sqlValue(timed, after.score()));
            Field<Object> randId = bytewise(ctx.dialect(), DSL.val((Object) after.randId()));
            where =
                descending
                    ? DSL.row(sort, id).lt(score, randId)
                    : DSL.row(sort, id).gt(score, randId);
          }
          var ordered =
              ctx.select(DSL.asterisk())
                  .from(source)
                  .where(where)
                  .orderBy(
                      descending ? sort.desc() : sort.asc(), descending ? id.desc() : id.asc());
          if (limit > 0) {
            return ordered.limit(limit).offset(offset);
          }
          return offset > 0 ? ordered.offset(offset) : ordered;
        });
  }

  /** The rows whose sort value lies in [from, to] (as scores), ascending. */
  public List<T> range(SeedQuery query, double from, double to) {
    return run(
        query,
        (ctx, source, columns) -> {
          Field<Object> sort = DSL.field(DSL.name(ALIAS, columns.sortLabel()));
          Field<Object> id = bytewise(ctx.dialect(), DSL.field(DSL.name(ALIAS, columns.idLabel())));
          return ctx.select(DSL.asterisk())
              .from(source)
              .where(
                  sort.between(
                      DSL.val(columns.sqlValue(timed, from)), DSL.val(columns.sqlValue(timed, to))))
              .orderBy(sort.asc(), id.asc());
        });
  }

  /** The rows of the items {@code randIds}, to place ids whose documents are gone. */
  public List<T> items(SeedQuery query, Collection<String> randIds) {
    return run(
        query,
        (ctx, source, columns) ->
            ctx.select(DSL.asterisk())
                .from(source)
                .where(DSL.field(DSL.name(ALIAS, columns.idLabel())).in(randIds.toArray())));
  }

  /** How many rows {@code query} returns: where a numbered collection ends. */
  public long count(SeedQuery query) {
    try (Connection connection = dataSource.getConnection()) {
      SQLDialect dialect = JDBCUtils.dialect(connection);
      DSLContext ctx = DSL.using(connection, dialect);
      Long count = ctx.select(DSL.count()).from(source(query, dialect)).fetchOne(0, Long.class);
      return count == null ? 0 : count;
    } catch (SQLException | DataAccessException e) {
      throw new SeedException(
          "counting the rows of "
              + entity.entityName()
              + " failed: "
              + e.getMessage()
              + "; query: "
              + query,
          e);
    }
  }

  /** Every row of {@code query} as it is (entity loaders select by id themselves). */
  public List<T> all(SeedQuery query) {
    return run(query, (ctx, source, columns) -> ctx.select(DSL.asterisk()).from(source));
  }

  /**
   * A randId compared byte by byte in UTF-8, as Redis orders tied scores: database collations would
   * often ignore case, and H2 compares strings by UTF-16 code unit, which orders characters beyond
   * U+FFFF before U+E000..U+FFFF.
   */
  private static Field<Object> bytewise(SQLDialect dialect, Field<Object> id) {
    return switch (dialect.family()) {
      case POSTGRES -> DSL.field("{0} COLLATE \"C\"", Object.class, id);
      case MYSQL, MARIADB -> DSL.field("CAST({0} AS BINARY)", Object.class, id);
      case H2 -> DSL.field("CAST({0} AS VARBINARY)", Object.class, id);
      default -> id;
    };
  }

  private interface Shape {
    ResultQuery<?> build(DSLContext ctx, Table<?> source, SeedColumns columns);
  }

  private List<T> run(SeedQuery query, Shape shape) {
    try (Connection connection = dataSource.getConnection()) {
      SQLDialect dialect = JDBCUtils.dialect(connection);
      DSLContext ctx = DSL.using(connection, dialect);
      Table<?> source = source(query, dialect);
      SeedColumns columns = sortBy == null ? null : columns(ctx, dialect, query, source);
      try (ResultSet rows = shape.build(ctx, source, columns).fetchResultSet()) {
        RowScanner.RowReader<T> reader = entity.rows().reader(rows.getMetaData(), query.toString());
        SeedRows<T> checks =
            columns == null
                ? SeedRows.unscored(entity, query.toString())
                : SeedRows.scored(entity, query.toString(), score, sortBy, columns, rows);
        List<T> items = new ArrayList<>();
        while (rows.next()) {
          items.add(checks.check(reader.read(rows), rows));
        }
        return items;
      }
    } catch (SQLException | DataAccessException e) {
      throw new SeedException(
          "seeding " + entity.entityName() + " failed: " + e.getMessage() + "; query: " + query, e);
    }
  }

  private static Table<?> source(SeedQuery query, SQLDialect dialect) {
    if (query.jooq() instanceof Select<?> select) {
      return select.asTable(ALIAS);
    }
    if (query.jooq() != null) {
      return DSL.table("({0})", query.jooq()).as(ALIAS);
    }
    return DSL.table("(" + query.sql() + ")", SeedArgs.of(query, dialect)).as(ALIAS);
  }

  /** The labels of the randId and sort columns, from the columns of an empty result. */
  private SeedColumns columns(DSLContext ctx, SQLDialect dialect, SeedQuery query, Table<?> source)
      throws SQLException {
    String key = dialect + "\n" + sortBy + "\n" + query;
    SeedColumns cached = PROBES.get(key);
    if (cached != null) {
      return cached;
    }
    ResultQuery<?> probe = ctx.select(DSL.asterisk()).from(source).where(DSL.falseCondition());
    try (ResultSet empty = probe.fetchResultSet()) {
      SeedColumns columns =
          SeedColumns.find(empty.getMetaData(), query.toString(), entity.rows(), sortBy);
      if (PROBES.size() >= PROBES_KEPT) {
        PROBES.clear();
      }
      PROBES.put(key, columns);
      return columns;
    }
  }
}
