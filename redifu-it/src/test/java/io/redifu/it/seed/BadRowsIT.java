package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.annotation.Order;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostPageCache;
import io.redifu.it.domain.PostSortedCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.domain.TransferCache;
import io.redifu.it.domain.TransferTimeSeriesCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedException;
import io.redifu.runtime.SeedQuery;
import io.redifu.testing.LocalServices;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import redis.clients.jedis.UnifiedJedis;

/**
 * A row a seed query or a loader returns that cannot be a cached item (no randId, an empty one, one
 * with hash-tag braces, no sort value, a randId twice) refuses the whole seed with a {@link
 * SeedException} naming the query and the row; Redis is left without ids, flags, pages, segments,
 * documents or missing markers for it. On every database and for every kind of collection.
 */
class BadRowsIT {
  /** Rows are created at BASE + i seconds; the time series asks for the day around it. */
  private static final LocalDateTime BASE = LocalDateTime.of(2020, 1, 1, 12, 0);

  private static final Map<SqlDatabase, String> TABLES = new EnumMap<>(SqlDatabase.class);

  /** What is wrong with the bad row. */
  enum Bad {
    NULL_RAND_ID,
    EMPTY_RAND_ID,
    OVERLONG_RAND_ID,
    NULL_SORT_VALUE,
    REPEATED_RAND_ID
  }

  /** Who reads the rows. */
  enum Reader {
    TIMELINE,
    SORTED,
    PAGE,
    TIME_SERIES,
    LOADER
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (SqlDatabase database : SqlDatabase.values()) {
      for (Reader reader : Reader.values()) {
        for (Bad bad : Bad.values()) {
          // a time series selects by its sort column, a loader has none: no NULL reaches them
          boolean noSort = reader == Reader.TIME_SERIES || reader == Reader.LOADER;
          if (!(bad == Bad.NULL_SORT_VALUE && noSort)) {
            cases.add(Arguments.of(database, reader, bad));
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cases")
  void aBadRowRefusesTheWholeSeed(SqlDatabase database, Reader reader, Bad bad) throws Exception {
    String table = table(database);
    String owner = BaseRecord.newRandId();
    List<String> good = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      good.add(BaseRecord.newRandId());
      insert(database, table, good.get(i), owner, BASE.plusSeconds(i));
    }
    String badId =
        switch (bad) {
          case NULL_RAND_ID -> null;
          case EMPTY_RAND_ID -> "";
          case OVERLONG_RAND_ID -> BaseRecord.newRandId().repeat(33); // 528 > 512 characters
          case NULL_SORT_VALUE -> BaseRecord.newRandId();
          case REPEATED_RAND_ID -> good.get(1);
        };
    insert(database, table, badId, owner, bad == Bad.NULL_SORT_VALUE ? null : BASE.plusSeconds(10));
    String sql = "SELECT randid, title, created_at FROM " + table + " WHERE owner = ?";
    SeedQuery query = SeedQuery.sql(sql, owner);

    try (Redifu redifu =
        Redifu.builder()
            .redis(LocalServices.redisUrl())
            .dataSource(database.dataSource())
            .build()) {
      String collection;
      Runnable seed;
      switch (reader) {
        case TIMELINE -> {
          PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(user -> query);
          collection = PostTimelineCache.key(owner);
          seed = () -> feed.of(owner).fetchOrSeed(List.of());
        }
        case SORTED -> {
          PostSortedCache sorted = PostSortedCache.create(redifu).seededBy(tag -> query);
          collection = PostSortedCache.key(owner);
          seed = () -> sorted.of(owner).fetchOrSeed(Order.DESC);
        }
        case PAGE -> {
          PostPageCache pages = PostPageCache.create(redifu).seededBy(board -> query);
          collection = PostPageCache.key(owner);
          seed = () -> pages.of(owner).fetchOrSeed(1);
        }
        case TIME_SERIES -> {
          TransferTimeSeriesCache series =
              TransferTimeSeriesCache.create(redifu).seededBy(account -> query);
          collection = TransferTimeSeriesCache.key(owner);
          seed =
              () ->
                  series
                      .of(owner)
                      .fetchOrSeed(
                          BASE.minusDays(1).toInstant(ZoneOffset.UTC),
                          BASE.plusDays(1).toInstant(ZoneOffset.UTC));
        }
        case LOADER -> {
          // the loader's query returns more than it was asked for: all of the owner's rows
          PostCache posts = PostCache.create(redifu).loadedBy(ids -> query);
          collection = null;
          seed = () -> posts.getOrLoad(good.get(0));
        }
        default -> throw new AssertionError(reader);
      }

      assertThatThrownBy(seed::run)
          .isInstanceOf(SeedException.class)
          .hasMessageContaining(sql)
          .hasMessageMatching("(?s).*\\brow \\d+\\b.*")
          .hasMessageContaining(badId == null ? "(randId null" : "(randId \"" + badId + "\"")
          .hasMessageContaining(
              switch (bad) {
                case NULL_RAND_ID -> "randId must not be null";
                case EMPTY_RAND_ID -> "randId must not be empty";
                case OVERLONG_RAND_ID -> "a key parameter holds at most 512";
                case NULL_SORT_VALUE -> "createdAt must not be null";
                case REPEATED_RAND_ID -> "also row";
              });

      UnifiedJedis jedis = redifu.client();
      if (collection != null) {
        String tag = "{" + collection + "}";
        assertThat(jedis.exists(tag)).as("no ids").isFalse();
        assertThat(jedis.hkeys(tag + ":meta"))
            .as("no state but the generation read before the SQL")
            .isSubsetOf("gen");
        assertThat(jedis.exists(tag + ":lock")).as("lock released").isFalse();
        assertThat(jedis.exists(tag + ":pages")).isFalse();
        assertThat(jedis.exists(tag + ":segments")).isFalse();
        jedis.del(tag + ":meta");
      }
      for (String id : good) {
        String document = reader == Reader.TIME_SERIES ? TransferCache.key(id) : PostCache.key(id);
        assertThat(jedis.exists(document)).as("no document of " + id).isFalse();
        assertThat(jedis.exists("{" + document + "}:missing")).as("no marker").isFalse();
      }
    }
  }

  /** One table per database for all cases; each case has its own owner. */
  private static synchronized String table(SqlDatabase database) throws SQLException {
    String table = TABLES.get(database);
    if (table == null) {
      table = "bad_rows_" + BaseRecord.newRandId().toLowerCase();
      // no constraints: the rows are as bad as a query (a join, a view) can make them
      database.execute(
          "CREATE TABLE "
              + table
              + " (randid varchar(600), title varchar(60), owner varchar(40), created_at "
              + database.timestampType
              + ")");
      TABLES.put(database, table);
    }
    return table;
  }

  private static void insert(
      SqlDatabase database, String table, String randId, String owner, LocalDateTime createdAt)
      throws SQLException {
    try (Connection c = database.connect();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO "
                    + table
                    + " (randid, title, owner, created_at) VALUES (?, 'title', ?, ?)")) {
      s.setString(1, randId);
      s.setString(2, owner);
      if (createdAt == null) {
        s.setNull(3, Types.TIMESTAMP);
      } else {
        s.setObject(3, createdAt);
      }
      s.executeUpdate();
    }
  }

  @AfterAll
  static void drop() throws SQLException {
    for (Map.Entry<SqlDatabase, String> table : TABLES.entrySet()) {
      table.getKey().execute("DROP TABLE " + table.getValue());
    }
  }
}
