package io.redifu.runtime.internal.model;

import io.redifu.annotation.Order;
import java.util.function.ToDoubleFunction;

/**
 * What generated code knows about one numbered-page collection, fixed at compile time; built by
 * {@link #builder(String)}, immutable.
 */
public final class PageSpec<T> {
  private final String name;
  private final ToDoubleFunction<T> score;
  private final int perPage;
  private final Order order;
  private final long ttlMillis;
  private final String sortBy;
  private final boolean timed;
  private final String keyTemplate;

  private PageSpec(Builder<T> builder) {
    builder.requirePaging();
    this.name = builder.name;
    this.score = builder.score;
    this.perPage = builder.perPage;
    this.order = builder.order;
    this.ttlMillis = builder.ttlMillis;
    this.sortBy = builder.sortBy;
    this.timed = builder.timed;
    this.keyTemplate = builder.keyTemplate;
  }

  /** A numbered-page spec; {@code name} is the generated class's, for messages. */
  public static <T> Builder<T> builder(String name) {
    return new Builder<>(name);
  }

  /** The generated class's name, for messages. */
  public String name() {
    return name;
  }

  /** The item's score within its page: its {@code sortBy} value. */
  public ToDoubleFunction<T> score() {
    return score;
  }

  public int perPage() {
    return perPage;
  }

  public Order order() {
    return order;
  }

  /** Time to live of the collection's keys; 0 = no expiry. */
  public long ttlMillis() {
    return ttlMillis;
  }

  /** The property scores come from, whose column seed queries order by. */
  public String sortBy() {
    return sortBy;
  }

  /** Whether {@code sortBy} is a time, scored in epoch microseconds. */
  public boolean timed() {
    return timed;
  }

  /** The key template; null for hand-built specs. */
  public String keyTemplate() {
    return keyTemplate;
  }

  /** Builds a {@link PageSpec}: a score and paging are required. */
  public static final class Builder<T> extends PagedSpecBuilder<T, Builder<T>> {
    private Builder(String name) {
      super(name);
    }

    public PageSpec<T> build() {
      return new PageSpec<>(this);
    }
  }
}
