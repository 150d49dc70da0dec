package io.redifu.runtime.internal.redis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisRedirectionException;
import redis.clients.jedis.util.JedisClusterCRC16;

/** What differs on Redis Cluster: multi-key commands must stay within one slot. */
public final class ClusterSupport {
  /** Attempts of a pipeline whose connection failed; as Jedis's executor makes of one command. */
  static final int PIPELINE_ATTEMPTS = 5;

  /**
   * At most this many threads sync cluster pipelines; beyond them, a pipeline reads its remaining
   * nodes on the caller's thread, one after another (slower, never blocked or refused).
   */
  public static final int PIPELINE_SYNC_THREADS = 32;

  /**
   * Syncs cluster pipelines, one task per node, in parallel. Without it Jedis creates and shuts
   * down a thread pool for every pipeline that spans nodes, which costs more than the round trip.
   * Daemon threads, created on demand and ended after a minute idle.
   */
  private static final ExecutorService PIPELINE_SYNC = pipelineSyncPool();

  private ClusterSupport() {}

  private static ExecutorService pipelineSyncPool() {
    return new ThreadPoolExecutor(
        0, // an idle thread takes the task, else a new one up to the bound, else the caller
        PIPELINE_SYNC_THREADS,
        1,
        TimeUnit.MINUTES,
        new SynchronousQueue<>(),
        task -> {
          Thread thread = new Thread(task, "redifu-cluster-pipeline");
          thread.setDaemon(true);
          return thread;
        },
        new ThreadPoolExecutor.CallerRunsPolicy());
  }

  /**
   * A pipeline on {@code client}; on a cluster, one that syncs its nodes on a shared pool where
   * Jedis can (7.4.1+; older ones create a pool per pipeline).
   */
  public static AbstractPipeline pipelined(UnifiedJedis client) {
    return isCluster(client) && JedisVersion.running().hasClusterPipelinesOnExecutor()
        ? NewerJedis.clusterPipelined(client, PIPELINE_SYNC)
        : Pipelines.open(client);
  }

  /**
   * Runs {@code pipeline}; on a cluster, again (at most {@link #PIPELINE_ATTEMPTS} times in all)
   * when its connection failed: after a node restarts, the pool still holds connections to its old
   * process, and each fails once. Jedis's cluster executor retries single commands the same way.
   * Only for reads: writes go through {@link ScriptCalls}, which sends again only what did not run.
   */
  public static <R> R reconnecting(UnifiedJedis client, Supplier<R> pipeline) {
    if (!isCluster(client)) {
      return pipeline.get();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return pipeline.get();
      } catch (JedisConnectionException e) {
        if (attempt == PIPELINE_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  @SuppressWarnings("deprecation") // JedisCluster: what RedisClients creates on every Jedis
  public static boolean isCluster(UnifiedJedis client) {
    return client instanceof JedisCluster
        || (JedisVersion.running().hasRedisClientClasses() && NewerJedis.isClusterClient(client));
  }

  /**
   * The reply of a pipelined command. A cluster pipeline leaves the replies of a node whose
   * connection failed unset, and Jedis then throws IllegalStateException: a connection failure.
   */
  public static <T> T reply(Response<T> response) {
    try {
      return response.get();
    } catch (IllegalStateException unanswered) {
      throw new JedisConnectionException("a Redis node did not answer the pipeline", unanswered);
    }
  }

  /**
   * The {@link #reply} of a pipelined command; one answered MOVED or ASK (its slot moved) is sent
   * again, alone, by {@code alone} through the cluster's executor, which follows the redirection.
   */
  public static <T> T replyOrAlone(Response<T> response, Supplier<T> alone) {
    try {
      return reply(response);
    } catch (JedisRedirectionException moved) {
      return alone.get();
    }
  }

  /** The positions of {@code keys}, grouped by hash slot, in first-seen order. */
  public static Map<Integer, List<Integer>> bySlot(List<String> keys) {
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      groups.computeIfAbsent(JedisClusterCRC16.getSlot(keys.get(i)), s -> new ArrayList<>()).add(i);
    }
    return groups;
  }
}
