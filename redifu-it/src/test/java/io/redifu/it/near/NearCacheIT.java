package io.redifu.it.near;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.it.RelayedRedifu;
import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.domain.Product;
import io.redifu.it.domain.ProductCache;
import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.NearCacheLimits;
import io.redifu.runtime.Redifu;
import io.redifu.testing.EmbeddedRedis;
import io.redifu.testing.redis.RoundTripCounter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPooled;

/**
 * The near cache from the outside, on a Redis of its own (flushed, its clients killed): hits make
 * no round trip and hand out copies, and every kind of change reaches it.
 */
class NearCacheIT {
  private EmbeddedRedis redis;
  private JedisPooled raw;

  @BeforeEach
  void startRedis() {
    redis = EmbeddedRedis.start();
    raw = new JedisPooled(java.net.URI.create(redis.url()));
  }

  @AfterEach
  void stopRedis() {
    raw.close();
    redis.stop();
  }

  private Redifu nearRedifu() {
    return Redifu.builder()
        .redis(redis.url())
        .nearCache(Account.class)
        .nearCacheHeartbeat(Duration.ofMillis(100))
        .build();
  }

  private static Account account(String name) {
    Account account = new Account();
    account.init();
    account.setName(name);
    return account;
  }

  /** Waits until {@code condition} holds, at most 5 s. */
  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what).isLessThan(deadline);
      Thread.sleep(2);
    }
  }

  @Test
  void aHitMakesNoRoundTripAndHandsEachCallerItsOwnCopy() throws Exception {
    HitCounter hits = new HitCounter();
    Account stored = account("ada");
    storeBeforeTracking(stored);
    try (RoundTripCounter relay = RoundTripCounter.start(redis.url());
        Redifu redifu =
            RelayedRedifu.singleConnection(
                relay,
                b ->
                    b.nearCache(Account.class)
                        .nearCacheHeartbeat(Duration.ofSeconds(30)) // no pings in the count
                        .metrics(hits))) {
      AccountCache accounts = AccountCache.create(redifu);
      Account first = awaitHit(accounts, stored, hits);

      relay.reset();
      Account second = accounts.get(stored.getRandId()).orElseThrow();
      assertThat(relay.roundTrips()).as("round trips of a near-cache hit").isZero();
      assertThat(second).isNotSameAs(first);
      second.setName("changed by one caller");
      assertThat(accounts.get(stored.getRandId()).orElseThrow().getName()).isEqualTo("ada");
    }
  }

  /**
   * Stores {@code account} before any near cache exists: no report of this write can then arrive
   * late, drop what a test read, and pass for something the test did.
   */
  private void storeBeforeTracking(Account account) {
    try (Redifu plain = Redifu.builder().redis(redis.url()).build()) {
      AccountCache.create(plain).set(account);
    }
  }

  /** Counts near-cache hits, and hands invalidations to {@link #invalidated}. */
  private static class HitCounter implements MetricsListener {
    final AtomicInteger hits = new AtomicInteger();

    @Override
    public void counted(Count what, String entity, String collection, String op, int count) {
      if (what == Count.NEAR_CACHE_HITS) {
        hits.addAndGet(count);
      } else if (what == Count.NEAR_CACHE_INVALIDATIONS) {
        invalidated(count);
      }
    }

    void invalidated(int count) {}
  }

  /** Reads until a read is a near-cache hit (tracking starts in the background) and returns it. */
  private static Account awaitHit(AccountCache accounts, Account stored, HitCounter counter)
      throws InterruptedException {
    Account[] hit = new Account[1];
    await(
        "a read is a near-cache hit once tracking is up",
        () -> {
          int before = counter.hits.get();
          hit[0] = accounts.get(stored.getRandId()).orElseThrow();
          return counter.hits.get() > before;
        });
    return hit[0];
  }

  @Test
  void writesByAnyClientReachTheNearCache() throws Exception {
    HitCounter hits = new HitCounter();
    try (Redifu reader =
            Redifu.builder().redis(redis.url()).nearCache(Account.class).metrics(hits).build();
        Redifu writer = Redifu.builder().redis(redis.url()).build()) {
      AccountCache readerAccounts = AccountCache.create(reader);
      AccountCache writerAccounts = AccountCache.create(writer);
      Account account = account("v1");
      writerAccounts.set(account);
      awaitHit(readerAccounts, account, hits);

      account.setName("v2");
      writerAccounts.set(account); // another Redifu
      await("redifu's write", () -> "v2".equals(name(readerAccounts, account)));

      raw.set(
          "account:" + account.getRandId(),
          "{\"randId\":\"" + account.getRandId() + "\",\"name\":\"v3\"}");
      await("redis-cli's SET", () -> "v3".equals(name(readerAccounts, account)));

      raw.pexpire("account:" + account.getRandId(), 50);
      await("expiry", () -> readerAccounts.get(account.getRandId()).isEmpty());

      writerAccounts.set(account);
      await("stored again", () -> "v2".equals(name(readerAccounts, account)));
      raw.flushDB();
      await("FLUSHDB", () -> readerAccounts.get(account.getRandId()).isEmpty());
    }
  }

  private static String name(AccountCache accounts, Account account) {
    return accounts.get(account.getRandId()).map(Account::getName).orElse(null);
  }

  @Test
  void thisJvmReadsItsOwnWritesAtOnce() {
    try (Redifu redifu = nearRedifu()) {
      AccountCache accounts = AccountCache.create(redifu);
      Account account = account("before");
      accounts.set(account);
      for (int i = 0; i < 200; i++) {
        accounts.get(account.getRandId()); // warm, racing the tracking start
        account.setName("write " + i);
        accounts.set(account);
        assertThat(name(accounts, account)).isEqualTo("write " + i);
      }
      accounts.delete(account.getRandId());
      assertThat(accounts.get(account.getRandId())).isEmpty();
    }
  }

  @Test
  void writesInABatchOrThroughACollectionAreReadBackAtOnce() throws Exception {
    SlowReports metrics = new SlowReports();
    try (Redifu redifu =
        Redifu.builder().redis(redis.url()).nearCache(Post.class).metrics(metrics).build()) {
      PostCache posts = PostCache.create(redifu);
      PostTimelineCache.Instance feed = PostTimelineCache.create(redifu).of("reader");
      Post post = post("v1");
      Post other = post("other");
      posts.setAll(List.of(post, other));
      awaitHit(posts, post.getRandId(), metrics);

      post.setTitle("v2");
      metrics.stallReports(posts, other, raw);
      redifu.batch(
          batch -> {
            posts.set(post); // queued, not sent
            posts.get(post.getRandId()); // reads v1 from Redis and may hold it
          });
      assertThat(posts.get(post.getRandId()).orElseThrow().getTitle()).isEqualTo("v2");

      awaitHit(posts, post.getRandId(), metrics);
      post.setTitle("v3");
      metrics.stallReports(posts, other, raw);
      feed.add(post); // the document and the feed's index in one round trip
      assertThat(posts.get(post.getRandId()).orElseThrow().getTitle()).isEqualTo("v3");
    }
  }

  private static Post post(String title) {
    Post post = new Post();
    post.init();
    post.setTitle(title);
    return post;
  }

  /**
   * Counts hits, and can keep the invalidation thread busy for a while, so that Redis's reports of
   * the writes that follow come late: what this JVM reads back then shows its own drops.
   */
  private static final class SlowReports extends HitCounter {
    private volatile boolean stall;

    /** Has {@code other} changed behind the cache; its report holds up those after it. */
    void stallReports(PostCache posts, Post other, JedisPooled raw) throws InterruptedException {
      awaitHit(posts, other.getRandId(), this);
      stall = true;
      raw.set("post:" + other.getRandId(), "{\"randId\":\"" + other.getRandId() + "\"}");
      await("the invalidation thread is held up", () -> !stall);
    }

    @Override
    void invalidated(int count) {
      if (stall && Thread.currentThread().getName().startsWith("redifu-invalidations")) {
        stall = false;
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /** Reads {@code randId} until a read is a near-cache hit. */
  private static void awaitHit(PostCache posts, String randId, HitCounter counter)
      throws InterruptedException {
    await(
        "a read is a near-cache hit",
        () -> {
          int before = counter.hits.get();
          posts.get(randId);
          return counter.hits.get() > before;
        });
  }

  @Test
  void aKilledInvalidationConnectionEmptiesTheNearCacheUntilTrackingIsBack() throws Exception {
    AtomicInteger invalidated = new AtomicInteger();
    HitCounter hits =
        new HitCounter() {
          @Override
          void invalidated(int count) {
            invalidated.addAndGet(count);
          }
        };
    Account account = account("v1");
    storeBeforeTracking(account);
    try (Redifu redifu =
        Redifu.builder()
            .redis(redis.url())
            .nearCache(Account.class)
            .nearCacheHeartbeat(Duration.ofMillis(100))
            .metrics(hits)
            .build()) {
      AccountCache accounts = AccountCache.create(redifu);
      awaitHit(accounts, account, hits); // tracking is up
      int before = invalidated.get();

      try (Jedis admin = admin()) {
        admin.clientKill(trackingAddress());
      }
      await("the near cache was dropped", () -> invalidated.get() > before);
      raw.set(
          "account:" + account.getRandId(),
          "{\"randId\":\"" + account.getRandId() + "\",\"name\":\"behind its back\"}");
      assertThat(name(accounts, account)).isEqualTo("behind its back");
      awaitHit(accounts, account, hits); // tracking is back
      assertThat(name(accounts, account)).isEqualTo("behind its back");
    }
  }

  private Jedis admin() {
    return new Jedis(EmbeddedRedis.HOST, redis.port());
  }

  private String trackingAddress() {
    String line;
    try (Jedis admin = admin()) {
      line = admin.clientList().lines().filter(l -> l.contains("sub=1")).findFirst().orElseThrow();
    }
    for (String field : line.split(" ")) {
      if (field.startsWith("addr=")) {
        return field.substring("addr=".length());
      }
    }
    throw new AssertionError(line);
  }

  @Test
  void aNearCacheNeedsAConnectionRedifuOpens() {
    try (JedisPooled own = new JedisPooled(java.net.URI.create(redis.url()))) {
      assertThatThrownBy(() -> Redifu.builder().redis(own).nearCache(Account.class).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("nearCache needs");
    }
  }

  @Test
  void anEntityWithASlidingTtlCannotHaveANearCache() {
    try (Redifu redifu = Redifu.builder().redis(redis.url()).nearCache(Product.class).build()) {
      assertThatThrownBy(() -> ProductCache.create(redifu))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Product has a sliding TTL");
    }
  }

  @Test
  void limitsMustHoldSomething() {
    assertThatThrownBy(() -> NearCacheLimits.of(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxEntries 0");
  }
}
