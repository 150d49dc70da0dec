package io.redifu.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The servers a developer usually has running, on their default ports on 127.0.0.1, and probes that
 * ask each one, briefly, whether it answers as the tests need it to.
 */
final class DefaultPorts {
  static final String HOST = "127.0.0.1";
  static final String REDIS_URL = "redis://" + HOST + ":6379";
  static final String POSTGRES_URL = "jdbc:postgresql://" + HOST + ":5432/test?user=postgres";
  static final String MARIADB_URL = "jdbc:mariadb://" + HOST + ":3306/test?user=root";

  private static final int TIMEOUT_MILLIS = 1_000;

  private DefaultPorts() {}

  /** Whether a Redis on 6379 answers PING with PONG (no password). */
  static boolean redisAnswers() {
    try (Socket socket = connect(6379)) {
      OutputStream out = socket.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      return "+PONG".equals(in.readLine());
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether PostgreSQL on 5432 lets user {@code postgres} into database {@code test}. */
  static boolean postgresAnswers() {
    return portOpen(5432) && sqlAnswers(POSTGRES_URL + "&connectTimeout=1&socketTimeout=2");
  }

  /** Whether MariaDB or MySQL on 3306 lets user {@code root} into database {@code test}. */
  static boolean mariadbAnswers() {
    return portOpen(3306) && sqlAnswers(MARIADB_URL + "&connectTimeout=1000&socketTimeout=2000");
  }

  private static boolean portOpen(int port) {
    try (Socket ignored = connect(port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static Socket connect(int port) throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(HOST, port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  private static boolean sqlAnswers(String url) {
    try (Connection connection = DriverManager.getConnection(url)) {
      return connection.isValid(1);
    } catch (SQLException e) {
      return false;
    }
  }
}
