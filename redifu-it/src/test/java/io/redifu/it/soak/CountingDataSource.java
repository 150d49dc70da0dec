package io.redifu.it.soak;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A JDBC URL as the {@link DataSource} redifu seeds from, counting the statements it prepares:
 * seeds per collection (by the marker {@link SoakTable#seed} puts in each query; the probe redifu
 * runs once per query text, {@code WHERE 1 = 0}, is not counted) and loads of expired documents.
 */
final class CountingDataSource implements DataSource {
  private final String url;
  private final SoakStats stats;
  private final List<String> kinds;

  CountingDataSource(String url, SoakStats stats, List<String> kinds) {
    this.url = url;
    this.stats = stats;
    this.kinds = kinds;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = DriverManager.getConnection(url);
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getName().equals("prepareStatement")) {
            count((String) args[0]);
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private void count(String sql) {
    if (sql.contains("1 = 0")) {
      return;
    }
    for (String kind : kinds) {
      if (sql.contains(SoakTable.marker(kind))) {
        stats.count("sql." + kind + ".seed");
        return;
      }
    }
    stats.count("sql.load");
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
