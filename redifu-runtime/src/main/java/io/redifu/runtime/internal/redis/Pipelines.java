package io.redifu.runtime.internal.redis;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisSentineled;
import redis.clients.jedis.UnifiedJedis;

/**
 * Opens a client's pipeline on every supported Jedis. {@code UnifiedJedis.pipelined()} returns
 * {@code PipelineBase} on Jedis 6 and {@code AbstractPipeline} on 7, so a call compiled against one
 * fails on the other; the clients redifu creates are called through their own {@code pipelined()},
 * whose return type every version shares.
 */
public final class Pipelines {
  private Pipelines() {}

  /** A pipeline on {@code client} (on a cluster: one that syncs each node on a new thread pool). */
  static AbstractPipeline open(UnifiedJedis client) {
    if (client instanceof JedisPooled pooled) {
      return pooled.pipelined();
    }
    if (client instanceof JedisCluster cluster) {
      return cluster.pipelined();
    }
    if (client instanceof JedisSentineled sentineled) {
      return sentineled.pipelined();
    }
    return NewerJedis.pipelined(client); // other clients: only on Jedis 7, see requireOpenable
  }

  /** Throws when {@link #open} cannot open a pipeline on the caller's {@code client}. */
  static void requireOpenable(UnifiedJedis client) {
    requireOpenable(client, JedisVersion.running());
  }

  static void requireOpenable(UnifiedJedis client, JedisVersion jedis) {
    if (jedis.hasAbstractPipelines()
        || client instanceof JedisPooled
        || client instanceof JedisCluster
        || client instanceof JedisSentineled) {
      return;
    }
    throw new IllegalArgumentException(
        "On "
            + jedis
            + ", redis(UnifiedJedis) takes a JedisPooled, JedisCluster or JedisSentineled (got a "
            + client.getClass().getName()
            + "); other clients need Jedis 7: set the Maven property jedis.version to "
            + JedisVersion.RECOMMENDED);
  }
}
