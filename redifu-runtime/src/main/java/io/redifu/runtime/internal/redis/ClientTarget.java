package io.redifu.runtime.internal.redis;

import java.net.URI;
import java.util.Set;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.JedisSentineled;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * Where {@code Redifu.builder()} was told Redis is: a standalone URI, the caller's own client,
 * cluster nodes or Sentinels, each with the options only it takes. Null where not given.
 */
public record ClientTarget(
    URI uri,
    UnifiedJedis client,
    Set<HostAndPort> clusterNodes,
    String clusterUser,
    String clusterPassword,
    boolean clusterSsl,
    String sentinelMaster,
    Set<HostAndPort> sentinels,
    String sentinelUser,
    String sentinelPassword) {

  /** Throws when no Redis or several were given, or options of a kind that was not chosen. */
  public void check() {
    int configured =
        (uri != null ? 1 : 0)
            + (client != null ? 1 : 0)
            + (clusterNodes != null ? 1 : 0)
            + (sentinels != null ? 1 : 0);
    if (configured != 1) {
      throw new IllegalStateException(
          "Configure exactly one Redis: redis(\"redis://host:port\"), cluster(\"host:port\", ...),"
              + " sentinel(\"master\", \"host:port\", ...) or redis(UnifiedJedis)");
    }
    if ((clusterPassword != null || clusterSsl) && clusterNodes == null) {
      throw new IllegalStateException(
          "clusterCredentials and clusterSsl apply to cluster(...) only; a standalone Redis takes"
              + " them in its URI: rediss://user:password@host:port");
    }
    if (sentinelPassword != null && sentinels == null) {
      throw new IllegalStateException("sentinelCredentials apply to sentinel(...) only");
    }
  }

  /** Whether the target is a Redis Cluster (known before any client is opened). */
  public boolean cluster() {
    return clusterNodes != null || ClusterSupport.isCluster(client);
  }

  /**
   * Where near caches hear about changes to the client {@link #open} returned, connected as it is;
   * null for the caller's own client, whose settings redifu cannot see.
   */
  @SuppressWarnings("deprecation") // the classes every supported Jedis has
  public TrackingTarget tracking(UnifiedJedis opened, RedisClients.Settings settings) {
    if (client != null) {
      return null;
    }
    if (clusterNodes != null) {
      return TrackingTarget.cluster(
          (JedisCluster) opened,
          RedisClients.clusterConfig(clusterUser, clusterPassword, clusterSsl, settings));
    }
    if (sentinels != null) {
      return TrackingTarget.sentinel(
          (JedisSentineled) opened,
          RedisClients.masterConfig(sentinelUser, sentinelPassword, settings));
    }
    return TrackingTarget.standalone(
        JedisURIHelper.getHostAndPort(uri), RedisClients.standaloneConfig(uri, settings));
  }

  /** The caller's own client as is, else a new client of the chosen kind. */
  public UnifiedJedis open(RedisClients.Settings settings) {
    if (client != null) {
      Pipelines.requireOpenable(client);
      return client;
    }
    if (clusterNodes != null) {
      return RedisClients.cluster(clusterNodes, clusterUser, clusterPassword, clusterSsl, settings);
    }
    if (sentinels != null) {
      return RedisClients.sentinel(
          sentinelMaster, sentinels, sentinelUser, sentinelPassword, settings);
    }
    return RedisClients.standalone(uri, settings);
  }
}
