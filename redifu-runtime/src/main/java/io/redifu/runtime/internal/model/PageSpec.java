package io.redifu.runtime.internal.model;

import io.redifu.annotation.Order;
import java.util.function.ToDoubleFunction;

/**
 * What generated code knows about one numbered-page collection, fixed at compile time.
 *
 * @param name the generated class's name, for messages
 * @param score the item's score within its page: its {@code sortBy} value
 * @param ttlMillis time to live of the collection's keys; 0 = no expiry
 * @param sortBy the property scores come from, whose column seed queries order by
 * @param timed whether {@code sortBy} is a time, scored in epoch microseconds
 * @param keyTemplate the key template, e.g. {@code feed:user:{userRandId}:posts}, which {@link
 *     KeySpace} checks against the other templates of a {@code Redifu}; null for hand-built specs
 */
public record PageSpec<T>(
    String name,
    ToDoubleFunction<T> score,
    int perPage,
    Order order,
    long ttlMillis,
    String sortBy,
    boolean timed,
    String keyTemplate) {
  public PageSpec {
    SpecChecks.paging(perPage, order);
    SpecChecks.ttl(ttlMillis);
  }

  /** A spec without key template (tests, hand-written stores): not checked by {@link KeySpace}. */
  public PageSpec(
      String name,
      ToDoubleFunction<T> score,
      int perPage,
      Order order,
      long ttlMillis,
      String sortBy,
      boolean timed) {
    this(name, score, perPage, order, ttlMillis, sortBy, timed, null);
  }
}
