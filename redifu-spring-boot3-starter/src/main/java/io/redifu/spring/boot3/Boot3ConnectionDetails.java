package io.redifu.spring.boot3;

import io.redifu.spring.boot.RedisConnection;
import io.redifu.spring.boot.RedisConnections;
import java.util.List;
import org.springframework.boot.autoconfigure.data.redis.RedisConnectionDetails;
import org.springframework.boot.ssl.SslBundle;

/**
 * Boot 3.5's {@link RedisConnectionDetails} in redifu's terms: Sentinel first, then cluster, then
 * standalone, as Spring Data Redis reads them. On this line each mode carries its own SSL bundle.
 */
final class Boot3ConnectionDetails {
  private Boot3ConnectionDetails() {}

  static RedisConnection connection(
      RedisConnectionDetails details, boolean sslRequested, SslBundle propertiesBundle) {
    RedisConnectionDetails.Sentinel sentinel = details.getSentinel();
    if (sentinel != null) {
      return RedisConnections.sentinel(
          sentinel.getMaster(),
          nodes(sentinel.getNodes()),
          sentinel.getDatabase(),
          details.getUsername(),
          details.getPassword(),
          sentinel.getPassword(),
          sslRequested || orElse(sentinel.getSslBundle(), propertiesBundle) != null);
    }
    RedisConnectionDetails.Cluster cluster = details.getCluster();
    if (cluster != null) {
      return RedisConnections.cluster(
          nodes(cluster.getNodes()),
          details.getUsername(),
          details.getPassword(),
          sslRequested,
          orElse(cluster.getSslBundle(), propertiesBundle));
    }
    RedisConnectionDetails.Standalone standalone = details.getStandalone();
    return RedisConnections.standalone(
        standalone.getHost(),
        standalone.getPort(),
        standalone.getDatabase(),
        details.getUsername(),
        details.getPassword(),
        sslRequested,
        orElse(standalone.getSslBundle(), propertiesBundle));
  }

  private static List<String> nodes(List<RedisConnectionDetails.Node> nodes) {
    return nodes.stream().map(node -> node.host() + ":" + node.port()).toList();
  }

  private static SslBundle orElse(SslBundle own, SslBundle fallback) {
    return own != null ? own : fallback;
  }
}
