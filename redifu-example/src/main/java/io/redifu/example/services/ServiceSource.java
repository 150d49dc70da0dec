package io.redifu.example.services;

import java.util.function.BooleanSupplier;

/** Where a local service comes from, in the order {@link #choose} tries them. */
public enum ServiceSource {
  /** An environment variable names a running server. */
  ENV,
  /** A container started by Testcontainers on a reachable Docker engine. */
  TESTCONTAINERS,
  /** A server started inside this JVM's reach: embedded Redis or in-memory H2. */
  EMBEDDED;

  /**
   * Picks the source of one service. A non-blank environment value wins and Docker is then not
   * probed at all; otherwise Testcontainers if Docker is available, else the embedded fallback.
   *
   * @param envValue the service's environment variable, or {@code null} when unset
   * @param dockerAvailable asked at most once, and only when {@code envValue} is null or blank
   * @return the source to use
   */
  public static ServiceSource choose(String envValue, BooleanSupplier dockerAvailable) {
    if (envValue != null && !envValue.isBlank()) {
      return ENV;
    }
    return dockerAvailable.getAsBoolean() ? TESTCONTAINERS : EMBEDDED;
  }
}
