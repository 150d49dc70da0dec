package io.redifu.it.seed;

import io.redifu.testing.LocalServices;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The three SQL databases seeding supports, as the tests reach them: PostgreSQL and MariaDB from
 * {@link LocalServices}, H2 in memory.
 */
enum SqlDatabase {
  POSTGRESQL,
  MARIADB,
  H2;

  /**
   * A new connection. These cases test each database's own column types, so H2 standing in for
   * PostgreSQL or MariaDB (when no real one could be found or started) fails them, loudly.
   */
  Connection connect() throws SQLException {
    String url =
        switch (this) {
          case POSTGRESQL -> real(LocalServices.jdbcUrl(), LocalServices.jdbcIsH2());
          case MARIADB -> real(LocalServices.mysqlUrl(), LocalServices.mysqlIsH2());
          case H2 -> LocalServices.H2_URL;
        };
    return DriverManager.getConnection(url);
  }

  private String real(String url, boolean isH2) {
    if (isH2) {
      throw new IllegalStateException(
          this
              + " cases need a real "
              + this
              + ", but H2 stands in for it here ("
              + LocalServices.describe()
              + "): see why in the [redifu-test] line above");
    }
    return url;
  }

  /** The column type for this database: one of the three given. */
  String type(String postgresql, String mariadb, String h2) {
    return switch (this) {
      case POSTGRESQL -> postgresql;
      case MARIADB -> mariadb;
      case H2 -> h2;
    };
  }

  /** The bind placeholder of a column of {@code type}: JSON columns need one that parses text. */
  String placeholder(String type) {
    if (this == POSTGRESQL && type.startsWith("JSON")) {
      return "CAST(? AS " + type + ")";
    }
    return this == H2 && type.equals("JSON") ? "? FORMAT JSON" : "?";
  }

  /** An SQL ARRAY of {@code elements}, typed {@code postgresql} there (H2 infers its own). */
  Array array(Connection connection, String postgresql, Object... elements) throws SQLException {
    return connection.createArrayOf(this == POSTGRESQL ? postgresql : "VARCHAR", elements);
  }
}
