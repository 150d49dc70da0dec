package io.redifu.spring.boot;

import io.redifu.runtime.MaskedRedisUri;
import io.redifu.runtime.Redifu;
import java.util.List;

/**
 * Where redifu connects, in terms common to every Spring Boot line: a standalone Redis, a Redis
 * Cluster, or the master a set of Sentinels names. {@link RedisConnections} makes one from {@code
 * redifu.redis.url}, Boot's connection details or {@code spring.data.redis.*}.
 */
public sealed interface RedisTarget {
  /** Points {@code builder} at this target. */
  void applyTo(Redifu.Builder builder);

  /** A standalone Redis at {@code url}, {@code redis[s]://[user:password@]host:port[/db]}. */
  record Standalone(String url) implements RedisTarget {
    @Override
    public void applyTo(Redifu.Builder builder) {
      builder.redis(url);
    }

    @Override
    public String toString() { // never the password
      return "Standalone[" + MaskedRedisUri.of(url) + "]";
    }
  }

  /**
   * A Redis Cluster, reached through any of {@code nodes} ({@code host:port}); {@code password}
   * null: no authentication.
   */
  record Cluster(List<String> nodes, String username, String password, boolean ssl)
      implements RedisTarget {
    public Cluster {
      nodes = List.copyOf(nodes);
    }

    public Cluster(List<String> nodes) {
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
      return "Cluster"
          + nodes
          + (password != null ? " with credentials" : "")
          + (ssl ? " TLS" : "");
    }
  }

  /**
   * The master {@code master} that the Sentinels at {@code nodes} name; {@code password} (null: no
   * authentication) opens the master.
   */
  record Sentinel(String master, List<String> nodes, String username, String password)
      implements RedisTarget {
    public Sentinel {
      nodes = List.copyOf(nodes);
    }

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
}
