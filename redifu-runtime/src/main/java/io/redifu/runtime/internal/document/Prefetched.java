package io.redifu.runtime.internal.document;

/**
 * A related document read ahead of relation resolution, by the fetch script or by a hinted read, or
 * taken from its near cache.
 *
 * @param relation index of the relation in {@code Relations.all()}
 * @param randId the referenced id
 * @param document its document, or null if there is none (or it was held)
 * @param ticket taken before it was read, to hold it in its near cache; null: not to be held
 * @param held the decoded entity, when its near cache held it
 */
public record Prefetched(
    int relation, String randId, byte[] document, NearCaches.Ticket ticket, Object held) {
  /** One a script read, which no near cache takes: its read began before any ticket. */
  public Prefetched(int relation, String randId, byte[] document) {
    this(relation, randId, document, null, null);
  }

  /** One read with {@code ticket} taken before. */
  static Prefetched read(int relation, String randId, byte[] document, NearCaches.Ticket ticket) {
    return new Prefetched(relation, randId, document, ticket, null);
  }

  /** One its near cache held: the caller's own copy. */
  static Prefetched held(int relation, String randId, Object value) {
    return new Prefetched(relation, randId, null, null, value);
  }
}
