package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.annotation.Order;
import io.redifu.it.domain.Event;
import io.redifu.it.domain.EventOldestFirstCache;
import io.redifu.it.domain.EventOldestPagesCache;
import io.redifu.it.domain.EventPageCache;
import io.redifu.it.domain.EventSortedCache;
import io.redifu.it.domain.EventTimeSeriesCache;
import io.redifu.it.domain.EventTimelineCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimeSeriesResult;
import io.redifu.runtime.TimelinePage;
import io.redifu.testing.LocalServices;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tables as people create them — each database's default timestamp types, no precision clauses —
 * filled as applications fill them: by {@code now()} inside one transaction (rows share an
 * instant), by {@code now()} row by row (distinct instants inside one millisecond), and by {@code
 * Instant.now()} from Java. Every collection kind, in both orders, is read through {@code
 * fetchOrSeed} to its end and must equal SQL: every row once, in (time, randId byte) order.
 */
class RealDataIT {
  /** A timestamp column type and the expression that fills it with "now", per database. */
  enum Column {
    POSTGRESQL_TIMESTAMPTZ(SqlDatabase.POSTGRESQL, "timestamptz", "now()", true),
    POSTGRESQL_TIMESTAMP(SqlDatabase.POSTGRESQL, "timestamp", "now()", false),
    POSTGRESQL_CLOCK(SqlDatabase.POSTGRESQL, "timestamptz", "clock_timestamp()", true),
    MARIADB_DATETIME6(SqlDatabase.MARIADB, "DATETIME(6)", "NOW(6)", false),
    MARIADB_TIMESTAMP6(SqlDatabase.MARIADB, "TIMESTAMP(6)", "NOW(6)", false),
    MARIADB_DATETIME(SqlDatabase.MARIADB, "DATETIME", "NOW()", false),
    H2_TIMESTAMP(SqlDatabase.H2, "TIMESTAMP", "CURRENT_TIMESTAMP", false),
    H2_TIMESTAMPTZ(SqlDatabase.H2, "TIMESTAMP WITH TIME ZONE", "CURRENT_TIMESTAMP", true);

    final SqlDatabase database;
    final String type;
    final String now;
    final boolean zoned;

    Column(SqlDatabase database, String type, String now, boolean zoned) {
      this.database = database;
      this.type = type;
      this.now = now;
      this.zoned = zoned;
    }
  }

  /** A row as SQL holds it: its id and its time, to the microsecond. */
  record Row(String randId, Instant at) {
    static final Comparator<Row> ASCENDING =
        Comparator.comparing(Row::at)
            .thenComparing(
                row -> row.randId().getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned);
  }

  private static final int PER_PAGE = 7;

  private final String table = "real_events_" + BaseRecord.newRandId().toLowerCase();
  private Column column;

