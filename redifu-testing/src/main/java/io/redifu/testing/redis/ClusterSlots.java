package io.redifu.testing.redis;

import java.util.List;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.MigrateParams;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * Moves hash slots between the nodes of a {@link LocalCluster} by hand, as {@code redis-cli
 * --cluster reshard} does: mark the slot importing and migrating, MIGRATE its keys, then assign it.
 * Stopping half-way leaves the slot migrating, where its moved keys are answered with ASK.
 */
public final class ClusterSlots {
  private static final int MIGRATE_MILLIS = 5_000;

  private final LocalCluster cluster;

  public ClusterSlots(LocalCluster cluster) {
    this.cluster = cluster;
  }

  public static int slotOf(String key) {
    return JedisClusterCRC16.getSlot(key);
  }

  /** The port of the node serving {@code slot}. */
  public int ownerOf(int slot) {
    try (Jedis jedis = node(cluster.ports().get(0))) {
      for (Object range : jedis.clusterSlots()) {
        List<?> fields = (List<?>) range;
        if ((Long) fields.get(0) <= slot && slot <= (Long) fields.get(1)) {
          return ((Long) ((List<?>) fields.get(2)).get(1)).intValue();
        }
      }
    }
    throw new IllegalStateException("no node serves slot " + slot);
  }

  /** A node other than the owner of {@code slot}. */
  public int otherThanOwnerOf(int slot) {
    int owner = ownerOf(slot);
    return cluster.ports().stream().filter(port -> port != owner).findFirst().orElseThrow();
  }

  /** Starts moving {@code slot} to {@code target} and migrates every key it holds now. */
  public void beginMove(int slot, int target) {
    int source = ownerOf(slot);
    try (Jedis from = node(source);
        Jedis to = node(target)) {
      to.clusterSetSlotImporting(slot, from.clusterMyId());
      from.clusterSetSlotMigrating(slot, to.clusterMyId());
      List<String> keys = from.clusterGetKeysInSlot(slot, 10_000);
      if (!keys.isEmpty()) {
        from.migrate(
            RedisProcess.HOST,
            target,
            MIGRATE_MILLIS,
            MigrateParams.migrateParams(),
            keys.toArray(new String[0]));
      }
    }
  }

  /** Assigns {@code slot} to {@code target} on every node, ending a move. */
  public void finishMove(int slot, int target) {
    String targetId;
    try (Jedis to = node(target)) {
      targetId = to.clusterMyId();
    }
    for (int port : cluster.ports()) {
      try (Jedis jedis = node(port)) {
        jedis.clusterSetSlotNode(slot, targetId);
      }
    }
  }

  /** Moves {@code slot} with its keys to {@code target}. */
  public void move(int slot, int target) {
    beginMove(slot, target);
    finishMove(slot, target);
  }

  private static Jedis node(int port) {
    return new Jedis(RedisProcess.HOST, port);
  }
}
