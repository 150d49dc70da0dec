package io.redifu.testing;

import java.util.Objects;
import java.util.function.Supplier;

/** A value computed on first use, at most once, thread-safely; a failed attempt is retried. */
final class Once<T> {
  private final Supplier<T> supplier;
  private volatile T value;

  Once(Supplier<T> supplier) {
    this.supplier = Objects.requireNonNull(supplier);
  }

  /** Returns the value, computing it on the first call. */
  T get() {
    T result = value;
    if (result == null) {
      synchronized (this) {
        result = value;
        if (result == null) {
          result = Objects.requireNonNull(supplier.get(), "supplier returned null");
          value = result;
        }
      }
    }
    return result;
  }

  /** Returns the value if it was already computed, else {@code null}; never computes it. */
  T peek() {
    return value;
  }
}
