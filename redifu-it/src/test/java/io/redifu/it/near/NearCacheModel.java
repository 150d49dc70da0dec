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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * A randomized model of two near-caching {@code Redifu}s (readers 0 and 1) on one server while the
 * accounts they read change under them: through a third {@code Redifu}, a plain client and a {@code
 * Redifu} in another JVM, by expiry and by FLUSHDB, and while the readers' invalidation connections
 * are killed. Readers never write.
 *
 * <p>Each key has one writer, which changes it one step at a time: it takes tickets in both readers
 * ({@link NearCacheProbe}), makes the change, and waits until both have processed its one report
 * ({@link ModelDelivery}) before it confirms the version there and moves on. Model keys have
 * stripes of their own, so no other key's change can pass for theirs. A reader's read that begins
 * after a confirmation must not return anything older ({@link ModelKey#check}); a report that never
 * comes while the reader's tracking stays up is an error too.
 */
final class NearCacheModel implements AutoCloseable {
  static final int READERS = 2;
  private static final int WRITERS = 3;
  private static final int RAW_WRITER = 1;
  private static final int KEYS_PER_WRITER = 5;
  private static final int POSTS = 12;
  private static final long FLUSH_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(5);
  private static final long TTL_MILLIS = 150;

  /** How much earlier than its writer's clock says Redis may start a TTL (its cached time). */
  private static final long TTL_SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(30);

  private static final Instant BASE = Instant.parse("2026-06-01T00:00:00Z");

  final NearCacheServer server;
  final long seed;
  final Redifu[] redifus = new Redifu[READERS];
  private final Redifu writing;
  final NearCacheProbe[] probes = new NearCacheProbe[READERS];
  final Counts[] counts = new Counts[READERS];
  final List<ModelKey> keys = new ArrayList<>();
  final List<Post> posts = new ArrayList<>();
  final String user = BaseRecord.newRandId();
  final ModelLog log = new ModelLog();
  private final List<ModelWriter> writers = new ArrayList<>();
  private final ReentrantReadWriteLock flushing = new ReentrantReadWriteLock();
  private final ModelDelivery delivery;

  /** What a reader's metrics saw. */
  static final class Counts implements MetricsListener {
    final AtomicLong hits = new AtomicLong();
    final AtomicLong misses = new AtomicLong();
    final AtomicLong invalidations = new AtomicLong();

    @Override
    public void counted(Count what, String entity, String collection, String op, int count) {
      switch (what) {
        case NEAR_CACHE_HITS -> hits.addAndGet(count);
        case NEAR_CACHE_MISSES -> misses.addAndGet(count);
        case NEAR_CACHE_INVALIDATIONS -> invalidations.addAndGet(count);
        default -> {}
      }
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
    writing = server.redifu().build(); // no near cache: it only writes
    writers.add(ModelWriter.through("redifu2", writing));
    writers.add(ModelWriter.raw(server.raw()));
    writers.add(ModelWriter.process(server.target()));
    delivery = new ModelDelivery(probes, server.raw(), log, seed, chooseKeys());
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

  /**
   * Random accounts whose keys share no change-count stripe; returns each one's fence: a key of the
   * same slot (so the same node) and tracked prefix that sorts after it (so a report of both lists
   * it last), with a stripe of its own.
   */
  private Map<ModelKey, String> chooseKeys() throws InterruptedException {
    Set<Integer> stripes = new HashSet<>();
    while (keys.size() < KEYS_PER_WRITER * WRITERS) {
      String randId = BaseRecord.newRandId();
      if (stripes.add(stripe(AccountCache.key(randId)))) {
        keys.add(new ModelKey(randId, keys.size() % WRITERS, READERS));
      }
    }
    Map<ModelKey, String> fences = new HashMap<>();
    for (ModelKey key : keys) {
      String prefix = key.key.substring(0, key.key.length() - key.randId.length());
      int slot = JedisClusterCRC16.getSlot(key.key);
      for (int n = 0; !fences.containsKey(key); n++) {
        String fence = prefix + "~fence" + n;
        if (JedisClusterCRC16.getSlot(fence) == slot && stripes.add(stripe(fence))) {
          fences.put(key, fence);
        }
      }
    }
    return fences;
  }

  /** The change-count stripe of {@code key}, read off a ticket (none while tracking is down). */
  private int stripe(String key) throws InterruptedException {
    Object ticket;
    while ((ticket = probes[0].ticket(key)) == null) {
      awaitLive();
    }
    return NearCacheProbe.stripe(ticket);
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
        if (writer == RAW_WRITER && dice < 0.1) {
          storeThenExpire(key);
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
    Object[] tickets = delivery.tickets(key.key);
    long version =
        key.begin(stores, (stores ? "store by " : "delete by ") + writers.get(key.writer).name());
    write.run();
    delivery.await(key, tickets, System.nanoTime(), version, Long.MAX_VALUE);
  }

  /**
   * Two changes: SET with a TTL, confirmed; then, past the TTL, the expiry (EXISTS makes it happen
   * unless active expiry did), whose tickets were taken before it could have happened. When they
   * could not be (the store took longer than its TTL to confirm), the expiry's report may have come
   * before them: it is fenced instead.
   */
  private void storeThenExpire(ModelKey key) throws InterruptedException {
    long sent = System.nanoTime();
    long expires = sent + TimeUnit.MILLISECONDS.toNanos(TTL_MILLIS) - TTL_SLACK_NANOS;
    Object[] beforeStore = delivery.tickets(key.key);
    long stored = key.beginExpiring("store with TTL by raw");
    // PSETEX is SET … PX in one write; SetParams.px differs between the Jedis versions tested
    server.raw().psetex(key.key, TTL_MILLIS, ModelWriter.rawDocument(key, stored));
    long replied = System.nanoTime();
    delivery.await(key, beforeStore, replied, stored, expires);
    Object[] beforeExpiry = delivery.tickets(key.key);
    boolean late = System.nanoTime() >= expires;
    long expired = key.begin(false, "expiry");
    long wait = replied + TimeUnit.MILLISECONDS.toNanos(TTL_MILLIS + 5) - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
    if (server.raw().exists(key.key)) {
      log.violation("seed " + seed + ": " + key.key + " outlived its TTL");
    }
    if (late) {
      delivery.fence(List.of(key));
      for (int r = 0; r < READERS; r++) {
        key.confirm(r, expired, "fenced (its tickets came too late to count its report)");
      }
      log.count("expiries fenced (store confirmed too late for tickets)");
    } else {
      delivery.await(key, beforeExpiry, System.nanoTime(), expired, Long.MAX_VALUE);
      log.count("expiries");
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
        if (System.nanoTime() - start > FLUSH_TIMEOUT_NANOS) {
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
      // Reports of a flush move the epoch, and so does a killed connection: only a fence tells
      // that the flush is behind the readers, whichever session reported it (or came after it).
      delivery.fence(keys);
      for (int i = 0; i < keys.size(); i++) {
        for (int r = 0; r < READERS; r++) {
          keys.get(i).confirm(r, versions[i], "by FLUSHDB, fenced");
        }
      }
      log.count(delivered ? "flushes" : "flushes while tracking was down");
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
    if (writing != null) {
      writing.close();
    }
    for (Redifu redifu : redifus) {
      if (redifu != null) {
        redifu.close();
      }
    }
  }
}
