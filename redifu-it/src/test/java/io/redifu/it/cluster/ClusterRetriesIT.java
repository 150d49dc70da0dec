package io.redifu.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.annotation.Order;
import io.redifu.it.domain.PostSortedCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.testing.redis.ClusterSlots;
import io.redifu.testing.redis.LocalCluster;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * A cluster pipeline whose connection to one node failed sends again only that node's calls: the
 * calls other nodes ran are not applied a second time (which could put an older write over a newer
 * one another client made meanwhile).
 */
class ClusterRetriesIT {
  private LocalCluster cluster;
  private ClusterSlots slots;
  private Redifu redifu;

  @BeforeEach
  void start() throws Exception {
    cluster = LocalCluster.start();
    slots = new ClusterSlots(cluster);
    redifu = Redifu.builder().cluster(cluster.seed()).build();
  }

  @AfterEach
  void stop() throws Exception {
    if (redifu != null) {
      redifu.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void onlyTheCallsOfANodeWhoseConnectionFailedAreSentAgain() throws Exception {
    PostSortedCache tagged = PostSortedCache.create(redifu).raw();
    String here = BaseRecord.newRandId();
    String there = tagOnAnotherNode(here);
    int hereNode = ownerOf(here);
    int thereNode = ownerOf(there);
    assertThat(tagged.of(here).ingest(List.of(), "")).isTrue();
    assertThat(tagged.of(there).fetch(Order.ASC)).isEmpty(); // a pooled connection to that node

    cluster.stop(thereNode);
    cluster.restart(thereNode); // same slots, no data; the pooled connection to it is dead now
    try (Jedis node = new Jedis("127.0.0.1", thereNode)) {
      node.hset(meta(there), "seeded", "1");
      node.hset(meta(there), "gen", "100");
    }
    long hereGen = gen(hereNode, here);

    redifu.batch(
        b -> {
          tagged.of(here).remove("someone"); // runs: bumps the generation once
          tagged.of(there).remove("someone"); // unanswered: its connection failed
        });

    assertThat(gen(hereNode, here)).as("generation where the call ran").isEqualTo(hereGen + 1);
    assertThat(gen(thereNode, there)).as("generation where it was sent again").isEqualTo(101);
  }

  private String tagOnAnotherNode(String tag) {
    while (true) {
      String other = BaseRecord.newRandId();
      if (ownerOf(other) != ownerOf(tag)) {
        return other;
      }
    }
  }

  private int ownerOf(String tag) {
    return slots.ownerOf(ClusterSlots.slotOf(meta(tag)));
  }

  private static String meta(String tag) {
    return "{" + PostSortedCache.key(tag) + "}:meta";
  }

  private static long gen(int port, String tag) {
    try (Jedis node = new Jedis("127.0.0.1", port)) {
      String gen = node.hget(meta(tag), "gen");
      return gen == null ? 0 : Long.parseLong(gen);
    }
  }
}
