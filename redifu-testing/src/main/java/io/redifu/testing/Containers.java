package io.redifu.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.containers.MariaDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** Starts each service in a Testcontainers container, stopped when the JVM exits. */
final class Containers {
  static final String REDIS_IMAGE = "redis:7.0";
  static final String POSTGRES_IMAGE = "postgres:15";
  static final String MARIADB_IMAGE = "mariadb:10.11";
  private static final int REDIS_PORT = 6379;

  private Containers() {}

  /** A Redis 7.0 container. */
  static Resolved redis() {
    GenericContainer<?> redis =
        new GenericContainer<>(DockerImageName.parse(REDIS_IMAGE)).withExposedPorts(REDIS_PORT);
    start(redis);
    String url = "redis://" + redis.getHost() + ":" + redis.getMappedPort(REDIS_PORT);
    return new Resolved(url, ServiceSource.TESTCONTAINERS, "Testcontainers " + REDIS_IMAGE);
  }

  /** A PostgreSQL 15 container; the URL carries its user and password. */
  static Resolved postgres() {
    return jdbc(new PostgreSQLContainer<>(DockerImageName.parse(POSTGRES_IMAGE)), POSTGRES_IMAGE);
  }

  /** A MariaDB container, for the MySQL-family tests; the URL carries its user and password. */
  static Resolved mariadb() {
    return jdbc(new MariaDBContainer<>(DockerImageName.parse(MARIADB_IMAGE)), MARIADB_IMAGE);
  }

  private static Resolved jdbc(JdbcDatabaseContainer<?> db, String image) {
    start(db);
    String url = withCredentials(db.getJdbcUrl(), db.getUsername(), db.getPassword());
    return new Resolved(url, ServiceSource.TESTCONTAINERS, "Testcontainers " + image);
  }

  private static void start(GenericContainer<?> container) {
    container.start();
    Cleanup.atExit(container);
  }

  /** Appends {@code user} and {@code password} as query parameters of a JDBC URL. */
  static String withCredentials(String jdbcUrl, String user, String password) {
    return jdbcUrl
        + (jdbcUrl.contains("?") ? "&" : "?")
        + "user="
        + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
  }
}
