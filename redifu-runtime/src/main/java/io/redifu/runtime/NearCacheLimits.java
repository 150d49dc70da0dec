package io.redifu.runtime;

/**
 * How much one entity's near cache may hold: at most {@code maxEntries} documents and about {@code
 * maxBytes} of them (counted as their JSON size; the decoded objects take a few times that on the
 * heap). Past either limit the least valuable entries are evicted (Caffeine's W-TinyLFU: recent and
 * frequent reads both count). See {@link Redifu.Builder#nearCache(Class, NearCacheLimits)}.
 */
public record NearCacheLimits(long maxEntries, long maxBytes) {
  /** 10,000 documents and 64 MiB. */
  public static final NearCacheLimits DEFAULT = new NearCacheLimits(10_000, 64L << 20);

  public NearCacheLimits {
    if (maxEntries < 1 || maxBytes < 1) {
      throw new IllegalArgumentException(
          "a near cache holds at least 1 entry and 1 byte; was maxEntries "
              + maxEntries
              + ", maxBytes "
              + maxBytes);
    }
    if (maxBytes / maxEntries > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "maxBytes " + maxBytes + " is more than 2 GiB per entry of maxEntries " + maxEntries);
    }
  }

  public static NearCacheLimits of(long maxEntries, long maxBytes) {
    return new NearCacheLimits(maxEntries, maxBytes);
  }
}
