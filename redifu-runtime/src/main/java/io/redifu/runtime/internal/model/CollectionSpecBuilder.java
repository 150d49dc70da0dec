package io.redifu.runtime.internal.model;

import java.util.function.ToDoubleFunction;

/**
 * What every collection spec's builder asks: how an item is scored, the keys' time to live and the
 * key template. Each setter says what its value means, so a generated spec reads as a sentence.
 *
 * @param <B> the concrete builder, which every setter returns
 */
public abstract class CollectionSpecBuilder<T, B extends CollectionSpecBuilder<T, B>> {
  final String name;
  ToDoubleFunction<T> score;
  String sortBy;
  boolean timed;
  long ttlMillis;
  String keyTemplate;

  CollectionSpecBuilder(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a collection spec needs the generated class's name");
    }
    this.name = name;
  }

  /**
   * Scores items by {@code score}, the value of the property {@code sortBy} (a number), whose
   * column seed queries order by.
   */
  public B scoredBy(ToDoubleFunction<T> score, String sortBy) {
    return score(score, sortBy, false);
  }

  /**
   * Scores items by {@code score}, the epoch microseconds of the time property {@code sortBy},
   * whose column seed queries order by.
   */
  public B scoredByTime(ToDoubleFunction<T> score, String sortBy) {
    return score(score, sortBy, true);
  }

  /** Time to live of the collection's keys, restarted by writes; 0 (the default) = no expiry. */
  public B ttlMillis(long ttlMillis) {
    SpecChecks.ttl(ttlMillis);
    this.ttlMillis = ttlMillis;
    return self();
  }

  /**
   * The key template, e.g. {@code feed:user:{userRandId}:posts}, which {@link KeySpace} checks
   * against the other templates of a {@code Redifu}; unset (hand-built specs): not checked.
   */
  public B keyTemplate(String keyTemplate) {
    this.keyTemplate = keyTemplate;
    return self();
  }

  private B score(ToDoubleFunction<T> score, String sortBy, boolean timed) {
    if (score == null || sortBy == null) {
      throw new IllegalArgumentException(name + ": score and sortBy must not be null");
    }
    this.score = score;
    this.sortBy = sortBy;
    this.timed = timed;
    return self();
  }

  /** Checks that the score was set, before the spec is built. */
  void requireScore() {
    if (score == null) {
      throw new IllegalStateException(name + ": call scoredBy or scoredByTime before build()");
    }
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
