package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.it.SharedCluster;
import io.redifu.it.domain.Transfer;
import io.redifu.it.domain.TransferTimeSeriesCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimeSeriesResult;
import io.redifu.runtime.internal.model.TimeBounds;
import java.time.Instant;
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
    TransferTable table = new TransferTable();
    String account = BaseRecord.newRandId();
    List<String> ids = table.hourly(account, START, 10);
    try (Redifu redifu =
        SharedCluster.redis().dataSource(SqlDatabase.POSTGRESQL.dataSource()).build()) {
      TransferTimeSeriesCache transfers =
          TransferTimeSeriesCache.create(redifu).seededBy(table::ofAccount);
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
      table.drop();
    }
  }
}
