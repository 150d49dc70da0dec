package io.redifu.runtime.internal;

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
 */
public record PageSpec<T>(
    String name,
    ToDoubleFunction<T> score,
    int perPage,
    Order order,
    long ttlMillis,
    String sortBy,
    boolean timed) {
  public PageSpec {
    SpecChecks.paging(perPage, order);
    SpecChecks.ttl(ttlMillis);
  }
}
