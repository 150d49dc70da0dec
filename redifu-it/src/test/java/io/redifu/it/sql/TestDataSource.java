package io.redifu.it.sql;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A JDBC URL as a {@link DataSource} that counts the statements prepared through it and can pause a
 * seed between its SQL and its commit: redifu closes the connection once the rows are read and
 * commits to Redis after that, so a blocked {@code close()} holds the seed exactly there.
 */
public final class TestDataSource implements DataSource {
  public final String url;

  /** Statements prepared through this data source (and those it shares the count with). */
  public final AtomicInteger statements;

  private volatile CountDownLatch paused;
  private volatile CountDownLatch resume;
  private volatile Runnable afterClose = () -> {};
  private volatile StatementHook beforeStatement = sql -> {};

  public TestDataSource(String url) {
    this(url, new AtomicInteger());
  }

  /** Shares {@code statements} with other data sources (two "JVMs" counting together). */
  public TestDataSource(String url, AtomicInteger statements) {
    this.url = url;
    this.statements = statements;
  }

  /** The next connection's close blocks until {@link #resume()}; await it with the latch. */
  public CountDownLatch pauseNextClose() {
    paused = new CountDownLatch(1);
    resume = new CountDownLatch(1);
    return paused;
  }

  public void resume() {
    resume.countDown();
  }

  /** Runs {@code hook} each time a connection closes, i.e. after each query a seed ran. */
  public void afterEachClose(Runnable hook) {
    afterClose = hook;
  }

  /**
   * Runs {@code hook} with the SQL text of each statement before it is prepared: it may sleep (a
   * slow database) or throw (a failing query).
   */
  public void beforeEachStatement(StatementHook hook) {
    beforeStatement = hook;
  }

  /** What {@link #beforeEachStatement} runs. */
  public interface StatementHook {
    void before(String sql) throws SQLException;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = DriverManager.getConnection(url);
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getName().equals("prepareStatement")) {
            statements.incrementAndGet();
            beforeStatement.before((String) args[0]);
          }
          if (method.getName().equals("close") && paused != null && paused.getCount() > 0) {
            paused.countDown();
            if (!resume.await(30, TimeUnit.SECONDS)) {
              throw new SQLException("test never resumed the paused seed");
            }
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          } finally {
            if (method.getName().equals("close")) {
              afterClose.run();
            }
          }
        };
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
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
