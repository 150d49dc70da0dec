package io.redifu.runtime.internal.redis;

import io.redifu.runtime.internal.codec.Bytes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.Connection;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.JedisSentineled;
import redis.clients.jedis.Protocol;

/**
 * Where the invalidation connections go and how they log in: every master, asked again at each
 * heartbeat so that a failover or a new cluster master restarts tracking.
 *
 * @param config how redifu's own client connects (TLS, credentials, timeouts)
 * @param masters the nodes that take writes now
 */
public record TrackingTarget(JedisClientConfig config, Supplier<Set<HostAndPort>> masters) {
  public static TrackingTarget standalone(HostAndPort node, JedisClientConfig config) {
    return new TrackingTarget(config, () -> Set.of(node));
  }

  /** The master the Sentinels name now. */
  @SuppressWarnings("deprecation") // the class every supported Jedis has
  public static TrackingTarget sentinel(JedisSentineled client, JedisClientConfig config) {
    return new TrackingTarget(config, () -> Set.of(client.getCurrentMaster()));
  }

  /** Every master that serves slots, as {@code CLUSTER SLOTS} lists them (Redis 6.2 has it). */
  @SuppressWarnings("deprecation") // the class every supported Jedis has
  public static TrackingTarget cluster(JedisCluster client, JedisClientConfig config) {
    return new TrackingTarget(config, () -> clusterMasters(client));
  }

  private static Set<HostAndPort> clusterMasters(JedisCluster client) {
    Object reply;
    try (Connection connection = client.getConnectionFromSlot(0)) {
      reply =
          connection.executeCommand(new CommandArguments(Protocol.Command.CLUSTER).add("SLOTS"));
    }
    Set<HostAndPort> masters = new LinkedHashSet<>();
    for (Object range : (List<?>) reply) {
      List<?> master = (List<?>) ((List<?>) range).get(2);
      masters.add(
          new HostAndPort(
              Bytes.decode((byte[]) master.get(0)), Math.toIntExact((Long) master.get(1))));
    }
    return masters;
  }

  /** The masters, in a stable order, to compare between heartbeats. */
  List<HostAndPort> nodes() {
    return new ArrayList<>(masters.get());
  }
}
