package io.redifu.testing.redis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import redis.clients.jedis.Jedis;

/**
 * A real 3-master Redis Cluster on free loopback ports: three {@code redis-server --cluster-enabled
 * yes} child processes, joined and given their slots with {@code CLUSTER MEET} and {@code CLUSTER
 * ADDSLOTS}. {@link #close()} stops the servers through their own process handles and deletes their
 * directory.
 */
public final class LocalCluster implements AutoCloseable {
  private static final long READY_MILLIS = 20_000;
  private static final int SLOTS = 16_384;

  private final Path dir;
  private final String password; // null: none
  private final List<RedisProcess> nodes = new ArrayList<>();
  private final List<List<String>> nodeOptions = new ArrayList<>();

  private LocalCluster(Path dir, String password) {
    this.dir = dir;
    this.password = password;
  }

  public static LocalCluster start() throws Exception {
    return start(null);
  }

  /** A cluster whose nodes require {@code password} (null: none) of clients and of each other. */
  public static LocalCluster start(String password) throws Exception {
    LocalCluster cluster = new LocalCluster(Files.createTempDirectory("redifu-cluster"), password);
    try {
      cluster.startNodes();
      cluster.create();
      cluster.awaitReady();
      return cluster;
    } catch (Exception | Error e) {
      cluster.close();
      throw e;
    }
  }

  /** One seed node, {@code "127.0.0.1:port"}. */
  public String seed() {
    return RedisProcess.HOST + ":" + nodes.get(0).port;
  }

  private void startNodes() throws Exception {
    for (int i = 0; i < 3; i++) {
      int port = RedisProcess.freePort();
      List<String> options =
          new ArrayList<>(
              List.of(
                  "--port",
                  Integer.toString(port),
                  "--cluster-enabled",
                  "yes",
                  "--cluster-config-file",
                  "nodes-" + port + ".conf",
                  "--cluster-node-timeout",
                  "5000"));
      if (password != null) {
        options.addAll(List.of("--requirepass", password, "--masterauth", password));
      }
      nodeOptions.add(options);
      nodes.add(start(port, options));
    }
  }

  private RedisProcess start(int port, List<String> options) throws Exception {
    return RedisProcess.start(dir, "cluster-" + port, port, options.toArray(new String[0]));
  }

  /** The nodes' ports, in start order. */
  public List<Integer> ports() {
    return nodes.stream().map(node -> node.port).toList();
  }

  /** Stops the node on {@code port}; it keeps its cluster config but not its data. */
  public void stop(int port) throws InterruptedException {
    nodes.get(ports().indexOf(port)).stop();
  }

  /** Starts the node on {@code port} again (same id and slots) and waits for the cluster. */
  public void restart(int port) throws Exception {
    int index = ports().indexOf(port);
    nodes.set(index, start(port, nodeOptions.get(index)));
    awaitReady();
  }

  /**
   * Joins the nodes and splits the 16384 slots among them, as {@code redis-cli --cluster create}
   * would, with plain commands: the embedded-redis fallback ships no {@code redis-cli}.
   */
  private void create() {
    int slotsPerNode = SLOTS / nodes.size();
    for (int i = 0; i < nodes.size(); i++) {
      int from = i * slotsPerNode;
      int to = i == nodes.size() - 1 ? SLOTS : from + slotsPerNode;
      try (Jedis jedis = connect(nodes.get(i))) {
        jedis.clusterAddSlots(IntStream.range(from, to).toArray());
        if (i > 0) {
          jedis.clusterMeet(RedisProcess.HOST, nodes.get(0).port);
        }
      }
    }
  }

  private Jedis connect(RedisProcess node) {
    Jedis jedis = new Jedis(RedisProcess.HOST, node.port);
    if (password != null) {
      jedis.auth(password);
    }
    return jedis;
  }

  /** Every node reports cluster_state:ok and knows all 16384 slots. */
  public void awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READY_MILLIS);
    while (System.nanoTime() < deadline) {
      if (nodes.stream().allMatch(this::ready)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("cluster not ready within " + READY_MILLIS + " ms");
  }

  private boolean ready(RedisProcess node) {
    try (Jedis jedis = connect(node)) {
      String info = jedis.clusterInfo();
      return info.contains("cluster_state:ok") && info.contains("cluster_slots_ok:16384");
    } catch (RuntimeException notYet) {
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      for (RedisProcess node : nodes) {
        node.stop();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
