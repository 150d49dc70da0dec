package io.redifu.example.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
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
  void sqlAnswers() throws SQLException {
    assertThat(selectOne(LocalServices.jdbcUrl())).isEqualTo(1);
    if (LocalServices.jdbcSource() == ServiceSource.EMBEDDED) {
      assertThat(LocalServices.jdbcUrl()).isEqualTo(LocalServices.H2_URL);
    }
  }

  @Test
  void mysqlAnswersWhenConfigured() throws SQLException {
    Optional<String> url = LocalServices.mysqlUrl();
    if (url.isPresent()) {
      assertThat(selectOne(url.get())).isEqualTo(1);
    }
  }

  @Test
  void describesEveryService() {
    String description = LocalServices.describe();

    assertThat(description).startsWith("Redis: ").contains("; SQL: ").contains("; MySQL: ");
    assertThat(description).doesNotContain("\n");
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
