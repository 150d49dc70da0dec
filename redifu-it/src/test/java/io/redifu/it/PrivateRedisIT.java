package io.redifu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.Product;
import io.redifu.it.domain.ProductCache;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedisUnavailableException;
import io.redifu.testing.EmbeddedRedis;
import io.redifu.testing.redis.RoundTripCounter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * Tests that need a Redis of their own, because they flush its script cache or stop it: an embedded
 * Redis 6.2 (the oldest version redifu supports) on a private loopback port.
 */
class PrivateRedisIT {
  private EmbeddedRedis redis;

  @BeforeEach
  void startRedis() {
    redis = EmbeddedRedis.start();
  }

  @AfterEach
  void stopRedis() {
    redis.stop();
  }

  private static Post post(String title) {
    Post post = new Post();
    post.init();
    post.setTitle(title);
    return post;
  }

  @Test
  void scriptsAreReloadedAfterTheServerForgetsThem() throws Exception {
    try (RoundTripCounter relay = RoundTripCounter.start(redis.url());
        Redifu redifu = RelayedRedifu.singleConnection(relay);
        RedisClient raw = RedisClient.create(redis.url())) {
      PostCache posts = PostCache.create(redifu);
      assertThat(posts.get(post("warm-up").getRandId())).isEmpty(); // connection handshake
      List<Post> batch = List.of(post("a"), post("b"), post("c"));

      relay.reset();
      posts.setAll(batch); // EVALSHA x3 → NOSCRIPT, then EVAL x3 (which caches the script)
      assertThat(relay.roundTrips()).as("setAll on a server without the script").isEqualTo(2);
      relay.reset();
      posts.setAll(batch);
      assertThat(relay.roundTrips()).as("setAll once the script is cached").isEqualTo(1);
      assertThat(posts.getAll(batch.stream().map(Post::getRandId).toList())).hasSize(3);

      raw.scriptFlush();
      Post single = post("after flush");
      relay.reset();
      posts.set(single); // EVALSHA → NOSCRIPT, EVAL
      assertThat(relay.roundTrips()).as("set on a server without the script").isEqualTo(2);
      assertThat(posts.get(single.getRandId())).isPresent();

      raw.scriptFlush();
      posts.markMissing(single.getRandId());
      assertThat(posts.isMissing(single.getRandId())).isTrue();
      raw.scriptFlush();
      assertThat(posts.getOrLoad(post("x").getRandId(), id -> null)).isNull();
    }
  }

  @Test
  void operationsRecoverWhenRedisComesBack() {
    int port = redis.port();
    try (Redifu redifu =
        Redifu.builder().redis(redis.url()).timeout(Duration.ofMillis(500)).build()) {
      PostCache posts = PostCache.create(redifu);
      Post before = post("before");
      posts.set(before);

      redis.stop();
      assertThatThrownBy(() -> posts.get(before.getRandId()))
          .isInstanceOf(RedisUnavailableException.class)
          .hasCauseInstanceOf(RuntimeException.class);

      redis = EmbeddedRedis.start(port); // an empty server: nothing was persisted
      Post after = post("after");
      posts.set(after);
      assertThat(posts.get(after.getRandId())).isPresent();
      assertThat(posts.get(before.getRandId())).isEmpty();
    }
  }

  @Test
  void slidingTtlWorksOnRedis62() {
    try (Redifu redifu = Redifu.builder().redis(redis.url()).build();
        RedisClient raw = RedisClient.create(redis.url())) {
      assertThat(raw.info("server")).contains("redis_version:6.2");
      ProductCache products = ProductCache.create(redifu);
      Product product = new Product("p62", "old server", BigDecimal.TEN, Instant.EPOCH);
      products.set(product);
      raw.pexpire(ProductCache.key("p62"), 5_000);

      assertThat(products.get("p62")).contains(product);
      assertThat(raw.pttl(ProductCache.key("p62"))).isGreaterThan(ProductCache.TTL_MILLIS - 60_000);
      raw.pexpire(ProductCache.key("p62"), 5_000);
      assertThat(products.getAll(List.of("p62"))).containsEntry("p62", product);
      assertThat(raw.pttl(ProductCache.key("p62"))).isGreaterThan(ProductCache.TTL_MILLIS - 60_000);
    }
  }
}
