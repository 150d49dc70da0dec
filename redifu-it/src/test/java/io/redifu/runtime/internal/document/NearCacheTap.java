package io.redifu.runtime.internal.document;

/**
 * The tickets of one {@code Redifu}'s near caches, seen from a test: a ticket taken before a write
 * tells when that Redifu has processed a change of its key (or of a key in the same stripe), a
 * flush, or a loss of tracking. Tickets are opaque here, so tests outside the runtime's
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

  /** Whether the ticket was taken in the tracking epoch that a fresh ticket would get. */
  public boolean sameEpoch(Object ticket) {
    NearCaches.Ticket now = caches.ticket(((NearCaches.Ticket) ticket).key());
    return now != null && now.epoch() == ((NearCaches.Ticket) ticket).epoch();
  }

  /**
   * How many changes of the ticket's stripe began after it was taken and are done (their key
   * dropped), or -1 when the tracking epoch moved since (a flush or a loss) or tracking is down. A
   * change counts twice, as it begins and when it is done; exact while one thread at a time changes
   * the stripe's keys.
   */
  public long changesSince(Object ticket) {
    NearCaches.Ticket then = (NearCaches.Ticket) ticket;
    NearCaches.Ticket now = caches.ticket(then.key());
    if (now == null || now.epoch() != then.epoch()) {
      return -1;
    }
    return now.changes() / 2 - (then.changes() + 1) / 2; // one in progress at the ticket: not since
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
