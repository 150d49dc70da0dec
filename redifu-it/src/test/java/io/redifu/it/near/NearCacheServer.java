package io.redifu.it.near;

import io.redifu.it.AclRules;
import io.redifu.runtime.Redifu;
import io.redifu.testing.EmbeddedRedis;
import io.redifu.testing.redis.LocalCluster;
import io.redifu.testing.redis.RedisProcess;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;

/**
 * A Redis of a near-cache test's own, which it may flush and whose clients it may kill: a private
 * {@code redis-server} from the PATH (7.x here), the embedded Redis 6.2, or a local 3-master
 * cluster. Never the shared test Redis.
 */
abstract class NearCacheServer implements AutoCloseable {
  /** E.g. {@code redis 7.0.15}, {@code cluster of 3 (redis 7.0.15)}. */
  abstract String describe();

  /** A builder connected to this server; near caches are the caller's to add. */
  abstract Redifu.Builder redifu();

  /** A plain Jedis client on this server (cluster-aware on a cluster). */
  abstract UnifiedJedis raw();

  /** The masters, to flush them or kill their clients one by one. */
  abstract List<HostAndPort> masters();

  /** What a writer in another JVM connects to: a redis URL, or {@code cluster:host:port}. */
  abstract String target();

  /** Runs {@code FLUSHDB} on {@code master}. */
  void flush(HostAndPort master) {
    try (Jedis admin = new Jedis(master)) {
      admin.flushDB();
    }
  }

  /**
   * The {@code addr} of every subscribed client (the invalidation connections) on {@code master}.
   */
  static List<String> trackingClients(HostAndPort master) {
    List<String> addresses = new ArrayList<>();
    try (Jedis admin = new Jedis(master)) {
      for (String line : admin.clientList().split("\n")) {
        if (line.contains(" sub=1 ")) {
          for (String field : line.split(" ")) {
            if (field.startsWith("addr=")) {
              addresses.add(field.substring("addr=".length()));
            }
          }
        }
      }
    }
    return addresses;
  }

  /** Kills one invalidation connection chosen by {@code random}; false when there was none. */
  boolean killTrackingClient(Random random) {
    List<HostAndPort> masters = masters();
    HostAndPort master = masters.get(random.nextInt(masters.size()));
    List<String> clients = trackingClients(master);
    if (clients.isEmpty()) {
      return false;
    }
    try (Jedis admin = new Jedis(master)) {
      admin.clientKill(clients.get(random.nextInt(clients.size())));
      return true;
    } catch (RuntimeException goneMeanwhile) {
      return false;
    }
  }

  /** Invalidation connections over every master. */
  int trackingClientCount() {
    return masters().stream().mapToInt(master -> trackingClients(master).size()).sum();
  }

  static String version(HostAndPort node) {
    try (Jedis admin = new Jedis(node)) {
      return AclRules.version(admin);
    }
  }

  @Override
  public abstract void close() throws Exception;

  /** A private {@code redis-server} from the PATH (else embedded-redis's binary). */
  static NearCacheServer privateRedis() throws Exception {
    Path dir = Files.createTempDirectory("redifu-near");
    int port = RedisProcess.freePort();
    RedisProcess process = RedisProcess.start(dir, "near", port, "--port", Integer.toString(port));
    return new Standalone(new HostAndPort(RedisProcess.HOST, process.port)) {
      @Override
      public void close() throws Exception {
        super.close();
        process.stop();
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
    };
  }

  /** The Redis 6.2 that embedded-redis ships. */
  static NearCacheServer embedded62() {
    EmbeddedRedis redis = EmbeddedRedis.start();
    return new Standalone(new HostAndPort(EmbeddedRedis.HOST, redis.port())) {
      @Override
      public void close() throws Exception {
        super.close();
        redis.stop();
      }
    };
  }

  static NearCacheServer cluster() throws Exception {
    return new Cluster(LocalCluster.start());
  }

  private static class Standalone extends NearCacheServer {
    private final HostAndPort node;
    private final JedisPooled raw;

    Standalone(HostAndPort node) {
      this.node = node;
      this.raw = new JedisPooled(URI.create(target()));
    }

    @Override
    String describe() {
      return "redis " + version(node);
    }

    @Override
    Redifu.Builder redifu() {
      return Redifu.builder().redis(target());
    }

    @Override
    UnifiedJedis raw() {
      return raw;
    }

    @Override
    List<HostAndPort> masters() {
      return List.of(node);
    }

    @Override
    String target() {
      return "redis://" + node;
    }

    @Override
    public void close() throws Exception {
      raw.close();
    }
  }

  static final class Cluster extends NearCacheServer {
    final LocalCluster cluster;
    private final JedisCluster raw;

    @SuppressWarnings("deprecation") // the cluster client every supported Jedis has
    Cluster(LocalCluster cluster) {
      this.cluster = cluster;
      this.raw = new JedisCluster(HostAndPort.from(cluster.seed()));
    }

    @Override
    String describe() {
      return "cluster of " + masters().size() + " (redis " + version(masters().get(0)) + ")";
    }

    @Override
    Redifu.Builder redifu() {
      return Redifu.builder().cluster(cluster.seed());
    }

    @Override
    UnifiedJedis raw() {
      return raw;
    }

    @Override
    List<HostAndPort> masters() {
      return cluster.ports().stream()
          .map(port -> new HostAndPort(RedisProcess.HOST, port))
          .toList();
    }

    @Override
    String target() {
      return "cluster:" + cluster.seed();
    }

    @Override
    public void close() throws Exception {
      raw.close();
      cluster.close();
    }
  }
}
