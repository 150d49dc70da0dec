package io.redifu.runtime;

/**
 * Writes collected by {@link Redifu#batch}: every cache write the batch's lambda makes on its
 * thread ({@code set}, {@code setAll}, {@code delete}, {@code markMissing}, collection {@code add}
 * and {@code remove}, the document deletes of {@code purge}) is queued and sent in one pipeline
 * when the lambda returns. Each key receives its writes in the order the lambda made them, also
 * when some must be sent again (a server that lost its script cache, a moved cluster slot). Reads
 * inside the lambda (and {@code purge}'s removal of the collection itself) run at once and do not
 * see the queued writes.
 */
public interface Batch {
  /** Number of script calls queued so far. */
  int size();
}
