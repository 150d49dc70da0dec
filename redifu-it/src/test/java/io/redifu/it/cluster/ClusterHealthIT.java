package io.redifu.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedisHealth;
import io.redifu.testing.redis.LocalCluster;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** RedisHealth on a real 3-master Redis Cluster: up while every slot is served, down after. */
class ClusterHealthIT {
  @Test
  void upWithTheClusterStateThenDownWhenAMasterIsGone() throws Exception {
    try (LocalCluster cluster = LocalCluster.start();
        Redifu redifu =
            Redifu.builder().cluster(cluster.seed()).timeout(Duration.ofSeconds(1)).build()) {
      RedisHealth healthy = RedisHealth.check(redifu);
      assertThat(healthy.up()).isTrue();
      assertThat(healthy.details())
          .containsEntry("ping", "PONG")
          .containsEntry("clusterState", "ok")
          .containsEntry("clusterSlotsAssigned", 16384L)
          .containsEntry("clusterSlotsOk", 16384L)
          .containsEntry("clusterSlotsFail", 0L)
          .containsEntry("clusterKnownNodes", 3L)
          .containsKeys("scriptsLoaded", "scriptsTotal");

      int lost = cluster.ports().get(2);
      cluster.stop(lost); // its slots have no replica: once the others agree, the cluster fails
      RedisHealth failed = awaitDown(redifu, Duration.ofSeconds(30));
      assertThat(failed.up()).as("health after losing a master: %s", failed).isFalse();
      assertThat(failed.details()).containsEntry("clusterState", "fail");
      assertThat((Long) failed.details().get("clusterSlotsOk")).isLessThan(16384L);
    }
  }

  private static RedisHealth awaitDown(Redifu redifu, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    RedisHealth last = null;
    while (System.nanoTime() < deadline) {
      try {
        last = RedisHealth.check(redifu);
        if (!last.up()) {
          return last;
        }
      } catch (RuntimeException askedTheStoppedNode) {
        // the keyless commands go to any node; this time it was the stopped one
      }
      Thread.sleep(200);
    }
    return last;
  }
}
