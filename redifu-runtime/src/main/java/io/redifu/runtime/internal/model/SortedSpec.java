package io.redifu.runtime.internal.model;

import java.util.function.ToDoubleFunction;

/**
 * What generated code knows about one sorted collection, fixed at compile time; built by {@link
 * #builder(String)}, immutable.
 */
public final class SortedSpec<T> {
  private final String name;
  private final ToDoubleFunction<T> score;
  private final long ttlMillis;
  private final String sortBy;
  private final boolean timed;
  private final String keyTemplate;

  private SortedSpec(Builder<T> builder) {
    builder.requireScore();
    this.name = builder.name;
    this.score = builder.score;
    this.ttlMillis = builder.ttlMillis;
    this.sortBy = builder.sortBy;
    this.timed = builder.timed;
    this.keyTemplate = builder.keyTemplate;
  }

  /** A sorted-collection spec; {@code name} is the generated class's, for messages. */
  public static <T> Builder<T> builder(String name) {
    return new Builder<>(name);
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

  /** Whether {@code sortBy} is a time, scored in epoch microseconds. */
  public boolean timed() {
    return timed;
  }

  /** The key template; null for hand-built specs. */
  public String keyTemplate() {
    return keyTemplate;
  }

  /** Builds a {@link SortedSpec}: a score is required. */
  public static final class Builder<T> extends CollectionSpecBuilder<T, Builder<T>> {
    private Builder(String name) {
      super(name);
    }

    public SortedSpec<T> build() {
      return new SortedSpec<>(this);
    }
  }
}
