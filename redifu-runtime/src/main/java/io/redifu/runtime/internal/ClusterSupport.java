package io.redifu.runtime.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.JedisClusterCRC16;

/** What differs on Redis Cluster: multi-key commands must stay within one slot. */
public final class ClusterSupport {
  private ClusterSupport() {}

  public static boolean isCluster(UnifiedJedis client) {
    return client instanceof RedisClusterClient || client instanceof JedisCluster;
  }

  /** The positions of {@code keys}, grouped by hash slot, in first-seen order. */
  static Map<Integer, List<Integer>> bySlot(List<String> keys) {
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      groups.computeIfAbsent(JedisClusterCRC16.getSlot(keys.get(i)), s -> new ArrayList<>()).add(i);
    }
    return groups;
  }
}
