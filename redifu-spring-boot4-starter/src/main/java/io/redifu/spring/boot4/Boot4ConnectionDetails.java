package io.redifu.spring.boot4;

import io.redifu.spring.boot.RedisConnection;
import io.redifu.spring.boot.RedisConnections;
import java.util.List;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.ssl.SslBundle;

/**
 * Boot 4's {@link DataRedisConnectionDetails} in redifu's terms: Sentinel first, then cluster, then
 * standalone, as Spring Data Redis reads them. On this line the SSL bundle belongs to the details
 * as a whole; master/replica has no counterpart in {@code Redifu.builder()}.
 */
final class Boot4ConnectionDetails {
  private Boot4ConnectionDetails() {}

  static RedisConnection connection(
      DataRedisConnectionDetails details, boolean sslRequested, SslBundle propertiesBundle) {
    SslBundle bundle = details.getSslBundle() != null ? details.getSslBundle() : propertiesBundle;
    DataRedisConnectionDetails.Sentinel sentinel = details.getSentinel();
    if (sentinel != null) {
      return RedisConnections.sentinel(
          sentinel.getMaster(),
          nodes(sentinel.getNodes()),
          sentinel.getDatabase(),
          details.getUsername(),
          details.getPassword(),
          sentinel.getPassword(),
          sslRequested || bundle != null);
    }
    DataRedisConnectionDetails.Cluster cluster = details.getCluster();
    if (cluster != null) {
      return RedisConnections.cluster(
          nodes(cluster.getNodes()),
          details.getUsername(),
          details.getPassword(),
          sslRequested,
          bundle);
    }
    if (details.getMasterReplica() != null) {
      throw new IllegalStateException(
          "redifu's starter does not connect to master/replica nodes"
              + " (spring.data.redis.masterreplica): point redifu.redis.url at the master, or"
              + " define a Redifu bean with Redifu.builder().redis(UnifiedJedis)");
    }
    DataRedisConnectionDetails.Standalone standalone = details.getStandalone();
    return RedisConnections.standalone(
        standalone.getHost(),
        standalone.getPort(),
        standalone.getDatabase(),
        details.getUsername(),
        details.getPassword(),
        sslRequested,
        bundle);
  }

  private static List<String> nodes(List<DataRedisConnectionDetails.Node> nodes) {
    return nodes.stream().map(node -> node.host() + ":" + node.port()).toList();
  }
}
