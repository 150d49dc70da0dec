package io.redifu.runtime.internal.redis;

import io.redifu.runtime.RedisUnavailableException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocketFactory;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisSentineled;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * Creates the Jedis client {@code Redifu.builder()} describes: a standalone Redis, a Redis Cluster,
 * or the master a set of Sentinels names. Through the classes and constructors that every supported
 * Jedis has ({@code JedisPooled}, {@code JedisCluster}, {@code JedisSentineled}): Jedis 7.2
 * deprecates them for {@code RedisClient} and kin, which Jedis 6 and 7.0 lack.
 */
@SuppressWarnings("deprecation") // the classes every supported Jedis has; see above
public final class RedisClients {
  private RedisClients() {}

  /**
   * What every kind of client shares.
   *
   * @param poolConfig the caller's pool, or null for one of {@code maxConnections}
   * @param sslSocketFactory the caller's TLS socket factory, or null for the JVM's default
   */
  public record Settings(
      Duration timeout,
      int maxConnections,
      ConnectionPoolConfig poolConfig,
      SSLSocketFactory sslSocketFactory) {}

  /** Node addresses: each {@code "host:port"}, at least one; {@code role} names them in errors. */
  public static Set<HostAndPort> hostsAndPorts(String role, String... nodes) {
    if (nodes == null || nodes.length == 0) {
      throw new IllegalArgumentException(role + " needs at least one \"host:port\" node");
    }
    Set<HostAndPort> parsed = new LinkedHashSet<>();
    for (String node : nodes) {
      try {
        parsed.add(HostAndPort.from(Objects.requireNonNull(node, "node")));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(role + " node \"" + node + "\" is not host:port", e);
      }
    }
    return parsed;
  }

  /** {@code redis[s]://[user:password@]host:port[/db]}. */
  public static JedisPooled standalone(URI uri, Settings settings) {
    return new JedisPooled(
        JedisURIHelper.getHostAndPort(uri), standaloneConfig(uri, settings), pool(settings));
  }

  static JedisClientConfig standaloneConfig(URI uri, Settings settings) {
    return config(settings)
        .user(JedisURIHelper.getUser(uri))
        .password(JedisURIHelper.getPassword(uri))
        .database(JedisURIHelper.getDBIndex(uri))
        .ssl(JedisURIHelper.isRedisSSLScheme(uri))
        .build();
  }

  /** The cluster client; it reads the slot map now, so unreachable or refusing nodes fail here. */
  public static JedisCluster cluster(
      Set<HostAndPort> nodes, String user, String password, boolean ssl, Settings settings) {
    try {
      // 5 attempts per command within 5 socket timeouts, as RedisClusterClient.builder() sets
      return new JedisCluster(nodes, clusterConfig(user, password, ssl, settings), pool(settings));
    } catch (JedisException e) {
      throw unavailable("Redis Cluster at " + nodes, e);
    }
  }

  static JedisClientConfig clusterConfig(
      String user, String password, boolean ssl, Settings settings) {
    return config(settings).user(user).password(password).ssl(ssl).build();
  }

  /**
   * The client of the master {@code masterName} that {@code sentinels} name, following failovers;
   * {@code user} and {@code password} open the master (the Sentinels are asked without them). It
   * asks the Sentinels now, so an unknown master or unreachable Sentinels fail here.
   */
  public static JedisSentineled sentinel(
      String masterName,
      Set<HostAndPort> sentinels,
      String user,
      String password,
      Settings settings) {
    try {
      return new JedisSentineled(
          masterName,
          masterConfig(user, password, settings),
          pool(settings),
          sentinels,
          config(settings).build());
    } catch (JedisException e) {
      throw unavailable("Redis master \"" + masterName + "\" of the Sentinels " + sentinels, e);
    }
  }

  static JedisClientConfig masterConfig(String user, String password, Settings settings) {
    return config(settings).user(user).password(password).build();
  }

  /** Names every node's reason (Jedis adds one suppressed exception per node tried). */
  private static RedisUnavailableException unavailable(String what, JedisException e) {
    StringBuilder reasons = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable node : e.getSuppressed()) {
      reasons.append("; ").append(node.getMessage());
    }
    return new RedisUnavailableException(what + " cannot be used: " + reasons, e);
  }

  private static DefaultJedisClientConfig.Builder config(Settings settings) {
    int millis = Math.toIntExact(settings.timeout().toMillis());
    DefaultJedisClientConfig.Builder config =
        DefaultJedisClientConfig.builder()
            .connectionTimeoutMillis(millis)
            .socketTimeoutMillis(millis)
            .sslParameters(verifyingHostName());
    if (settings.sslSocketFactory() != null) {
      config.sslSocketFactory(settings.sslSocketFactory());
    }
    return config;
  }

  /**
   * TLS checks that the server's certificate names the host connected to (as HTTPS does), whatever
   * the socket factory: a certificate of a trusted CA issued for another host is refused. Said here
   * rather than left to the default of the Jedis version in use.
   */
  private static SSLParameters verifyingHostName() {
    SSLParameters parameters = new SSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    return parameters;
  }

  private static ConnectionPoolConfig pool(Settings settings) {
    if (settings.poolConfig() != null) {
      return settings.poolConfig();
    }
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(settings.maxConnections());
    pool.setMaxIdle(settings.maxConnections());
    pool.setMaxWait(settings.timeout());
    return pool;
  }
}
