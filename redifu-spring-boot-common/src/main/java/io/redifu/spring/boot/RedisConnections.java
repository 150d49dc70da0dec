package io.redifu.spring.boot;

import io.redifu.spring.boot.RedisTarget.Cluster;
import io.redifu.spring.boot.RedisTarget.Sentinel;
import io.redifu.spring.boot.RedisTarget.Standalone;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import javax.net.ssl.SSLSocketFactory;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.util.StringUtils;

/**
 * Where redifu connects: {@code redifu.redis.url}; else Boot's Redis connection details bean, if
 * there is one; else {@code spring.data.redis.*} (Sentinels, cluster nodes, a URL, or host, port,
 * credentials, database and TLS). TLS trusts the SSL bundle of the details or of {@code
 * spring.data.redis.ssl.bundle}, else the JVM's default trust store.
 */
public final class RedisConnections {
  private RedisConnections() {}

  /**
   * @param details Boot's connection details, or null when the application has none
   * @param sslBundles Boot's SSL bundles, or null when SSL auto-configuration is absent
   */
  public static RedisConnection resolve(
      RedifuProperties.Redis redifu,
      BootRedisConnectionDetails details,
      SpringDataRedisSettings spring,
      SslBundles sslBundles) {
    if (StringUtils.hasText(redifu.getUrl())) {
      return new RedisConnection(new Standalone(redifu.getUrl()));
    }
    SslBundle bundle = propertiesBundle(spring, sslBundles);
    if (details != null) {
      return details.connection(spring.sslRequested(), bundle);
    }
    return fromProperties(spring, bundle);
  }

  /** What {@code spring.data.redis.*} says, TLS trusting {@code bundle} (null: JVM default). */
  public static RedisConnection fromProperties(SpringDataRedisSettings spring, SslBundle bundle) {
    boolean ssl = spring.sslRequested();
    SpringDataRedisSettings.Sentinel sentinel = spring.getSentinel();
    if (sentinel.configured()) {
      return sentinel(
          sentinel.getMaster(),
          sentinel.getNodes(),
          spring.getDatabase(),
          spring.getUsername(),
          spring.getPassword(),
          sentinel.getPassword(),
          ssl || bundle != null);
    }
    if (!spring.getCluster().getNodes().isEmpty()) {
      return cluster(
          spring.getCluster().getNodes(), spring.getUsername(), spring.getPassword(), ssl, bundle);
    }
    if (StringUtils.hasText(spring.getUrl())) {
      String url = spring.getUrl();
      if ((ssl || bundle != null) && url.regionMatches(true, 0, "redis:", 0, 6)) {
        url = "rediss:" + url.substring(6);
      }
      return new RedisConnection(new Standalone(url), socketFactory(bundle));
    }
    return standalone(
        spring.getHost(),
        spring.getPort(),
        spring.getDatabase(),
        spring.getUsername(),
        spring.getPassword(),
        ssl,
        bundle);
  }

  /** A standalone Redis; TLS when {@code ssl} or a {@code bundle} (null: none) is given. */
  public static RedisConnection standalone(
      String host,
      int port,
      int database,
      String username,
      String password,
      boolean ssl,
      SslBundle bundle) {
    String userInfo = null;
    if (password != null) {
      userInfo = (username != null ? username : "") + ":" + password;
    }
    String scheme = ssl || bundle != null ? "rediss" : "redis";
    try {
      String url =
          new URI(scheme, userInfo, host, port, "/" + database, null, null).toASCIIString();
      return new RedisConnection(new Standalone(url), socketFactory(bundle));
    } catch (URISyntaxException e) { // not chained: its message holds the URI with the password
      throw new IllegalArgumentException(
          "Redis host \"" + host + "\" is not a host name: " + e.getReason());
    }
  }

  /** A Redis Cluster through {@code nodes} ({@code host:port}); TLS as for a standalone Redis. */
  public static RedisConnection cluster(
      List<String> nodes, String username, String password, boolean ssl, SslBundle bundle) {
    return new RedisConnection(
        new Cluster(nodes, username, password, ssl || bundle != null), socketFactory(bundle));
  }

  /**
   * The master {@code master} of the Sentinels at {@code nodes}. {@code Redifu.builder()} asks
   * Sentinels without credentials or TLS and opens database 0: other settings are refused with the
   * way out rather than ignored.
   */
  public static RedisConnection sentinel(
      String master,
      List<String> nodes,
      int database,
      String username,
      String password,
      String sentinelPassword,
      boolean ssl) {
    String unsupported =
        sentinelPassword != null
            ? "Sentinels with a password (spring.data.redis.sentinel.password)"
            : ssl
                ? "TLS through Sentinel (spring.data.redis.ssl)"
                : database != 0 ? "a database other than 0 through Sentinel" : null;
    if (unsupported != null) {
      throw new IllegalStateException(
          "redifu's starter does not connect to "
              + unsupported
              + ": define a Redifu bean with Redifu.builder().redis(JedisSentineled)");
    }
    if (!StringUtils.hasText(master) || nodes == null || nodes.isEmpty()) {
      throw new IllegalStateException(
          "spring.data.redis.sentinel needs master and nodes (host:port, ...)");
    }
    return new RedisConnection(new Sentinel(master, nodes, username, password));
  }

  private static SslBundle propertiesBundle(SpringDataRedisSettings spring, SslBundles bundles) {
    String name = spring.getSsl().getBundle();
    if (!StringUtils.hasText(name)) {
      return null;
    }
    if (bundles == null) {
      throw new IllegalStateException(
          "spring.data.redis.ssl.bundle="
              + name
              + " needs Spring Boot's SslBundles bean (SslAutoConfiguration), and there is none");
    }
    return bundles.getBundle(name);
  }

  private static SSLSocketFactory socketFactory(SslBundle bundle) {
    return bundle == null ? null : bundle.createSslContext().getSocketFactory();
  }
}
