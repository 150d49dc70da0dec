package io.redifu.runtime.internal.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.testing.redis.RedisProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.DefaultRedisCredentials;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisCredentials;

/**
 * {@link Invalidations} whose session breaks while it is still connecting (here: new prefixes
 * arrive then, as when a second entity's near cache opens right after the first). The listener must
 * not hear "established" after "lost" for that session: it would take tracking for up while nothing
 * listens, and near caches would keep what they read meanwhile.
 */
class InvalidationsRestartIT {
  private static final String PASSWORD = "tracking-secret";

  @TempDir Path dir;

  /** The listener's view: up between established and lost, and every key heard. */
  private static final class State implements Invalidations.Listener {
    volatile boolean up;
    final CountDownLatch heard = new CountDownLatch(1);

    @Override
    public void changed(byte[] key) {
      heard.countDown();
    }

    @Override
    public void flushed() {}

    @Override
    public void established() {
      up = true;
    }

    @Override
    public void lost() {
      up = false;
    }
  }

  @Test
  void aSessionThatBrokeWhileConnectingIsNeverReportedEstablished() throws Exception {
    int port = RedisProcess.freePort();
    RedisProcess redis =
        RedisProcess.start(
            dir, "tracking", port, "--port", Integer.toString(port), "--requirepass", PASSWORD);
    CountDownLatch connecting = new CountDownLatch(1);
    CountDownLatch proceed = new CountDownLatch(1);
    AtomicBoolean first = new AtomicBoolean(true);
    Supplier<RedisCredentials> credentials = // holds the first session inside its connect
        () -> {
          if (first.compareAndSet(true, false)) {
            connecting.countDown();
            try {
              proceed.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return new DefaultRedisCredentials(null, PASSWORD);
        };
    HostAndPort node = new HostAndPort(RedisProcess.HOST, port);
    TrackingTarget target =
        TrackingTarget.standalone(
            node, DefaultJedisClientConfig.builder().credentialsProvider(credentials).build());
    State state = new State();
    try (Invalidations invalidations = new Invalidations(target, Duration.ofMillis(500), state)) {
      invalidations.track(List.of("a:"));
      assertThat(connecting.await(5, TimeUnit.SECONDS)).as("first session connecting").isTrue();
      invalidations.track(List.of("a:", "b:")); // ends the connecting session
      proceed.countDown();
      Thread.sleep(200); // it has connected, seen its end and closed; the next one waits 500 ms

      int listening = subscribed(node);
      assertThat(state.up && listening == 0)
          .as("tracking reported up with %d invalidation connections", listening)
          .isFalse();

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (!state.up && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(state.up).as("tracking up again").isTrue();
      try (Jedis jedis = new Jedis(node)) {
        jedis.auth(PASSWORD);
        jedis.set("b:1", "x");
      }
      assertThat(state.heard.await(2, TimeUnit.SECONDS)).as("a change heard").isTrue();
    } finally {
      redis.stop();
    }
  }

  private static int subscribed(HostAndPort node) {
    try (Jedis jedis = new Jedis(node)) {
      jedis.auth(PASSWORD);
      return (int) jedis.clientList().lines().filter(line -> line.contains(" sub=1 ")).count();
    }
  }
}
