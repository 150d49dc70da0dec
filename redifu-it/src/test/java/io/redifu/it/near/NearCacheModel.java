package io.redifu.it.near;

import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.NearCacheProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import redis.clients.jedis.HostAndPort;

/**
 * A randomized model of two near-caching {@code Redifu}s (readers 0 and 1) on one server while the
 * accounts they read change under them: through either Redifu, a plain client and a Redifu in
 * another JVM, by expiry and by FLUSHDB, and while their invalidation connections are killed.
 *
 * <p>A change counts as delivered to a reader once that reader has processed something that makes
 * its near cache refuse what it read before: an invalidation of the key (or, for its own writes,
 * the local drop), a flush, or a loss of tracking. Tickets taken before the change show it ({@link
 * NearCacheProbe}); model keys have stripes of their own, so no other key's change can pass for
 * theirs. A reader's read that begins after a delivery must not return anything older ({@link
 * ModelKey#check}); a delivery that never comes while the reader's tracking stays up is an error
 * too.
 */
final class NearCacheModel implements AutoCloseable {
  static final int READERS = 2;
  private static final int KEYS_PER_WRITER = 5;
  private static final int POSTS = 12;
  private static final long DELIVERY_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(2);
  private static final long EXPIRY_MILLIS = 50;
  private static final Instant BASE = Instant.parse("2026-06-01T00:00:00Z");

  final NearCacheServer server;
  final long seed;
  final Redifu[] redifus = new Redifu[READERS];
  final NearCacheProbe[] probes = new NearCacheProbe[READERS];
  final Counts[] counts = new Counts[READERS];
  final List<ModelKey> keys = new ArrayList<>();
  final List<Post> posts = new ArrayList<>();
  final String user = BaseRecord.newRandId();
  final ModelLog log = new ModelLog();
  private final List<ModelWriter> writers = new ArrayList<>();
  private final ReentrantReadWriteLock flushing = new ReentrantReadWriteLock();

  /** What a reader's metrics saw. */
  static final class Counts implements MetricsListener {
    final AtomicLong hits = new AtomicLong();
    final AtomicLong misses = new AtomicLong();
    final AtomicLong invalidations = new AtomicLong();

    @Override
    public void nearCacheHits(String entity, int count) {
      hits.addAndGet(count);
    }

    @Override
    public void nearCacheMisses(String entity, int count) {
      misses.addAndGet(count);
    }

    @Override
    public void nearCacheInvalidations(String entity, int count) {
      invalidations.addAndGet(count);
    }
  }

  NearCacheModel(NearCacheServer server, long seed) throws Exception {
    this.server = server;
    this.seed = seed;
    for (int r = 0; r < READERS; r++) {
      counts[r] = new Counts();
      redifus[r] =
          server
              .redifu()
              .nearCache(Account.class)
              .nearCacheHeartbeat(Duration.ofMillis(100))
              .metrics(counts[r])
              .build();
      AccountCache.create(redifus[r]); // opens the near cache: tracking starts
      probes[r] = NearCacheProbe.of(redifus[r]);
    }
    awaitLive();
    writers.add(ModelWriter.through("redifu0", redifus[0]));
    writers.add(ModelWriter.through("redifu1", redifus[1]));
    writers.add(ModelWriter.raw(server.raw()));
    writers.add(ModelWriter.process(server.target()));
    chooseKeys();
    for (ModelKey key : keys) {
      change(key, true, () -> writers.get(key.writer).store(key, key.started()));
    }
    seedFeed();
  }

