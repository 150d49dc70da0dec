package io.redifu.it.seed;

import io.redifu.it.sql.SqlDatabase;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.SeedQuery;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows of {@code Transfer}'s time series, in a PostgreSQL table under a random {@code
 * transfers_} name; dropped by {@link #drop()}.
 */
final class TransferTable {
  private static final SqlDatabase DATABASE = SqlDatabase.POSTGRESQL;
  private static final String COLUMNS = "randid, account_randid, amount_cents, memo, created_at";

  final String name = "transfers_" + BaseRecord.newRandId().toLowerCase();

  TransferTable() throws SQLException {
    DATABASE.execute(
        "CREATE TABLE "
            + name
            + " (randid varchar(40) PRIMARY KEY, account_randid varchar(40),"
            + " amount_cents bigint, memo text, created_at timestamp(3) NOT NULL)");
  }

  /**
   * {@code count} transfers of {@code account} an hour apart from {@code start}, of 0, 100, 200...
   * cents; their ids in time order.
   */
  List<String> hourly(String account, Instant start, int count) throws SQLException {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = BaseRecord.newRandId();
      insert(id, account, 100L * i, "transfer " + i, start.plusSeconds(3_600L * i));
      ids.add(id);
    }
    return ids;
  }

  /** One transfer; returns {@code randId}. */
  String insert(String randId, String account, long amountCents, String memo, Instant at)
      throws SQLException {
    DATABASE.update(
        "INSERT INTO " + name + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)",
        randId,
        account,
        amountCents,
        memo,
        LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    return randId;
  }

  /** The seed query of the series: the transfers of {@code account}. */
  SeedQuery ofAccount(String account) {
    return SeedQuery.sql(
        "SELECT " + COLUMNS + " FROM " + name + " WHERE account_randid = ?", account);
  }

  /** The loader query: the transfers with the given ids. */
  SeedQuery byIds(List<String> randIds) {
    String marks = String.join(", ", Collections.nCopies(randIds.size(), "?"));
    return SeedQuery.sql(
        "SELECT " + COLUMNS + " FROM " + name + " WHERE randid IN (" + marks + ")",
        randIds.toArray());
  }

  void drop() throws SQLException {
    DATABASE.execute("DROP TABLE " + name);
  }
}
