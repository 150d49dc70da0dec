package io.redifu.bench;

import io.redifu.runtime.Redifu;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.RedisClient;

/**
 * {@link PageFeed}'s timeline and authors again, on the benchmark's own Redis Cluster (env {@code
 * REDIFU_CLUSTER_NODES}, one {@code host:port} of it; {@code redifu-bench/local-cluster.sh start}
 * starts one). The set-up checks that the cluster serves the same pages as the standalone Redis;
 * the tear-down flushes every node, so the cluster must hold nothing else.
 */
@State(Scope.Benchmark)
public class ClusterFeed {
  static final String NODES_ENV = "REDIFU_CLUSTER_NODES";

  Redifu redifu;
  BenchPostTimelineCache authored;
  private final List<RedisClient> nodes = new ArrayList<>();
  private final List<CostMeter> meters = new ArrayList<>();
  private final List<CommandStats> commandStats = new ArrayList<>();
  private long measuredOps;

  /** Cluster pages read in the current measurement iteration. */
  final LongAdder ops = new LongAdder();

  @Setup(Level.Trial)
  public void setUp(PageFeed feed) {
    String seed = System.getenv(NODES_ENV);
    if (seed == null || seed.isBlank()) {
      throw new IllegalStateException(
          "set " + NODES_ENV + " to a node of a Redis Cluster (redifu-bench/local-cluster.sh)");
    }
    redifu = Redifu.builder().cluster(seed.split(",")).build();
    authored = BenchPostTimelineCache.create(redifu);
    for (String node : ((JedisCluster) redifu.client()).getClusterNodes().keySet()) {
      RedisClient client = RedisClient.builder().hostAndPort(HostAndPort.from(node)).build();
      nodes.add(client);
      client.flushAll();
      meters.add(new CostMeter(client));
      commandStats.add(new CommandStats(client));
    }
    BenchAccountCache.create(redifu).setAll(feed.accounts);
    List<BenchPost> newestFirst = new ArrayList<>(feed.posts);
    newestFirst.sort((a, b) -> b.getCreatedAt().compareTo(a.getCreatedAt()));
    for (int from = 0; from < PageFeed.POSTS; from += PageFeed.INGEST_PAGE) {
      int to = Math.min(PageFeed.POSTS, from + PageFeed.INGEST_PAGE);
      if (!authored
          .of(PageFeed.USER)
          .ingest(newestFirst.subList(from, to), from == 0, to == PageFeed.POSTS, null)) {
        throw new IllegalStateException("cluster ingest refused posts " + from + " to " + to);
      }
    }
    PageChecks.authored(feed, "redifu on cluster", c -> authored.of(PageFeed.USER).fetch(c));
  }

  @Setup(Level.Iteration)
  public void startIteration(IterationParams params) {
    if (params.getType() == IterationType.MEASUREMENT) {
      meters.forEach(CostMeter::start);
      commandStats.forEach(CommandStats::start);
    }
  }

  @TearDown(Level.Iteration)
  public void endIteration(IterationParams params) {
    long intervalOps = ops.sumThenReset();
    if (params.getType() == IterationType.MEASUREMENT) {
      meters.forEach(meter -> meter.stop(intervalOps));
      commandStats.forEach(CommandStats::stop);
      measuredOps += intervalOps;
    }
  }

  @TearDown(Level.Trial)
  public void tearDown(BenchmarkParams params) {
    String label = params.getBenchmark() + " threads=" + params.getThreads() + " cluster node ";
    for (int i = 0; i < nodes.size(); i++) {
      System.out.println(meters.get(i).report(label + i));
      System.out.println(commandStats.get(i).report(label + i, measuredOps));
      nodes.get(i).flushAll();
      nodes.get(i).close();
    }
    redifu.close();
  }
}
