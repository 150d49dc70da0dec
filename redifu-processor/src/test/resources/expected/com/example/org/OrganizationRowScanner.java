package com.example.org;

import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.internal.codec.Columns;
import io.redifu.runtime.internal.codec.RowScanner;
import io.redifu.runtime.internal.codec.SqlValues;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import javax.annotation.processing.Generated;

/**
 * JDBC row scanner of {@link Organization}: finds each property's column once per result set, then reads rows by index.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Organization"
)
public final class OrganizationRowScanner implements RowScanner<Organization> {
  private static final OrganizationRowScanner INSTANCE = new OrganizationRowScanner();

  private OrganizationRowScanner() {
  }

  /**
   * Returns the row scanner of {@link Organization}; it is stateless and thread-safe.
   */
  public static OrganizationRowScanner create() {
    return INSTANCE;
  }

  @Override
  public RowScanner.RowReader<Organization> reader(ResultSetMetaData meta, String query) throws
      SQLException {
    Columns columns = new Columns(meta, query);
    int randIdColumn = columns.required("randId", null);
    int createdAtColumn = columns.optional("createdAt", null);
    int updatedAtColumn = columns.optional("updatedAt", null);
    int nameColumn = columns.optional("name", null);
    return row -> {
      Organization value = new Organization();
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
      return value;
    };
  }

  @Override
  public String column(String property) {
    return null;
  }
}