  @AfterEach
  void dropTable() throws SQLException {
    if (column != null) {
      try (Connection c = connect();
          Statement s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS " + table);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Column.class)
  void everyCollectionSeededFromNowFilledRowsEqualsSql(Column column) throws Exception {
    this.column = column;
    String group = BaseRecord.newRandId();
    List<Row> rows = fill(group);
    List<Row> ascending = rows.stream().sorted(Row.ASCENDING).toList();
    List<String> oldestFirst = ascending.stream().map(Row::randId).toList();
    List<String> newestFirst = reversed(oldestFirst);
    assertThat(new HashSet<>(ascending.stream().map(Row::at).toList()))
        .as("the fill made rows that share an instant")
        .hasSizeLessThan(rows.size());

    try (Redifu redifu =
        Redifu.builder()
            .redis(LocalServices.redisUrl())
            .dataSource(column.database.dataSource())
            .build()) {
      Function<String, SeedQuery> query =
          g ->
              SeedQuery.sql(
                  "SELECT randid, group_randid, title, created_at, updated_at FROM "
                      + table
                      + " WHERE group_randid = ?",
                  g);
      EventTimelineCache feed = EventTimelineCache.create(redifu).seededBy(query::apply);
      EventOldestFirstCache oldest = EventOldestFirstCache.create(redifu).seededBy(query::apply);
      EventSortedCache sorted = EventSortedCache.create(redifu).seededBy(query::apply);
      EventPageCache pages = EventPageCache.create(redifu).seededBy(query::apply);
      EventOldestPagesCache oldestPages =
          EventOldestPagesCache.create(redifu).seededBy(query::apply);
      EventTimeSeriesCache series = EventTimeSeriesCache.create(redifu).seededBy(query::apply);
      try {
        assertThat(
                walk(
                    g -> feed.of(g).fetchOrSeed(List.of()),
                    (g, cursor) -> feed.of(g).fetchOrSeed(cursor),
                    group))
            .as("timeline, newest first, by cursor")
            .isEqualTo(newestFirst);
        assertThat(ids(feed.of(group).fetchAll())).as("the cached timeline").isEqualTo(newestFirst);
        assertThat(
                walk(
                    g -> oldest.of(g).fetchOrSeed(List.of()),
                    (g, cursor) -> oldest.of(g).fetchOrSeed(cursor),
                    group))
            .as("timeline, oldest first, by cursor")
            .isEqualTo(oldestFirst);

        assertThat(ids(sorted.of(group).fetchOrSeed(Order.DESC))).isEqualTo(newestFirst);
        Row low = ascending.get(rows.size() / 4);
        Row high = ascending.get(rows.size() * 3 / 4);
        assertThat(ids(sorted.of(group).fetchRangeOrSeed(Order.ASC, low.at(), high.at())))
            .as("sorted range [%s, %s]", low.at(), high.at())
            .isEqualTo(within(ascending, low.at(), high.at()));

        assertThat(pages(p -> pages.of(group).fetchOrSeed(p))).isEqualTo(newestFirst);
        assertThat(pages(p -> oldestPages.of(group).fetchOrSeed(p))).isEqualTo(oldestFirst);

        TimeSeriesResult<Event> part = series.of(group).fetchOrSeed(low.at(), high.at());
        assertThat(ids(part.items()))
            .as("time series [%s, %s]", low.at(), high.at())
            .isEqualTo(within(ascending, low.at(), high.at()));
        assertThat(part.gaps()).isEmpty();
        Instant from = ascending.get(0).at().minusSeconds(3_600);
        TimeSeriesResult<Event> all = series.of(group).fetchOrSeed(from, Instant.now());
        assertThat(ids(all.items())).as("the whole time series").isEqualTo(oldestFirst);
        assertThat(all.gaps()).isEmpty();
      } finally {
        feed.of(group).purge();
        oldest.of(group).reset();
        sorted.of(group).reset();
        pages.of(group).reset();
        oldestPages.of(group).reset();
        series.of(group).reset();
      }
    }
  }

  /**
   * 50 rows of {@code group}: 18 inserted in one transaction by "now" (in PostgreSQL and H2 they
   * share its instant), 18 one statement each (distinct instants, many in one millisecond), 14 with
   * times from Java, two and two alike; ids of mixed case and non-ASCII, whose byte order is not
   * the collation's. Returns the rows as SQL holds them.
   */
  private List<Row> fill(String group) throws SQLException {
    try (Connection c = connect()) {
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE "
                + table
                + " (randid VARCHAR(64) PRIMARY KEY, group_randid VARCHAR(64) NOT NULL,"
                + " title VARCHAR(200), created_at "
                + column.type
                + " NOT NULL, updated_at "
                + column.type
                + " NULL)");
      }
      String byNow =
          "INSERT INTO "
              + table
              + " (randid, group_randid, title, created_at) VALUES (?, ?, ?, "
              + column.now
              + ")";
      c.setAutoCommit(false);
      try (PreparedStatement insert = c.prepareStatement(byNow)) {
        for (int i = 0; i < 18; i++) {
          bind(insert, id(i), group, i % 5 == 0 ? null : "in one transaction " + i);
          insert.executeUpdate();
        }
      }
      c.commit();
      c.setAutoCommit(true);
      try (PreparedStatement insert = c.prepareStatement(byNow)) {
        for (int i = 18; i < 36; i++) {
          bind(insert, id(i), group, "one by one ✓ " + i);
          insert.executeUpdate();
        }
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO "
                  + table
                  + " (randid, group_randid, title, created_at) VALUES (?, ?, ?, ?)")) {
        Instant at = Instant.now();
        for (int i = 36; i < 50; i++) {
          if (i % 2 == 0) {
            at = Instant.now().truncatedTo(ChronoUnit.MICROS);
          }
          bind(insert, id(i), group, "from Java " + i);
          insert.setObject(
              4,
              column.zoned
                  ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC)
                  : LocalDateTime.ofInstant(at, ZoneOffset.UTC));
          insert.executeUpdate();
        }
      }
      return read(c, group);
    }
  }

  private static void bind(PreparedStatement insert, String id, String group, String title)
      throws SQLException {
    insert.setString(1, id);
    insert.setString(2, group);
    insert.setString(3, title);
  }

  /** Ids whose first symbol's UTF-8 order differs from case-insensitive and UTF-16 orders. */
  private static String id(int i) {
    String[] first = {"A", "a", "B", "b", "é", "ﬀ", "𝄞", "Z"};
    return first[i % first.length] + BaseRecord.newRandId().substring(0, 10) + i;
  }

  private List<Row> read(Connection c, String group) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement select =
        c.prepareStatement("SELECT randid, created_at FROM " + table + " WHERE group_randid = ?")) {
      select.setString(1, group);
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          Instant at =
              column.zoned
                  ? result.getObject(2, OffsetDateTime.class).toInstant()
                  : result.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
          rows.add(new Row(result.getString(1), at));
        }
      }
    }
    return rows;
  }

  private Connection connect() throws SQLException {
    return column.database.connect();
  }

  /** Every page from the first, following each page's cursor, as the client would. */
  private static List<String> walk(
      Function<String, TimelinePage<Event>> first, CursorFetch next, String group) {
    List<String> seen = new ArrayList<>();
    TimelinePage<Event> page = first.apply(group);
    for (int pages = 0; ; pages++) {
      assertThat(page.items()).hasSizeLessThanOrEqualTo(PER_PAGE);
      assertThat(page.missingIds()).isEmpty();
      seen.addAll(ids(page.items()));
      if (!page.hasMore()) {
        return seen;
      }
      assertThat(pages).as("pages walked").isLessThan(50);
      page = next.fetch(group, Cursor.parse(page.nextCursor()));
    }
  }

  @FunctionalInterface
  private interface CursorFetch {
    TimelinePage<Event> fetch(String group, Cursor cursor);
  }

  /** Numbered pages from 1 until the first empty one. */
  private static List<String> pages(java.util.function.IntFunction<List<Event>> page) {
    List<String> seen = new ArrayList<>();
    for (int n = 1; n < 50; n++) {
      List<Event> items = page.apply(n);
      if (items.isEmpty()) {
        return seen;
      }
      assertThat(items).hasSizeLessThanOrEqualTo(PER_PAGE);
      seen.addAll(ids(items));
    }
    throw new AssertionError("more than 49 pages");
  }

  private static List<String> within(List<Row> ascending, Instant from, Instant to) {
    return ascending.stream()
        .filter(row -> !row.at().isBefore(from) && !row.at().isAfter(to))
        .map(Row::randId)
        .toList();
  }

  private static List<String> ids(List<Event> events) {
    return events.stream().map(Event::getRandId).toList();
  }

  private static List<String> reversed(List<String> ids) {
    List<String> copy = new ArrayList<>(ids);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