  private void awaitLive() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!probes[0].live() || !probes[1].live()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("near-cache tracking did not start within 10 s");
      }
      Thread.sleep(5);
    }
  }

  /** Random accounts whose keys share no change-count stripe. */
  private void chooseKeys() {
    Set<Integer> stripes = new HashSet<>();
    while (keys.size() < KEYS_PER_WRITER * 4) {
      String randId = BaseRecord.newRandId();
      Object ticket = probes[0].ticket(AccountCache.key(randId));
      if (ticket != null && stripes.add(NearCacheProbe.stripe(ticket))) {
        keys.add(new ModelKey(randId, keys.size() % 4, READERS));
      }
    }
  }

  /** Posts by the model's accounts in one user's feed; read with their authors resolved. */
  private void seedFeed() {
    if (posts.isEmpty()) {
      for (int i = 0; i < POSTS; i++) {
        Post post = new Post();
        post.init();
        post.setTitle("post " + i);
        post.setAuthorRandId(keys.get(i % keys.size()).randId);
        post.setCreatedAt(BASE.plusSeconds(i));
        posts.add(0, post); // newest first
      }
    }
    PostTimelineCache.create(redifus[0]).raw().of(user).ingest(posts, true, true, "");
  }

  /** Runs writers, readers and chaos for {@code length}; returns what happened. */
  ModelLog run(Duration length) throws Exception {
    long deadline = System.nanoTime() + length.toNanos();
    ExecutorService threads = Executors.newCachedThreadPool();
    List<Future<?>> running = new ArrayList<>();
    try {
      for (int w = 0; w < writers.size(); w++) {
        int writer = w;
        Random random = new Random(seed * 31 + w);
        running.add(threads.submit(() -> write(writer, random, deadline)));
      }
      for (int r = 0; r < READERS * 2; r++) {
        ModelReader reader = new ModelReader(this, r % READERS, new Random(seed * 17 + r));
        running.add(threads.submit(() -> reader.run(deadline)));
      }
      Random chaos = new Random(seed * 13);
      running.add(threads.submit(() -> chaos(chaos, deadline)));
      for (Future<?> thread : running) {
        thread.get(length.toMillis() + 20_000, TimeUnit.MILLISECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    return log;
  }

  private Void write(int writer, Random random, long deadline) throws InterruptedException {
    List<ModelKey> owned = keys.stream().filter(key -> key.writer == writer).toList();
    ModelWriter through = writers.get(writer);
    while (System.nanoTime() < deadline) {
      ModelKey key = owned.get(random.nextInt(owned.size()));
      double dice = random.nextDouble();
      flushing.readLock().lock();
      try {
        if (key.present() && dice < 0.08) {
          expire(key);
        } else if (key.present() && dice < 0.2) {
          change(key, false, () -> through.delete(key));
          log.count(through.name() + " deletes");
        } else {
          change(key, true, () -> through.store(key, key.started()));
          log.count(through.name() + " stores");
        }
      } finally {
        flushing.readLock().unlock();
      }
      Thread.sleep(random.nextInt(3));
    }
    return null;
  }

  /** Makes the change {@code write} (a store when {@code stores}) and awaits its delivery. */
  private void change(ModelKey key, boolean stores, Runnable write) {
    Object[] tickets = tickets(key);
    long version =
        key.begin(stores, (stores ? "store by " : "delete by ") + writers.get(key.writer).name());
    write.run();
    awaitDelivery(key, tickets, System.nanoTime(), version, key.writer);
  }

  private Object[] tickets(ModelKey key) {
    Object[] tickets = new Object[READERS];
    for (int r = 0; r < READERS; r++) {
      tickets[r] = probes[r].ticket(key.key);
      key.ticketTaken(r, tickets[r]);
    }
    return tickets;
  }

  /**
   * Waits until each reader whose ticket was taken (tracking up) has processed the change; confirms
   * {@code version} to those (when {@code version} > 0) and times the invalidation in the readers
   * other than {@code writer} (all: -1; none: {@code READERS}). False when some reader's tracking
   * was down.
   */
  private boolean awaitDelivery(
      ModelKey key, Object[] tickets, long replied, long version, int writer) {
    boolean all = true;
    boolean[] done = new boolean[READERS];
    int waiting = 0;
    for (int r = 0; r < READERS; r++) {
      done[r] = tickets[r] == null;
      if (done[r]) {
        log.count("changes while reader " + r + "'s tracking was down (not delivered)");
        key.markTainted(r);
        all = false;
      } else {
        waiting++;
      }
    }
    for (int spins = 0; waiting > 0; spins++) {
      long now = System.nanoTime();
      for (int r = 0; r < READERS; r++) {
        if (!done[r] && probes[r].changedSince(tickets[r])) {
          done[r] = true;
          waiting--;
          confirm(key, r, tickets[r], version, now - replied, writer);
        }
      }
      if (now - replied > DELIVERY_TIMEOUT_NANOS && waiting > 0) {
        log.violation(
            "seed "
                + seed
                + ": the change to version "
                + version
                + " of "
                + key.key
                + " ("
                + key.kind(version)
                + ") never reached a reader whose tracking stayed up");
        return false;
      }
      if (spins > 100) {
        LockSupport.parkNanos(20_000);
      } else {
        Thread.onSpinWait();
      }
    }
    return all;
  }

  /** Records that reader {@code r} processed the change {@code delay} ns after its reply. */
  private void confirm(ModelKey key, int r, Object ticket, long version, long delay, int writer) {
    boolean epoch = !probes[r].sameEpoch(ticket);
    boolean own = r == writer; // its Redifu dropped the key itself once the write returned
    Object taint = key.taint(r);
    if (!epoch && !own && taint != null && probes[r].sameEpoch(taint)) {
      log.count("deliveries not attributable (an earlier change may be reported late)");
      return;
    }
    if (epoch || own) { // the change's own report may still come, and pass for a later one's
      key.markTainted(r);
    } else {
      key.untaint(r);
    }
    if (version > 0) {
      key.confirm(
          r,
          version,
          (epoch ? "by a loss or flush" : own ? "by its local drop" : "by an invalidation")
              + " (+"
              + probes[r].changesSince(ticket)
              + " changes)");
    }
    if (epoch) {
      log.count("deliveries by a loss or flush (epoch)");
    } else if (!own && writer != READERS) {
      log.delay(Math.max(0, delay));
    }
  }

  /**
   * Waits until each reader has moved past the epoch of its ticket, as the report of a flush makes
   * it (other reports of the same key, late ones included, would not tell a flush apart). False
   * when a reader's tracking was down or it never heard the flush.
   */
  private boolean awaitNewEpoch(Object[] tickets) throws InterruptedException {
    long start = System.nanoTime();
    for (int r = 0; r < READERS; r++) {
      if (tickets[r] == null) {
        return false;
      }
      while (probes[r].sameEpoch(tickets[r])) {
        if (System.nanoTime() - start > DELIVERY_TIMEOUT_NANOS) {
          if (probes[r].live()) {
            log.violation("seed " + seed + ": reader " + r + " never heard a FLUSHDB");
          }
          return false;
        }
        Thread.sleep(0, 100_000);
      }
    }
    return true;
  }

  /** PEXPIRE, then awaits the expiry itself (an EXISTS makes it happen) and its invalidation. */
  private void expire(ModelKey key) throws InterruptedException {
    Object[] beforeExpire = tickets(key);
    long version = key.begin(false, "expiry"); // absent from now on may be read
    server.raw().pexpire(key.key, EXPIRY_MILLIS);
    long replied = System.nanoTime();
    awaitDelivery(key, beforeExpire, replied, 0, -1); // PEXPIRE's own invalidation: no change yet
    Object[] beforeExpiry = tickets(key);
    boolean late = System.nanoTime() - replied > TimeUnit.MILLISECONDS.toNanos(EXPIRY_MILLIS / 2);
    Thread.sleep(EXPIRY_MILLIS + 10);
    if (server.raw().exists(key.key)) {
      log.violation("seed " + seed + ": " + key.key + " outlived its PEXPIRE");
    }
    if (late) { // it may have expired before the tickets: confirm nothing, and its report may
      // come after the next change's tickets
      log.count("expiries not timed (too slow to take tickets before them)");
      for (int r = 0; r < READERS; r++) {
        key.markTainted(r);
      }
      return;
    }
    awaitDelivery(key, beforeExpiry, System.nanoTime(), version, READERS); // expired when? untimed
    log.count("expiries");
  }

  private Void chaos(Random random, long deadline) throws InterruptedException {
    while (System.nanoTime() < deadline) {
      Thread.sleep(200 + random.nextInt(400));
      if (random.nextInt(3) == 0) {
        flush();
      } else if (server.killTrackingClient(random)) {
        log.count("invalidation connections killed");
      }
    }
    return null;
  }

  /** FLUSHDB on every master, one by one, each awaited in both readers; then the feed again. */
  private void flush() throws InterruptedException {
    flushing.writeLock().lock();
    try {
      long[] versions = new long[keys.size()];
      for (int i = 0; i < keys.size(); i++) {
        versions[i] = keys.get(i).begin(false, "flush");
      }
      boolean delivered = true;
      for (HostAndPort master : server.masters()) {
        Object[] tickets = {probes[0].ticket(keys.get(0).key), probes[1].ticket(keys.get(0).key)};
        server.flush(master);
        delivered &= awaitNewEpoch(tickets);
      }
      for (int i = 0; i < keys.size() && delivered; i++) {
        for (int r = 0; r < READERS; r++) {
          keys.get(i).confirm(r, versions[i], "by FLUSHDB");
        }
      }
      log.count(delivered ? "flushes" : "flushes not delivered (tracking down)");
      seedFeed();
    } finally {
      flushing.writeLock().unlock();
    }
  }

  @Override
  public void close() {
    for (ModelWriter writer : writers) {
      writer.close();
    }
    for (Redifu redifu : redifus) {
      if (redifu != null) {
        redifu.close();
      }
    }
  }
}
