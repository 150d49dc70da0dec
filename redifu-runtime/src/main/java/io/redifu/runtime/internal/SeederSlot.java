package io.redifu.runtime.internal;

import io.redifu.runtime.internal.sql.JooqPresence;

/**
 * The {@code Seeder} a generated collection cache was given ({@code seededBy}), typed by that
 * cache: its {@code query} takes the instance's key parameters by name and type, so the cache binds
 * it to one instance per call and hands the store a ready query, never a list of parameters. Shared
 * by a cache and its {@code raw()} twin; thread-safe.
 *
 * @param <S> the generated cache's {@code Seeder} interface
 */
public final class SeederSlot<S> {
  private final String cache;
  private volatile S seeder;

  /** An empty slot of the generated cache {@code cache} (its simple name, for messages). */
  public SeederSlot(String cache) {
    this.cache = cache;
  }

  /**
   * Sets the seeder; jOOQ must be on the classpath, as seeding reads rows through it.
   *
   * @throws IllegalArgumentException when {@code seeder} is null
   */
  public void set(S seeder) {
    if (seeder == null) {
      throw new IllegalArgumentException(cache + ".seededBy: the seeder must not be null");
    }
    JooqPresence.require(cache + ".seededBy");
    this.seeder = seeder;
  }

  /**
   * The seeder set last.
   *
   * @throws IllegalStateException when none was set
   */
  public S get() {
    S current = seeder;
    if (current == null) {
      throw new IllegalStateException(
          cache + " has no seed query: call seededBy(...) before seed or fetchOrSeed");
    }
    return current;
  }
}
