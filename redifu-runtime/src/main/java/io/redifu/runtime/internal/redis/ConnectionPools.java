package io.redifu.runtime.internal.redis;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.apache.commons.pool2.impl.GenericObjectPool;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;

/**
 * The connection pools behind a Jedis client, for gauges: the one pool of a {@link JedisPooled}, or
 * one per node of a {@link JedisCluster} (read anew each time, so nodes found later count). Other
 * clients show no pool through Jedis's API. Uses only API of Jedis 6 and 7.
 */
public final class ConnectionPools {
  private final Supplier<List<? extends GenericObjectPool<?>>> pools;

  private ConnectionPools(Supplier<List<? extends GenericObjectPool<?>>> pools) {
    this.pools = pools;
  }

  public static ConnectionPools of(UnifiedJedis client) {
    if (client instanceof JedisPooled pooled) {
      return new ConnectionPools(() -> List.of(pooled.getPool()));
    }
    if (client instanceof JedisCluster cluster) {
      return new ConnectionPools(() -> List.copyOf(cluster.getClusterNodes().values()));
    }
    return new ConnectionPools(null);
  }

  /** Whether the client's pools can be read. */
  public boolean visible() {
    return pools != null;
  }

  /** {@code value} summed over the pools (0 when none is visible). */
  public int sum(ToIntFunction<GenericObjectPool<?>> value) {
    if (pools == null) {
      return 0;
    }
    int sum = 0;
    for (GenericObjectPool<?> pool : pools.get()) {
      sum += value.applyAsInt(pool);
    }
    return sum;
  }
}
