package io.redifu.runtime.internal.seed;

import io.redifu.runtime.SeedException;

/**
 * Every attempt of a seed met a concurrent write to the collection, so nothing was cached. {@code
 * fetchOrSeed} then answers from SQL without caching; an explicit {@code seed} lets it through.
 */
public final class SeedConflict extends SeedException {
  SeedConflict(String message) {
    super(message);
  }
}
