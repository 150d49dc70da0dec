package io.redifu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedisUnavailableException;
import io.redifu.testing.LocalServices;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.JedisPooled;

/** Redis that cannot be reached, does not answer, or has no free connection (SPEC §8). */
class RedisUnavailableIT {
  private static final Duration TIMEOUT = Duration.ofMillis(300);

  @Test
  void everyOperationFailsWithRedisUnavailableWhenNothingListens() throws IOException {
    int port = freePort();
    try (Redifu redifu =
        Redifu.builder().redis("redis://127.0.0.1:" + port).timeout(TIMEOUT).build()) {
      PostCache posts = PostCache.create(redifu);
      String id = BaseRecord.newRandId();
      Post post = new Post();
      post.init();
      AtomicInteger loaderCalls = new AtomicInteger();

      assertUnavailable(() -> posts.get(id));
      assertUnavailable(() -> posts.getAll(List.of(id, BaseRecord.newRandId())));
      assertUnavailable(() -> posts.set(post));
      assertUnavailable(() -> posts.setAll(List.of(post)));
      assertUnavailable(() -> posts.delete(id));
      assertUnavailable(() -> posts.markMissing(id));
      assertUnavailable(() -> posts.isMissing(id));
      assertUnavailable(
          () ->
              posts.getOrLoad(
                  id,
                  requested -> {
                    loaderCalls.incrementAndGet();
                    return null;
                  }));
      assertThat(loaderCalls).as("no load when the cache cannot be read").hasValue(0);
    }
  }

  @Test
  void aServerThatNeverAnswersTimesOutAsRedisUnavailable() throws IOException {
    // The kernel completes the TCP handshake from the backlog; nobody ever reads or replies.
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Redifu redifu =
            Redifu.builder()
                .redis("redis://127.0.0.1:" + silent.getLocalPort())
                .timeout(TIMEOUT)
                .build()) {
      PostCache posts = PostCache.create(redifu);
      long start = System.nanoTime();

      assertUnavailable(() -> posts.get(BaseRecord.newRandId()));

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void noFreePooledConnectionIsRedisUnavailable() {
    try (Redifu redifu =
        Redifu.builder()
            .redis(LocalServices.redisUrl())
            .maxConnections(1)
            .timeout(TIMEOUT)
            .build()) {
      PostCache posts = PostCache.create(redifu);
      String id = BaseRecord.newRandId();
      assertThat(posts.get(id)).isEmpty();

      // JedisPooled.pipelined(): the one every supported Jedis declares alike (this runs on each)
      try (AbstractPipeline holdsTheOnlyConnection = ((JedisPooled) redifu.client()).pipelined()) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> posts.get(id))
            .isInstanceOf(RedisUnavailableException.class)
            .hasMessageContaining("no pooled Redis connection")
            .hasCauseInstanceOf(RuntimeException.class);
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertThat(waited)
            .as("waits the timeout, then gives up")
            .isBetween(TIMEOUT, TIMEOUT.plusSeconds(2));
      }
      assertThat(posts.get(id)).as("the connection is usable again").isEmpty();
    }
  }

  private static void assertUnavailable(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(RedisUnavailableException.class)
        .hasMessageContaining("Post.")
        .cause()
        .isNotNull();
  }

  /** A loopback port nobody listens on (bound once to pick it, then released). */
  private static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    }
  }
}
