package io.redifu.it.near;

import io.redifu.runtime.internal.NearCacheProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import redis.clients.jedis.UnifiedJedis;

/**
 * When a change of a model key has reached the readers. The model makes every change produce
 * exactly one report per reader (readers never write, an expiry is a change of its own), so a
 * ticket taken before the change that counts one more change done on its key's stripe (the key
 * dropped, not just the drop begun) in the same tracking epoch means this change's report was
 * processed. When the epoch moved instead (a flush or a killed connection), the report may still
 * come on the new connection, so the key is fenced: a write of a fence key of the same slot that
 * sorts after it, whose report, once processed in an unchanged epoch, comes after any report of the
 * change on that connection.
 */
final class ModelDelivery {
  private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(5);
  private static final long LIVE_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(15);

  private final NearCacheProbe[] probes;
  private final UnifiedJedis raw;
  private final ModelLog log;
  private final long seed;
  private final Map<ModelKey, String> fences;

  ModelDelivery(
      NearCacheProbe[] probes,
      UnifiedJedis raw,
      ModelLog log,
      long seed,
      Map<ModelKey, String> fences) {
    this.probes = probes;
    this.raw = raw;
    this.log = log;
    this.seed = seed;
    this.fences = Map.copyOf(fences);
  }

  /** Tickets for {@code key} in every reader, once every reader's tracking is up. */
  Object[] tickets(String key) {
    long start = System.nanoTime();
    while (true) {
      Object[] tickets = new Object[probes.length];
      boolean all = true;
      for (int r = 0; r < probes.length; r++) {
        tickets[r] = probes[r].ticket(key);
        all &= tickets[r] != null;
      }
      if (all) {
        return tickets;
      }
      if (System.nanoTime() - start > LIVE_TIMEOUT_NANOS) {
        throw new IllegalStateException("seed " + seed + ": near-cache tracking stayed down");
      }
      LockSupport.parkNanos(200_000);
    }
  }

  /**
   * Waits until every reader has processed the change of {@code key} to {@code version} made after
   * {@code tickets} and replied at {@code replied}, then confirms it there. More than one report is
   * a violation unless {@code extraFrom} (a nanoTime) has passed: an expiry may follow the change.
   */
  void await(ModelKey key, Object[] tickets, long replied, long version, long extraFrom) {
    long[] changes = new long[probes.length];
    long[] delays = new long[probes.length];
    int waiting = probes.length;
    for (int spins = 0; waiting > 0; spins++) {
      long now = System.nanoTime();
      for (int r = 0; r < probes.length; r++) {
        if (changes[r] == 0 && (changes[r] = probes[r].changesSince(tickets[r])) != 0) {
          delays[r] = now - replied;
          waiting--;
        }
      }
      if (waiting > 0 && now - replied > TIMEOUT_NANOS) {
        log.violation(change(key, version) + " never reached a reader whose tracking stayed up");
        return;
      }
      pause(spins);
    }
    boolean fence = false;
    for (int r = 0; r < probes.length; r++) {
      if (changes[r] < 0) {
        fence = true;
        continue;
      }
      if (changes[r] > 1 && System.nanoTime() < extraFrom) {
        log.violation(
            change(key, version)
                + " counted +"
                + changes[r]
                + " changes in reader "
                + r
                + " (one report expected)");
      }
      key.confirm(r, version, "by its invalidation (+" + changes[r] + ")");
      log.delay(delays[r]);
    }
    if (fence) {
      fence(List.of(key));
      for (int r = 0; r < probes.length; r++) {
        key.confirm(r, version, "after a loss or flush, fenced");
      }
      log.count("changes delivered by a loss or flush (fenced)");
    }
  }

  private String change(ModelKey key, long version) {
    return "seed "
        + seed
        + ": the change to version "
        + version
        + " of "
        + key.key
        + " ("
        + key.kind(version)
        + ")";
  }

  /**
   * Returns once every reader has processed, in its current tracking session, a report written
   * after every change of {@code keys} so far: any report of them on that session came before.
   */
  void fence(List<ModelKey> keys) {
    long start = System.nanoTime();
    while (true) {
      List<Object[]> tickets = new ArrayList<>();
      for (ModelKey key : keys) {
        tickets.add(tickets(fences.get(key)));
      }
      for (ModelKey key : keys) {
        raw.set(fences.get(key), "fence");
      }
      if (fenced(tickets, start)) {
        return;
      }
      log.count("fences retried (the epoch moved again)");
    }
  }

  /** Whether every fence report came in its ticket's epoch; false when some epoch moved. */
  private boolean fenced(List<Object[]> tickets, long start) {
    for (Object[] perReader : tickets) {
      for (int r = 0; r < probes.length; r++) {
        long changes;
        for (int spins = 0; (changes = probes[r].changesSince(perReader[r])) == 0; ) {
          if (System.nanoTime() - start > LIVE_TIMEOUT_NANOS) {
            throw new IllegalStateException(
                "seed " + seed + ": a fence never reached reader " + r + ", tracking up");
          }
          pause(spins++);
        }
        if (changes < 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** Spins briefly, then yields the core: the machine running the model may have few. */
  private static void pause(int spins) {
    if (spins > 100) {
      LockSupport.parkNanos(20_000);
    } else {
      Thread.onSpinWait();
    }
  }
}
