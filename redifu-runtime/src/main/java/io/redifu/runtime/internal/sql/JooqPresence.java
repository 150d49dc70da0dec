package io.redifu.runtime.internal.sql;

import org.jooq.SQLDialect;

/**
 * Whether jOOQ, which renders every seed and loader query, is on the classpath. It is an optional
 * dependency of the runtime: an application that never seeds or loads from SQL does without it, and
 * one that registers a seed query without it is told at once ({@code seededBy}, {@code loadedBy})
 * rather than at its first seed.
 */
public final class JooqPresence {
  private static final boolean PRESENT = probe();

  private JooqPresence() {}

  /** Throws, naming {@code feature} and the missing artifact, when jOOQ is absent. */
  public static void require(String feature) {
    if (!PRESENT) {
      throw new IllegalStateException(
          feature
              + " queries SQL through jOOQ, which renders seed and loader queries for the"
              + " database, but org.jooq:jooq is not on the classpath. Add the dependency"
              + " org.jooq:jooq 3.19.x to the application (in a Spring Boot application, without a"
              + " version: Spring Boot manages it).");
    }
  }

  private static boolean probe() {
    try {
      return Probe.loaded();
    } catch (NoClassDefFoundError absent) { // the one place the missing jOOQ surfaces
      return false;
    }
  }

  /** Its first call links a jOOQ class: a NoClassDefFoundError when jOOQ is absent. */
  private static final class Probe {
    static boolean loaded() {
      return SQLDialect.DEFAULT != null;
    }
  }
}
