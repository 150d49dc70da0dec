package io.redifu.example.services;

import java.util.Optional;

/**
 * The one place tests and the demo find their Redis and SQL servers.
 *
 * <p>Each service is resolved once per JVM, on first use and thread-safely, trying in order: its
 * environment variable ({@value #REDIS_ENV}, {@value #JDBC_ENV}, {@value #MYSQL_ENV}); a
 * Testcontainers container when a Docker engine is reachable ({@code redis:7.0}, {@code
 * postgres:15}, {@code mariadb:10.11}); an embedded fallback ({@link EmbeddedRedis}, and H2 in
 * memory in PostgreSQL mode). MySQL has no embedded fallback. Started servers and containers are
 * stopped by a JVM shutdown hook.
 */
public final class LocalServices {
  /** Environment variable with a {@code redis://host:port} URL of a running Redis. */
  public static final String REDIS_ENV = "REDIFU_REDIS_URL";

  /** Environment variable with a JDBC URL of a running PostgreSQL (user and password included). */
  public static final String JDBC_ENV = "REDIFU_JDBC_URL";

  /** Environment variable with a JDBC URL of a running MySQL or MariaDB. */
  public static final String MYSQL_ENV = "REDIFU_MYSQL_URL";

  /** The embedded SQL fallback: H2 in memory, speaking PostgreSQL's dialect, kept for the JVM. */
  public static final String H2_URL =
      "jdbc:h2:mem:redifu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
          + "DB_CLOSE_DELAY=-1";

  private static final Once<Resolved> REDIS = new Once<>(LocalServices::resolveRedis);
  private static final Once<Resolved> JDBC = new Once<>(LocalServices::resolveJdbc);
  private static final Once<Optional<Resolved>> MYSQL = new Once<>(LocalServices::resolveMysql);

  private LocalServices() {}

  /**
   * Stops the servers and containers this JVM started, now. The shutdown hook does it as well, but
   * a program run inside another JVM's class loader (Maven's {@code exec:java}) loses its classes
   * before that hook runs, and would leave an embedded Redis behind. Call it last: the URLs above
   * then point at nothing.
   */
  public static void stopStarted() {
    Cleanup.closeAll();
  }

  /** The Redis URL, {@code redis://host:port}; starts a server on first call if needed. */
  public static String redisUrl() {
    return REDIS.get().url();
  }

  /** Where {@link #redisUrl()} came from. */
  public static ServiceSource redisSource() {
    return REDIS.get().source();
  }

  /** The JDBC URL of a PostgreSQL-compatible database (H2 in PostgreSQL mode as fallback). */
  public static String jdbcUrl() {
    return JDBC.get().url();
  }

  /** Where {@link #jdbcUrl()} came from; {@link ServiceSource#EMBEDDED} means H2. */
  public static ServiceSource jdbcSource() {
    return JDBC.get().source();
  }

  /** The JDBC URL of a MySQL-family database, or empty without the env var and without Docker. */
  public static Optional<String> mysqlUrl() {
    return MYSQL.get().map(Resolved::url);
  }

  /**
   * One line saying where each service came from, passwords masked. Resolves Redis and SQL; MySQL
   * is only reported, as "not requested" until {@link #mysqlUrl()} has been called.
   */
  public static String describe() {
    Optional<Resolved> mysql = MYSQL.peek();
    String mysqlText =
        mysql == null
            ? "not requested"
            : mysql.map(Resolved::describe).orElse("none (set " + MYSQL_ENV + " or run Docker)");
    return "Redis: "
        + REDIS.get().describe()
        + "; SQL: "
        + JDBC.get().describe()
        + "; MySQL: "
        + mysqlText;
  }

  private static Resolved resolveRedis() {
    String env = System.getenv(REDIS_ENV);
    return switch (ServiceSource.choose(env, DockerProbe::available)) {
      case ENV -> Resolved.fromEnv(REDIS_ENV, env);
      case TESTCONTAINERS -> Containers.redis();
      case EMBEDDED -> {
        EmbeddedRedis redis = EmbeddedRedis.start();
        Cleanup.atExit(redis);
        yield new Resolved(redis.url(), ServiceSource.EMBEDDED, "embedded Redis 6.2");
      }
    };
  }

  private static Resolved resolveJdbc() {
    String env = System.getenv(JDBC_ENV);
    return switch (ServiceSource.choose(env, DockerProbe::available)) {
      case ENV -> Resolved.fromEnv(JDBC_ENV, env);
      case TESTCONTAINERS -> Containers.postgres();
      case EMBEDDED ->
          new Resolved(H2_URL, ServiceSource.EMBEDDED, "H2 in memory, PostgreSQL mode");
    };
  }

  private static Optional<Resolved> resolveMysql() {
    String env = System.getenv(MYSQL_ENV);
    return switch (ServiceSource.choose(env, DockerProbe::available)) {
      case ENV -> Optional.of(Resolved.fromEnv(MYSQL_ENV, env));
      case TESTCONTAINERS -> Optional.of(Containers.mariadb());
      case EMBEDDED -> Optional.empty();
    };
  }
}
