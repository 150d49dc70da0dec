package io.redifu.testing;

import java.util.function.BooleanSupplier;

/** Where a local service comes from, in the order {@link #choose} tries them. */
public enum ServiceSource {
  /** An environment variable names a running server. */
  ENV,
  /** A server answered on the service's default port on 127.0.0.1. */
  DEFAULT_PORT,
  /** A container started by Testcontainers on a reachable Docker engine. */
  TESTCONTAINERS,
  /**
   * A server started by this JVM: embedded Redis, PostgreSQL or MariaDB, or H2 standing in for a
   * database whose embedded server could not start.
   */
  EMBEDDED;

  /**
   * Picks the source of one service. Unless {@code embeddedOnly}, a non-blank environment value
   * wins, then a server answering on the default port, then Testcontainers if Docker is available;
   * the embedded fallback comes last. Each probe is asked at most once, and only when every earlier
   * tier was passed over.
   *
   * @param embeddedOnly the switch that forces the embedded tier
   * @param envValue the service's environment variable, or {@code null} when unset
   * @param defaultPortAnswers whether a server answers on the default local port
   * @param dockerAvailable whether a Docker engine is reachable
   * @return the source to use
   */
  public static ServiceSource choose(
      boolean embeddedOnly,
      String envValue,
      BooleanSupplier defaultPortAnswers,
      BooleanSupplier dockerAvailable) {
    if (embeddedOnly) {
      return EMBEDDED;
    }
    if (envValue != null && !envValue.isBlank()) {
      return ENV;
    }
    if (defaultPortAnswers.getAsBoolean()) {
      return DEFAULT_PORT;
    }
    return dockerAvailable.getAsBoolean() ? TESTCONTAINERS : EMBEDDED;
  }
}
