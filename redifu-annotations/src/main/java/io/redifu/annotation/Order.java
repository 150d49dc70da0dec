package io.redifu.annotation;

/** Direction in which a collection is read. */
public enum Order {
  /** Smallest score first (oldest first for time scores). */
  ASC,
  /** Largest score first (newest first for time scores). */
  DESC
}
