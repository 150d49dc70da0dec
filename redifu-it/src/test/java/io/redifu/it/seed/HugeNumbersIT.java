package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.it.domain.Ranked;
import io.redifu.it.domain.RankedCache;
import io.redifu.it.domain.RankedLedgerCache;
import io.redifu.it.domain.RankedTimelineCache;
import io.redifu.it.domain.Transfer;
import io.redifu.it.domain.TransferTimeSeriesCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedException;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimeSeriesResult;
import io.redifu.testing.LocalServices;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sort values a double cannot hold exactly (beyond 2^53) are refused, never rounded into false
 * ties; range bounds meaning "everything" ({@code Long.MAX_VALUE}, {@code Instant.MAX}) are clamped
 * and leave a series that later reads still understand. Real Redis and PostgreSQL.
 */
class HugeNumbersIT {
  private static final long EXACT = 1L << 53;

  private final String table = "ranked_" + BaseRecord.newRandId().toLowerCase();
  private final String group = BaseRecord.newRandId();
  private Redifu redifu;

  @BeforeEach
  void connect() throws SQLException {
    sql(
        "CREATE TABLE "
            + table
            + " (randid varchar(40) PRIMARY KEY, group_randid varchar(40),"
            + " rank bigint NOT NULL)");
    redifu =
        Redifu.builder()
            .redis(LocalServices.redisUrl())
            .dataSource(SqlDatabase.POSTGRESQL.dataSource())
            .build();
  }

  @AfterEach
  void close() throws SQLException {
    redifu.close();
    sql("DROP TABLE " + table);
  }

  @Test
  void aSortValueBeyondTwoToThe53IsRefusedAtWriteAndNothingIsWritten() {
    RankedTimelineCache timeline = RankedTimelineCache.create(redifu).seededBy(this::query);
    assertThat(timeline.of(group).fetchOrSeed(List.of()).items()).isEmpty(); // cached, empty
    Ranked exact = ranked(EXACT);
    Ranked beyond = ranked(EXACT + 1);

    timeline.of(group).add(exact);
    assertThatThrownBy(() -> timeline.of(group).add(beyond))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rank is 9007199254740993")
        .hasMessageContaining("2^53");

    assertThat(timeline.of(group).fetchAll())
        .extracting(Ranked::getRandId)
        .containsExactly(exact.getRandId());
    assertThat(RankedCache.create(redifu).get(beyond.getRandId())).isEmpty();
    timeline.of(group).purge();
  }

  @Test
  void aRowBeyondTwoToThe53IsRefusedBySeedingAndNothingIsCommitted() throws SQLException {
    insert("exact", EXACT);
    insert("beyond", EXACT + 1);
    RankedTimelineCache timeline = RankedTimelineCache.create(redifu).seededBy(this::query);

    assertThatThrownBy(() -> timeline.of(group).fetchOrSeed(List.of()))
        .isInstanceOf(SeedException.class)
        .hasMessageContaining("rank")
        .hasMessageContaining("9007199254740993");
    assertThat(timeline.of(group).requiresSeeding(0)).isTrue();
    assertThat(RankedCache.create(redifu).get("exact")).isEmpty();
  }

  @Test
  void longBoundsMeaningEverythingAreClampedAndTheSeriesStaysReadable() throws SQLException {
    insert("lowest", -EXACT);
    insert("zero", 0);
    insert("highest", EXACT);
    RankedLedgerCache ledger = RankedLedgerCache.create(redifu).seededBy(this::query);
    try {
      TimeSeriesResult<Ranked> everything =
          ledger.of(group).fetchOrSeed(Long.MIN_VALUE, Long.MAX_VALUE);
      assertThat(everything.items())
          .extracting(Ranked::getRandId)
          .containsExactly("lowest", "zero", "highest");
      assertThat(everything.gaps()).isEmpty();

      TimeSeriesResult<Ranked> again = ledger.of(group).fetch(-5, Long.MAX_VALUE);
      assertThat(again.items()).extracting(Ranked::getRandId).containsExactly("zero", "highest");
      assertThat(again.gaps()).isEmpty();
      assertThat(ledger.of(group).fetch(Long.MIN_VALUE, -1).items())
          .extracting(Ranked::getRandId)
          .containsExactly("lowest");
    } finally {
      ledger.of(group).purge();
    }
  }

  @Test
  void instantBoundsMeaningEverythingAreClampedAndTheSeriesStaysReadable() throws SQLException {
    String transfers = "transfers_" + BaseRecord.newRandId().toLowerCase();
    sql(
        "CREATE TABLE "
            + transfers
            + " (randid varchar(40) PRIMARY KEY,"
            + " account_randid varchar(40), amount_cents bigint, created_at timestamptz)");
    sql(
        "INSERT INTO "
            + transfers
            + " VALUES ('old', '"
            + group
            + "', 1, '1700-01-01T00:00:00Z'),"
            + " ('new', '"
            + group
            + "', 2, now())");
    TransferTimeSeriesCache series =
        TransferTimeSeriesCache.create(redifu)
            .seededBy(
                account ->
                    SeedQuery.sql(
                        "SELECT * FROM " + transfers + " WHERE account_randid = ?", account));
    try {
      TimeSeriesResult<Transfer> everything =
          series.of(group).fetchOrSeed(Instant.MIN, Instant.MAX);
      assertThat(everything.items()).extracting(Transfer::getRandId).containsExactly("old", "new");
      assertThat(series.of(group).fetch(Instant.EPOCH, Instant.now()).items())
          .extracting(Transfer::getRandId)
          .containsExactly("new");
    } finally {
      series.of(group).purge();
      sql("DROP TABLE " + transfers);
    }
  }

  private SeedQuery query(String groupRandId) {
    return SeedQuery.sql(
        "SELECT randid, group_randid, rank FROM " + table + " WHERE group_randid = ?", groupRandId);
  }

  private Ranked ranked(long rank) {
    Ranked item = new Ranked();
    item.init();
    item.setGroupRandId(group);
    item.setRank(rank);
    return item;
  }

  private void insert(String randId, long rank) throws SQLException {
    sql("INSERT INTO " + table + " VALUES ('" + randId + "', '" + group + "', " + rank + ")");
  }

  private static void sql(String statement) throws SQLException {
    SqlDatabase.POSTGRESQL.execute(statement);
  }
}
