package io.redifu.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import redis.clients.jedis.RedisClient;

/** Talks to whatever services this JVM resolved: the CI's, containers, or embedded ones. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LocalServicesTest {

  @Test
  void redisAnswers() {
    assertThat(LocalServices.redisUrl()).startsWith("redis://");
    assertThat(LocalServices.redisUrl()).isSameAs(LocalServices.redisUrl());
    try (RedisClient client = RedisClient.create(LocalServices.redisUrl())) {
      assertThat(client.ping()).isEqualTo("PONG");
    }
  }

  @Test
  void postgresqlAnswers() throws SQLException {
    assertThat(LocalServices.jdbcIsH2())
        .as("a real PostgreSQL, not H2 standing in: %s", LocalServices.describe())
        .isFalse();
    assertThat(selectOne(LocalServices.jdbcUrl())).isEqualTo(1);
    assertThat(productName(LocalServices.jdbcUrl())).isEqualTo("PostgreSQL");
  }

  @Test
  void mariadbAnswers() throws SQLException {
    assertThat(LocalServices.mysqlIsH2())
        .as("a real MariaDB or MySQL, not H2 standing in: %s", LocalServices.describe())
        .isFalse();
    assertThat(selectOne(LocalServices.mysqlUrl())).isEqualTo(1);
    assertThat(productName(LocalServices.mysqlUrl())).isIn("MariaDB", "MySQL");
  }

  @Test
  void describesEveryService() {
    String description = LocalServices.describe();

    assertThat(description).startsWith("Redis: ").contains("; SQL: ").contains("; MySQL: ");
    assertThat(description).doesNotContain("\n");
  }

  private static String productName(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url)) {
      return connection.getMetaData().getDatabaseProductName();
    }
  }

  private static int selectOne(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT 1")) {
      assertThat(rs.next()).isTrue();
      return rs.getInt(1);
    }
  }
}
