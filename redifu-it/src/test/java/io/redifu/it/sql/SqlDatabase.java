package io.redifu.it.sql;

import io.redifu.testing.LocalServices;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The three SQL databases seeding supports, as the tests reach them: PostgreSQL and MariaDB from
 * {@link LocalServices}, H2 in memory. The one place the tests open connections, run their DDL and
 * build data sources.
 */
public enum SqlDatabase {
  POSTGRESQL("timestamp(3)"),
  MARIADB("datetime(3)"),
  H2("timestamp(3)");

  /** A timestamp type with milliseconds, in this database's words. */
  public final String timestampType;

  SqlDatabase(String timestampType) {
    this.timestampType = timestampType;
  }

  /**
   * The JDBC URL. For PostgreSQL and MariaDB it is H2 in their mode when no real one could be found
   * or started: most seeding cases run there as well.
   */
  public String url() {
    return switch (this) {
      case POSTGRESQL -> LocalServices.jdbcUrl();
      case MARIADB -> LocalServices.mysqlUrl();
      case H2 -> LocalServices.H2_URL;
    };
  }

  /** A new connection to {@link #url()}. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url());
  }

  /**
   * A new connection to the real database, for cases that test its own column types: H2 standing in
   * for PostgreSQL or MariaDB fails them, loudly.
   */
  public Connection connectReal() throws SQLException {
    boolean standIn =
        switch (this) {
          case POSTGRESQL -> LocalServices.jdbcIsH2();
          case MARIADB -> LocalServices.mysqlIsH2();
          case H2 -> false;
        };
    if (standIn) {
      throw new IllegalStateException(
          this
              + " cases need a real "
              + this
              + ", but H2 stands in for it here ("
              + LocalServices.describe()
              + "): see why in the [redifu-test] line above");
    }
    return connect();
  }

  /** A data source on {@link #url()}, as an application hands one to redifu. */
  public TestDataSource dataSource() {
    return new TestDataSource(url());
  }

  /** Runs each statement (DDL, or a write without parameters) in order, on one connection. */
  public void execute(String... statements) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  /** Runs one write with {@code args} bound in order. */
  public void update(String sql, Object... args) throws SQLException {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    }
  }

  /** The column type for this database: one of the three given. */
  public String type(String postgresql, String mariadb, String h2) {
    return switch (this) {
      case POSTGRESQL -> postgresql;
      case MARIADB -> mariadb;
      case H2 -> h2;
    };
  }

  /** The bind placeholder of a column of {@code type}: JSON columns need one that parses text. */
  public String placeholder(String type) {
    if (this == POSTGRESQL && type.startsWith("JSON")) {
      return "CAST(? AS " + type + ")";
    }
    return this == H2 && type.equals("JSON") ? "? FORMAT JSON" : "?";
  }

  /** An SQL ARRAY of {@code elements}, typed {@code postgresql} there (H2 infers its own). */
  public Array array(Connection connection, String postgresql, Object... elements)
      throws SQLException {
    return connection.createArrayOf(this == POSTGRESQL ? postgresql : "VARCHAR", elements);
  }
}
