package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.example.services.LocalServices;
import io.redifu.it.SharedCluster;
import io.redifu.it.domain.Transfer;
import io.redifu.it.domain.TransferTimeSeriesCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimeSeriesResult;
import io.redifu.runtime.internal.TimeBounds;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code TransferTimeSeriesCache} end to end on the real Redis and PostgreSQL:
 * Instant bounds, seeding through {@code seededBy}, an add inside coverage, bad bounds.
 */
class GeneratedTimeSeriesIT {
  private static final Instant START = Instant.parse("2026-04-01T00:00:00Z");

  @Test
  void generatedCacheSeedsFetchesAndChecksItsBounds() throws Exception {
    String table = "transfers_" + BaseRecord.newRandId().toLowerCase();
    String account = BaseRecord.newRandId();
    List<String> ids = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(LocalServices.jdbcUrl());
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE "
              + table
              + " (randid varchar(40) PRIMARY KEY, account_randid varchar(40),"
              + " amount_cents bigint, memo text, created_at timestamp(3))");
      try (PreparedStatement insert =
          c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?)")) {
        for (int i = 0; i < 10; i++) {
          String id = BaseRecord.newRandId();
          ids.add(id);
          insert.setString(1, id);
          insert.setString(2, account);
          insert.setLong(3, 100L * i);
          insert.setString(4, "transfer " + i);
          insert.setObject(
              5, LocalDateTime.ofInstant(START.plusSeconds(3_600L * i), ZoneOffset.UTC));
          insert.executeUpdate();
        }
      }
    }
    try (Redifu redifu =
        SharedCluster.redis().dataSource(new TestDataSource(LocalServices.jdbcUrl())).build()) {
      TransferTimeSeriesCache transfers =
          TransferTimeSeriesCache.create(redifu)
              .seededBy(
                  accountRandId ->
                      SeedQuery.sql(
                          "SELECT * FROM " + table + " WHERE account_randid = ?", accountRandId));
      Instant end = START.plusSeconds(86_400);
      TimeSeriesResult<Transfer> before = transfers.of(account).fetch(START, end);
      assertThat(before.items()).isEmpty();
      assertThat(before.gaps()).containsExactly(TimeBounds.range(START, end));

      TimeSeriesResult<Transfer> day = transfers.of(account).fetchOrSeed(START, end);
      assertThat(day.needsSeed()).isFalse();
      assertThat(day.items()).extracting(Transfer::getRandId).isEqualTo(ids);
      assertThat(day.items().get(3).getAmountCents()).isEqualTo(300);

      Transfer late = new Transfer();
      late.init();
      late.setAccountRandId(account);
      late.setCreatedAt(START.plusSeconds(80_000));
      transfers.of(account).add(late);
      assertThat(transfers.of(account).fetch(START, end).items())
          .extracting(Transfer::getRandId)
          .endsWith(late.getRandId());

      assertThatThrownBy(() -> transfers.of(account).fetch(end, START))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> transfers.of(account).fetch(null, START))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("from");
      assertThatThrownBy(() -> transfers.of(null).fetch(START, end))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("accountRandId");
      transfers.of(account).purge();
    } finally {
      try (Connection c = DriverManager.getConnection(LocalServices.jdbcUrl());
          Statement s = c.createStatement()) {
        s.execute("DROP TABLE " + table);
      }
    }
  }
}
