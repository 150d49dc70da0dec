package io.redifu.runtime.internal.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.testing.redis.RedisProcess;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.args.ClientType;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.params.ClientKillParams;
import redis.clients.jedis.params.ClientKillParams.SkipMe;

/**
 * Closing a tracking connection the server already dropped, with a ping still buffered: Jedis's
 * disconnect throws for the flush, and the supervisor that closes a failed session must not die of
 * it (tracking would then never resume, and the near caches stay bypassed for good).
 */
class TrackingConnectionCloseIT {
  @TempDir Path dir;

  @Test
  void closingAConnectionTheServerDroppedDoesNotThrow() throws Exception {
    int port = RedisProcess.freePort();
    RedisProcess redis = RedisProcess.start(dir, "close", port, "--port", Integer.toString(port));
    try (Jedis admin = new Jedis(RedisProcess.HOST, port)) {
      HostAndPort node = new HostAndPort(RedisProcess.HOST, port);
      TrackingConnection plain = dropped(node, admin);
      assertThatThrownBy(plain::disconnect) // what the session's close met
          .isInstanceOf(JedisConnectionException.class);
      TrackingConnection quiet = dropped(node, admin);
      quiet.disconnectQuietly();
      assertThat(quiet.isConnected()).isFalse();
    } finally {
      redis.stop();
    }
  }

  /** A connection the server closed, whose first write since drew a reset, with a ping buffered. */
  private static TrackingConnection dropped(HostAndPort node, Jedis admin) throws Exception {
    TrackingConnection connection =
        new TrackingConnection(node, DefaultJedisClientConfig.builder().build());
    connection.connect();
    admin.clientKill(new ClientKillParams().type(ClientType.NORMAL).skipMe(SkipMe.YES));
    Thread.sleep(100);
    connection.askPong(); // sent: the closed socket answers with a reset
    Thread.sleep(100);
    connection.sendCommand(Protocol.Command.PING); // buffered until the disconnect's flush
    return connection;
  }
}
