package com.example;

import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.internal.codec.Columns;
import io.redifu.runtime.internal.codec.RowScanner;
import io.redifu.runtime.internal.codec.SqlValues;
import java.math.BigDecimal;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * JDBC row scanner of {@link Product}: finds each property's column once per result set, then reads rows by index.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Product"
)
public final class ProductRowScanner implements RowScanner<Product> {
  private static final ProductRowScanner INSTANCE = new ProductRowScanner();

  private ProductRowScanner() {
  }

  /**
   * Returns the row scanner of {@link Product}; it is stateless and thread-safe.
   */
  public static ProductRowScanner create() {
    return INSTANCE;
  }

  @Override
  public RowScanner.RowReader<Product> reader(ResultSetMetaData meta, String query) throws
      SQLException {
    Columns columns = new Columns(meta, query);
    int randIdColumn = columns.required("randId", null);
    int nameColumn = columns.required("name", "product_name");
    int priceColumn = columns.optional("price", null);
    int createdAtColumn = columns.required("createdAt", null);
    return row -> {
      String randId = null;
      String name = null;
      BigDecimal price = null;
      Instant createdAt = null;
      String note = null;
      randId = SqlValues.STRING.read(row, columns, randIdColumn);
      name = SqlValues.STRING.read(row, columns, nameColumn);
      if (priceColumn != 0) {
        price = SqlValues.BIG_DECIMAL.read(row, columns, priceColumn);
      }
      createdAt = SqlValues.INSTANT.read(row, columns, createdAtColumn);
      return new Product(randId, name, price, createdAt, note);
    };
  }

  @Override
  public String column(String property) {
    return switch (property) {
      case "name" -> "product_name";
      default -> null;
    };
  }
}
