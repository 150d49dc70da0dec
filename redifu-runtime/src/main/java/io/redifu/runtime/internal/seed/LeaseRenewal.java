package io.redifu.runtime.internal.seed;

import io.redifu.runtime.internal.codec.LogText;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a held {@link SeedLock} alive while its seed runs, however slow the database: every third
 * of the lease it extends the lock to a full lease again, from one daemon thread shared by the JVM.
 * A process that dies stops extending, so its lock lapses within one lease. A seed still running
 * after {@code maxHoldMillis} is presumed stuck and is no longer extended.
 */
final class LeaseRenewal implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LeaseRenewal.class);
  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "redifu-seed-lease");
            thread.setDaemon(true);
            return thread;
          });

  private final SeedLock lock;
  private final long leaseMillis;
  private final long stopAt;
  private volatile boolean closed;
  private volatile Future<?> next;

  private LeaseRenewal(SeedLock lock, long leaseMillis, long maxHoldMillis) {
    this.lock = lock;
    this.leaseMillis = leaseMillis;
    this.stopAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxHoldMillis);
  }

  /** Starts extending {@code lock}, just taken with a lease of {@code leaseMillis}. */
  static LeaseRenewal start(SeedLock lock, long leaseMillis, long maxHoldMillis) {
    LeaseRenewal renewal = new LeaseRenewal(lock, leaseMillis, maxHoldMillis);
    renewal.schedule();
    return renewal;
  }

  private void schedule() {
    next = TIMER.schedule(this::renew, Math.max(1, leaseMillis / 3), TimeUnit.MILLISECONDS);
  }

  private void renew() {
    if (closed) {
      return;
    }
    if (System.nanoTime() - stopAt > 0) {
      LOG.warn(
          "seed of {} still runs; its lock {} is no longer extended",
          LogText.of(lock.describe()),
          LogText.of(lock.key()));
      return;
    }
    try {
      if (!lock.renew(leaseMillis)) {
        LOG.warn(
            "seed of {} lost its lock {} (it lapsed)",
            LogText.of(lock.describe()),
            LogText.of(lock.key()));
        return;
      }
    } catch (RuntimeException e) { // Redis trouble: the lease still runs; try again next time
      LOG.warn(
          "could not extend the seed lock {}: {}",
          LogText.of(lock.key()),
          LogText.of(e.toString()));
    }
    if (!closed) {
      schedule();
    }
  }

  /** Stops extending; the caller releases the lock. */
  @Override
  public void close() {
    closed = true;
    Future<?> pending = next;
    if (pending != null) {
      pending.cancel(false);
    }
  }
}
