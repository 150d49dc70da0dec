package com.example;

import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.internal.codec.Columns;
import io.redifu.runtime.internal.codec.RowScanner;
import io.redifu.runtime.internal.codec.SqlValues;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import javax.annotation.processing.Generated;

/**
 * JDBC row scanner of {@link Account}: finds each property's column once per result set, then reads rows by index.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Account"
)
public final class AccountRowScanner implements RowScanner<Account> {
  private static final AccountRowScanner INSTANCE = new AccountRowScanner();

  private AccountRowScanner() {
  }

  /**
   * Returns the row scanner of {@link Account}; it is stateless and thread-safe.
   */
  public static AccountRowScanner create() {
    return INSTANCE;
  }

  @Override
  public RowScanner.RowReader<Account> reader(ResultSetMetaData meta, String query) throws
      SQLException {
    Columns columns = new Columns(meta, query);
    int randIdColumn = columns.required("randId", null);
    int createdAtColumn = columns.optional("createdAt", null);
    int updatedAtColumn = columns.optional("updatedAt", null);
    int nameColumn = columns.optional("name", null);
    int organizationRandIdColumn = columns.optional("organizationRandId", null);
    int managerIdColumn = columns.optional("managerId", null);
    return row -> {
      Account value = new Account();
      value.setRandId(SqlValues.STRING.read(row, columns, randIdColumn));
      if (createdAtColumn != 0) {
        value.setCreatedAt(SqlValues.INSTANT.read(row, columns, createdAtColumn));
      }
      if (updatedAtColumn != 0) {
        value.setUpdatedAt(SqlValues.INSTANT.read(row, columns, updatedAtColumn));
      }
      if (nameColumn != 0) {
        value.name = SqlValues.STRING.read(row, columns, nameColumn);
      }
      if (organizationRandIdColumn != 0) {
        value.organizationRandId = SqlValues.STRING.read(row, columns, organizationRandIdColumn);
      }
      if (managerIdColumn != 0) {
        value.setManagerId(SqlValues.STRING.read(row, columns, managerIdColumn));
      }
      return value;
    };
  }

  @Override
  public String column(String property) {
    return null;
  }
}
