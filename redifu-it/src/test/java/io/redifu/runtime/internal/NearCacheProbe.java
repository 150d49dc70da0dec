package io.redifu.runtime.internal;

import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.document.NearCacheTap;

/**
 * What a test may ask a {@code Redifu}'s near caches about whether it has heard of a change: see
 * {@link NearCacheTap}, reached through the context's package-private accessor.
 */
public final class NearCacheProbe {
  private final NearCacheTap tap;

  private NearCacheProbe(NearCacheTap tap) {
    this.tap = tap;
  }

  public static NearCacheProbe of(Redifu redifu) {
    return new NearCacheProbe(new NearCacheTap(RuntimeContext.of(redifu).nearCaches()));
  }

  /** An opaque ticket for {@code key}; null while tracking is down. */
  public Object ticket(String key) {
    return tap.ticket(key);
  }

  /** Whether the tracking epoch is still the ticket's (else a flush or a loss moved it). */
  public boolean sameEpoch(Object ticket) {
    return tap.sameEpoch(ticket);
  }

  /** Changes of the ticket's stripe counted since it was taken; -1 once the epoch moved. */
  public long changesSince(Object ticket) {
    return tap.changesSince(ticket);
  }

  public boolean live() {
    return tap.live();
  }

  public static int stripe(Object ticket) {
    return NearCacheTap.stripe(ticket);
  }
}
