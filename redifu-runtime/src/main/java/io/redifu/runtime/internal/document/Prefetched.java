package io.redifu.runtime.internal.document;

/**
 * A related document read ahead of relation resolution, by the fetch script or by a hinted read.
 *
 * @param relation index of the relation in {@code Relations.all()}
 * @param randId the referenced id
 * @param document its document, or null if there is none
 * @param ticket taken before it was read, to hold it in its near cache; null: not to be held
 */
public record Prefetched(int relation, String randId, byte[] document, NearCaches.Ticket ticket) {
  /** One a script read, which no near cache takes: its read began before any ticket. */
  public Prefetched(int relation, String randId, byte[] document) {
    this(relation, randId, document, null);
  }
}
