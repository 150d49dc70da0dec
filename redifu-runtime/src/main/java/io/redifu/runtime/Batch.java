package io.redifu.runtime;

/**
 * Writes collected by {@link Redifu#batch}: every cache write the batch's lambda makes on its
 * thread ({@code set}, {@code setAll}, {@code delete}, {@code markMissing}, collection {@code add}
 * and {@code remove}) is queued and sent in one pipeline when the lambda returns. Reads inside the
 * lambda run at once and do not see the queued writes.
 */
public interface Batch {
  /** Number of script calls queued so far. */
  int size();
}
