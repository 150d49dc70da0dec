package io.redifu.it.near;

import io.redifu.it.domain.AccountCache;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One account of the near-cache model and what the model knows of it. Every change (a store, a
 * delete, an expiry, a flush) gets the next version; a stored document carries its version in
 * {@code followers}. Only one thread changes a key at a time (its writer, or the flusher, which
 * excludes the writers).
 *
 * <p>{@code started} is the version of the last change begun; {@code confirmed[r]} the last whose
 * invalidation reader Redifu {@code r} has processed. A read through {@code r} that began after a
 * confirmation may not return anything older.
 */
final class ModelKey {
  final String randId;
  final String key;
  final int writer;
  private final AtomicLong version = new AtomicLong();
  private final AtomicLong started = new AtomicLong();
  private final AtomicLongArray confirmed;
  private final AtomicReferenceArray<String> howConfirmed;
  private final Set<Long> absentVersions = ConcurrentHashMap.newKeySet();
  private final Map<Long, String> kinds = new ConcurrentHashMap<>();
  private final Set<Long> expiringVersions = ConcurrentHashMap.newKeySet();
  private volatile boolean present;

  ModelKey(String randId, int writer, int readers) {
    this.randId = randId;
    this.key = AccountCache.key(randId);
    this.writer = writer;
    this.confirmed = new AtomicLongArray(readers);
    this.howConfirmed = new AtomicReferenceArray<>(readers);
    absentVersions.add(0L); // before its first store
  }

  /** Begins the next change: a store when {@code stores}, else a delete, expiry or flush. */
  long begin(boolean stores, String kind) {
    long next = version.incrementAndGet();
    kinds.put(next, kind);
    if (!stores) {
      absentVersions.add(next);
    }
    started.set(next);
    present = stores;
    return next;
  }

  /** Whether the last change stored a document: deleting none would change nothing. */
  boolean present() {
    return present;
  }

  /** Begins a store with a TTL: from it on, its expiry may be read before it is confirmed. */
  long beginExpiring(String kind) {
    long next = begin(true, kind);
    expiringVersions.add(next);
    return next;
  }

  /** What the change to {@code version} was, for messages. */
  String kind(long version) {
    return kinds.get(version);
  }

  void confirm(int reader, long version, String how) {
    confirmed.accumulateAndGet(reader, version, Math::max);
    howConfirmed.set(reader, "version " + version + " " + how);
  }

  /** How the last confirmation to {@code reader} came about, for a violation's message. */
  String howConfirmed(int reader) {
    return howConfirmed.get(reader);
  }

  long confirmed(int reader) {
    return confirmed.get(reader);
  }

  long started() {
    return started.get();
  }

  /**
   * Null when a read that began with {@code confirmedBefore} and ended after {@code startedAfter}
   * may return {@code version} (null: absent); else why not.
   */
  String check(Integer version, long confirmedBefore, long startedAfter) {
    if (version == null) {
      for (long absent : absentVersions) {
        if (absent >= confirmedBefore && absent <= startedAfter) {
          return null;
        }
      }
      for (long expiring : expiringVersions) {
        if (expiring >= confirmedBefore && expiring <= startedAfter) {
          return null; // it may have expired already
        }
      }
      return "absent, but no delete/expiry/flush/store with TTL in ["
          + confirmedBefore
          + ", "
          + startedAfter
          + "]";
    }
    if (version < confirmedBefore) {
      return "version "
          + version
          + " ("
          + kinds.get((long) version)
          + ") older than the confirmed "
          + confirmedBefore
          + " ("
          + kinds.get(confirmedBefore)
          + ")";
    }
    if (version > startedAfter) {
      return "version " + version + " not written yet (last begun " + startedAfter + ")";
    }
    if (absentVersions.contains((long) version)) {
      return "version " + version + " was a delete/expiry/flush";
    }
    return null;
  }
}
