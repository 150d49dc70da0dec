package io.redifu.runtime.internal.document;

/**
 * The tickets of one {@code Redifu}'s near caches, seen from a test: a ticket taken before a write
 * stops being valid once that Redifu has processed a change of its key (or of a key in the same
 * stripe), a flush, or a loss of tracking. Tickets are opaque here, so tests outside the runtime's
 * implementation packages can hold them.
 */
public final class NearCacheTap {
  private final NearCaches caches;

  public NearCacheTap(NearCaches caches) {
    this.caches = caches;
  }

  /** A ticket for {@code key}; null while tracking is down (the near caches are bypassed). */
  public Object ticket(String key) {
    return caches.ticket(key);
  }

  /** Whether something that would refuse an install of a read under {@code ticket} happened. */
  public boolean changedSince(Object ticket) {
    return !caches.valid((NearCaches.Ticket) ticket);
  }

  /** Whether the ticket was taken in the tracking epoch that a fresh ticket would get. */
  public boolean sameEpoch(Object ticket) {
    NearCaches.Ticket now = caches.ticket(((NearCaches.Ticket) ticket).key());
    return now != null && now.epoch() == ((NearCaches.Ticket) ticket).epoch();
  }

  /**
   * How many changes of the ticket's stripe were counted since it was taken, or -1 while tracking
   * is down.
   */
  public long changesSince(Object ticket) {
    NearCaches.Ticket then = (NearCaches.Ticket) ticket;
    NearCaches.Ticket now = caches.ticket(then.key());
    return now == null ? -1 : now.changes() - then.changes();
  }

  /** Whether tracking is up. */
  public boolean live() {
    return caches.live();
  }

  /**
   * The change-count stripe of a ticket's key: keys a model tells apart must not share one, or a
   * change of one would look like a change of the other.
   */
  public static int stripe(Object ticket) {
    return ((NearCaches.Ticket) ticket).stripe();
  }
}
