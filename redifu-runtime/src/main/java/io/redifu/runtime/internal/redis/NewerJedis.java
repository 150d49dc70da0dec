package io.redifu.runtime.internal.redis;

import java.util.concurrent.ExecutorService;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;

/**
 * The calls only Jedis 7 has, apart so that no other class links them. Used (and so loaded) only
 * when {@link JedisVersion} says the running Jedis has the call: the JVM resolves each call when it
 * first runs, so a method whose call a 7.x lacks is harmless while it is not run.
 */
final class NewerJedis {
  private NewerJedis() {}

  /** Jedis 7.0.0+ ({@link JedisVersion#hasAbstractPipelines}): any client's own pipeline. */
  static AbstractPipeline pipelined(UnifiedJedis client) {
    return client.pipelined();
  }

  /** Jedis 7.2.0+ ({@link JedisVersion#hasRedisClientClasses}). */
  static boolean isClusterClient(UnifiedJedis client) {
    return client instanceof RedisClusterClient;
  }

  /**
   * Jedis 7.4.1+ ({@link JedisVersion#hasClusterPipelinesOnExecutor}): a pipeline of the cluster
   * {@code client} that syncs its nodes on {@code executor}.
   */
  @SuppressWarnings("deprecation") // JedisCluster: what RedisClients creates on every Jedis
  static AbstractPipeline clusterPipelined(UnifiedJedis client, ExecutorService executor) {
    return client instanceof JedisCluster cluster
        ? cluster.pipelined(executor)
        : ((RedisClusterClient) client).pipelined(executor);
  }
}
