package io.redifu.runtime.internal.model;

import java.util.function.ToDoubleFunction;

/**
 * What generated code knows about one sorted collection or time series, fixed at compile time and
 * immutable: how items are scored, the keys' time to live and the key template. Collections read
 * page by page add their paging ({@link PagedSpec}).
 */
public class CollectionSpec<T> {
  private final String name;
  private final ToDoubleFunction<T> score;
  private final long ttlMillis;
  private final String sortBy;
  private final boolean timed;
  private final String keyTemplate;

  /** A spec of the collection {@code name}, the generated class's name (for messages). */
  public static <T> Builder<T> builder(String name) {
    return new Builder<>(name);
  }

  CollectionSpec(CollectionSpecBuilder<T, ?> builder) {
    builder.requireScore();
    this.name = builder.name;
    this.score = builder.score;
    this.ttlMillis = builder.ttlMillis;
    this.sortBy = builder.sortBy;
    this.timed = builder.timed;
    this.keyTemplate = builder.keyTemplate;
  }

  /** The generated class's name, for messages. */
  public String name() {
    return name;
  }

  /** The item's score: its {@code sortBy} value. */
  public ToDoubleFunction<T> score() {
    return score;
  }

  /** Time to live of the collection's keys; 0 = no expiry. */
  public long ttlMillis() {
    return ttlMillis;
  }

  /** The property scores come from, whose column seed queries order by. */
  public String sortBy() {
    return sortBy;
  }

  /**
   * Whether {@code sortBy} is a time, scored in epoch microseconds: a time series' seed then covers
   * a range only up to its own "now", as later items may still arrive.
   */
  public boolean timed() {
    return timed;
  }

  /** The key template; null for hand-built specs. */
  public String keyTemplate() {
    return keyTemplate;
  }

  /** Builds a {@link CollectionSpec}: a score is required. */
  public static final class Builder<T> extends CollectionSpecBuilder<T, Builder<T>> {
    private Builder(String name) {
      super(name);
    }

    public CollectionSpec<T> build() {
      return new CollectionSpec<>(this);
    }
  }
}
