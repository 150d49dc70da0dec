package io.redifu.it.seed;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.redifu.example.services.LocalServices;
import io.redifu.example.services.ServiceSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The three SQL databases seeding supports, as the tests reach them: PostgreSQL and MariaDB from
 * {@link LocalServices} (skipped when only the embedded fallback is there), H2 in memory.
 */
enum SqlDatabase {
  POSTGRESQL,
  MARIADB,
  H2;

  /** A new connection; skips the test when this database is not available here. */
  Connection connect() throws SQLException {
    Optional<String> url =
        switch (this) {
          case POSTGRESQL ->
              LocalServices.jdbcSource() == ServiceSource.EMBEDDED
                  ? Optional.empty() // H2 standing in for PostgreSQL: covered as H2
                  : Optional.of(LocalServices.jdbcUrl());
          case MARIADB -> LocalServices.mysqlUrl();
          case H2 -> Optional.of(LocalServices.H2_URL);
        };
    assumeTrue(url.isPresent(), this + " is not available: set the env vars of LocalServices");
    return DriverManager.getConnection(url.get());
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
