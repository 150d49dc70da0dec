package io.redifu.spring.boot.autoconfigure;

import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.RedisUris;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;
import org.springframework.util.StringUtils;

/**
 * Where redifu connects: {@code redifu.redis.url}, else what {@code spring.data.redis.*} says —
 * Sentinels, cluster nodes, a URL, or host, port, credentials, database and TLS.
 */
sealed interface RedisTarget {
  /** Points {@code builder} at this target. */
  void applyTo(Redifu.Builder builder);

  /** A standalone Redis. */
  record Standalone(String url) implements RedisTarget {
    @Override
    public void applyTo(Redifu.Builder builder) {
      builder.redis(url);
    }

    @Override
    public String toString() { // never the password
      return "Standalone[" + RedisUris.masked(url) + "]";
    }
  }

  /**
   * A Redis Cluster, reached through any of {@code nodes} ({@code host:port}); {@code password}
   * null: no authentication.
   */
  record Cluster(List<String> nodes, String username, String password, boolean ssl)
      implements RedisTarget {
    Cluster(List<String> nodes) {
      this(nodes, null, null, false);
    }

    @Override
    public void applyTo(Redifu.Builder builder) {
      builder.cluster(nodes.toArray(String[]::new)).clusterSsl(ssl);
      if (password != null) {
        builder.clusterCredentials(username, password);
      }
    }

    @Override
    public String toString() { // never the password, e.g. in a failure analysis
      return "Cluster" + nodes + (password != null ? " with credentials" : "");
    }
  }

  /**
   * The master {@code master} that the Sentinels at {@code nodes} name; {@code password} (null: no
   * authentication) opens the master.
   */
  record Sentinel(String master, List<String> nodes, String username, String password)
      implements RedisTarget {
    @Override
    public void applyTo(Redifu.Builder builder) {
      builder.sentinel(master, nodes.toArray(String[]::new));
      if (password != null) {
        builder.sentinelCredentials(username, password);
      }
    }

    @Override
    public String toString() { // never the password
      return "Sentinel " + master + nodes + (password != null ? " with credentials" : "");
    }
  }

  static RedisTarget resolve(RedifuProperties.Redis redifu, RedisProperties spring) {
    if (StringUtils.hasText(redifu.getUrl())) {
      return new Standalone(redifu.getUrl());
    }
    if (spring.getSentinel() != null) {
      return sentinel(spring);
    }
    if (spring.getCluster() != null && !spring.getCluster().getNodes().isEmpty()) {
      return new Cluster(
          List.copyOf(spring.getCluster().getNodes()),
          spring.getUsername(),
          spring.getPassword(),
          spring.getSsl().isEnabled());
    }
    if (StringUtils.hasText(spring.getUrl())) {
      return new Standalone(spring.getUrl());
    }
    return new Standalone(url(spring));
  }

  private static Sentinel sentinel(RedisProperties spring) {
    RedisProperties.Sentinel sentinel = spring.getSentinel();
    String unsupported =
        sentinel.getPassword() != null
            ? "Sentinels with a password (spring.data.redis.sentinel.password)"
            : spring.getSsl().isEnabled()
                ? "TLS through Sentinel (spring.data.redis.ssl.enabled)"
                : spring.getDatabase() != 0 ? "a database other than 0 through Sentinel" : null;
    if (unsupported != null) {
      throw new IllegalStateException(
          "redifu's starter does not connect to "
              + unsupported
              + ": define a Redifu bean with Redifu.builder().redis(RedisSentinelClient)");
    }
    if (!StringUtils.hasText(sentinel.getMaster()) || sentinel.getNodes().isEmpty()) {
      throw new IllegalStateException(
          "spring.data.redis.sentinel needs master and nodes (host:port, ...)");
    }
    return new Sentinel(
        sentinel.getMaster(),
        List.copyOf(sentinel.getNodes()),
        spring.getUsername(),
        spring.getPassword());
  }

  private static String url(RedisProperties spring) {
    String userInfo = null;
    if (spring.getPassword() != null) {
      userInfo =
          (spring.getUsername() != null ? spring.getUsername() : "") + ":" + spring.getPassword();
    }
    try {
      String scheme = spring.getSsl().isEnabled() ? "rediss" : "redis";
      return new URI(
              scheme,
              userInfo,
              spring.getHost(),
              spring.getPort(),
              "/" + spring.getDatabase(),
              null,
              null)
          .toASCIIString();
    } catch (URISyntaxException e) { // not chained: its message holds the URI with the password
      throw new IllegalArgumentException(
          "spring.data.redis.host \""
              + spring.getHost()
              + "\" is not a host name: "
              + e.getReason());
    }
  }
}
