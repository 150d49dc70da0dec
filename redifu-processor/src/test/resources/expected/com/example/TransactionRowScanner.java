package com.example;

import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.internal.codec.Columns;
import io.redifu.runtime.internal.codec.RowScanner;
import io.redifu.runtime.internal.codec.SqlValues;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import javax.annotation.processing.Generated;

/**
 * JDBC row scanner of {@link Transaction}: finds each property's column once per result set, then reads rows by index.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Transaction"
)
public final class TransactionRowScanner implements RowScanner<Transaction> {
  private static final TransactionRowScanner INSTANCE = new TransactionRowScanner();

  private TransactionRowScanner() {
  }

  /**
   * Returns the row scanner of {@link Transaction}; it is stateless and thread-safe.
   */
  public static TransactionRowScanner create() {
    return INSTANCE;
  }

  @Override
  public RowScanner.RowReader<Transaction> reader(ResultSetMetaData meta, String query) throws
      SQLException {
    Columns columns = new Columns(meta, query);
    int randIdColumn = columns.required("randId", null);
    int createdAtColumn = columns.required("createdAt", null);
    int updatedAtColumn = columns.optional("updatedAt", null);
    int accountRandIdColumn = columns.optional("accountRandId", null);
    int ledgerIdColumn = columns.optional("ledgerId", null);
    int amountCentsColumn = columns.optional("amountCents", null);
    int sequenceColumn = columns.required("sequence", null);
    return row -> {
      Transaction value = new Transaction();
      value.setRandId(SqlValues.STRING.read(row, columns, randIdColumn));
      value.setCreatedAt(SqlValues.INSTANT.read(row, columns, createdAtColumn));
      if (updatedAtColumn != 0) {
        value.setUpdatedAt(SqlValues.INSTANT.read(row, columns, updatedAtColumn));
      }
      if (accountRandIdColumn != 0) {
        value.accountRandId = SqlValues.STRING.read(row, columns, accountRandIdColumn);
      }
      if (ledgerIdColumn != 0) {
        value.ledgerId = SqlValues.STRING.read(row, columns, ledgerIdColumn);
      }
      if (amountCentsColumn != 0) {
        value.amountCents = SqlValues.LONG.readOrDefault(row, columns, amountCentsColumn);
      }
      value.setSequence(SqlValues.LONG.read(row, columns, sequenceColumn));
      return value;
    };
  }

  @Override
  public String column(String property) {
    return null;
  }
}
