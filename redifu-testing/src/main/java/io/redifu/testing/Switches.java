package io.redifu.testing;

import java.util.Locale;

/**
 * The switches that force the lower tiers, so the fallbacks can be checked on a machine whose own
 * servers answer. Each is read from an environment variable, or from a system property of the same
 * meaning (handy with {@code mvn -D...}, which Surefire and Failsafe pass on to the test JVMs).
 */
final class Switches {
  /** {@code auto} (default) or {@code embedded}: every service from an embedded server. */
  static final String SERVICES_ENV = "REDIFU_TEST_SERVICES";

  static final String SERVICES_PROPERTY = "redifu.test.services";

  /**
   * {@code auto} (default) or {@code embedded}: Redis from the embedded server (Redis 6.2, the
   * oldest redifu supports) whatever else answers, and private servers from its binary too; the SQL
   * databases are found as usual.
   */
  static final String REDIS_ENV = "REDIFU_TEST_REDIS";

  static final String REDIS_PROPERTY = "redifu.test.redis";

  /** {@code auto} (default) or {@code embedded}: ignore {@code redis-server} on the PATH. */
  static final String REDIS_SERVER_ENV = "REDIFU_TEST_REDIS_SERVER";

  static final String REDIS_SERVER_PROPERTY = "redifu.test.redis-server";

  private static final String AUTO = "auto";
  private static final String EMBEDDED = "embedded";

  private Switches() {}

  /**
   * Whether {@value #SERVICES_ENV} asks for embedded servers only: env vars, default ports and
   * Docker are then ignored, and so is {@code redis-server} on the PATH.
   */
  static boolean embeddedOnly() {
    return isEmbedded(SERVICES_ENV, SERVICES_PROPERTY);
  }

  /** Whether Redis must come from the embedded tier: {@value #REDIS_ENV} or every service. */
  static boolean embeddedRedis() {
    return embeddedOnly() || isEmbedded(REDIS_ENV, REDIS_PROPERTY);
  }

  /** Whether private Redis servers must use the embedded binary rather than the PATH's. */
  static boolean embeddedRedisServer() {
    return embeddedRedis() || isEmbedded(REDIS_SERVER_ENV, REDIS_SERVER_PROPERTY);
  }

  private static boolean isEmbedded(String env, String property) {
    String value = System.getProperty(property, System.getenv(env));
    return parse(env, value);
  }

  /**
   * Reads one switch value: blank or {@code auto} is false, {@code embedded} is true.
   *
   * @throws IllegalArgumentException for any other value, naming the switch
   */
  static boolean parse(String name, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case AUTO -> false;
      case EMBEDDED -> true;
      default ->
          throw new IllegalArgumentException(
              name + "=" + value + " is not a known value: use " + AUTO + " or " + EMBEDDED);
    };
  }

  /** Why a forced tier was taken, for the report line. */
  static String servicesReason() {
    return SERVICES_ENV + "=" + EMBEDDED;
  }

  /** Why Redis came from the embedded tier, for the report line. */
  static String redisReason() {
    return embeddedOnly() ? servicesReason() : REDIS_ENV + "=" + EMBEDDED;
  }
}
