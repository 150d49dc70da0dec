package io.redifu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedisUnavailableException;
import io.redifu.runtime.TimelinePage;
import io.redifu.testing.redis.RedisProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisSentineled;

/**
 * Redis Sentinel: redifu follows the master the Sentinels name, through a failover. Each test
 * starts its own master, replica and Sentinel ({@code redis-server} processes on free loopback
 * ports) and stops them by their handles.
 */
class SentinelIT {
  private static final String MASTER = "feedmaster";
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir Path dir;
  private final List<RedisProcess> processes = new ArrayList<>();
  private int masterPort;
  private int replicaPort;
  private int sentinelPort;

  @AfterEach
  void stopProcesses() throws InterruptedException {
    for (RedisProcess process : processes) {
      process.stop();
    }
  }

  @Test
  void followsTheMasterThroughAFailover() throws Exception {
    startMasterReplicaAndSentinel();
    try (Redifu redifu = Redifu.builder().sentinel(MASTER, "127.0.0.1:" + sentinelPort).build()) {
      PostCache posts = PostCache.create(redifu);
      PostTimelineCache feed = PostTimelineCache.create(redifu);
      String user = BaseRecord.newRandId();
      feed.of(user).ingest(List.of(post(1), post(2), post(3)), true, true, "");
      assertThat(feed.of(user).fetch(List.of()).items()).hasSize(3);

      try (Jedis master = new Jedis("127.0.0.1", masterPort);
          Jedis sentinel = new Jedis("127.0.0.1", sentinelPort)) {
        assertThat(master.waitReplicas(1, 5_000)).as("replicated before the failover").isOne();
        sentinel.sentinelFailover(MASTER);
        await("the Sentinel names the replica", () -> masterNamed(sentinel) == replicaPort);
      }
      // A write the old master accepted just before its demotion would be lost with it (Redis
      // replicates asynchronously): write once the client has switched its pool.
      JedisSentineled client = (JedisSentineled) redifu.client();
      await("the client follows", () -> client.getCurrentMaster().getPort() == replicaPort);
      Post late = post(4);
      await("a write reaches the new master", () -> writes(() -> feed.of(user).add(late)));

      TimelinePage<Post> page = feed.of(user).fetch(List.of());
      assertThat(page.items()).extracting(Post::getTitle).containsExactly("4", "3", "2", "1");
      assertThat(posts.get(late.getRandId())).isPresent();
      try (Jedis promoted = new Jedis("127.0.0.1", replicaPort)) {
        assertThat(promoted.info("replication")).contains("role:master");
      }
    }
  }

  @Test
  void anUnknownMasterFailsWhenBuiltNamingIt() throws Exception {
    startMasterReplicaAndSentinel();

    assertThatThrownBy(
            () -> Redifu.builder().sentinel("nosuchmaster", "127.0.0.1:" + sentinelPort).build())
        .isInstanceOf(RedisUnavailableException.class)
        .hasMessageContaining("\"nosuchmaster\"")
        .hasMessageContaining(Integer.toString(sentinelPort));
  }

  @Test
  void badSentinelSettingsAreRefused() {
    assertThatThrownBy(() -> Redifu.builder().sentinel(" ", "127.0.0.1:26379"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sentinel needs the master's name");
    assertThatThrownBy(() -> Redifu.builder().sentinel(MASTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sentinel needs at least one \"host:port\" node");
    assertThatThrownBy(() -> Redifu.builder().sentinel(MASTER, "127.0.0.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sentinel node \"127.0.0.1\" is not host:port");
    assertThatThrownBy(
            () ->
                Redifu.builder()
                    .redis("redis://127.0.0.1:6379")
                    .sentinelCredentials("app", "secret")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("sentinelCredentials apply to sentinel(...) only");
    assertThatThrownBy(
            () ->
                Redifu.builder()
                    .redis("redis://127.0.0.1:6379")
                    .sentinel(MASTER, "127.0.0.1:26379")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Configure exactly one Redis");
  }

  private void startMasterReplicaAndSentinel() throws Exception {
    masterPort = RedisProcess.freePort();
    processes.add(RedisProcess.start(dir, "master", masterPort, "--port", "" + masterPort));
    replicaPort = RedisProcess.freePort();
    processes.add(
        RedisProcess.start(
            dir,
            "replica",
            replicaPort,
            "--port",
            "" + replicaPort,
            "--replicaof",
            "127.0.0.1",
            "" + masterPort));
    sentinelPort = RedisProcess.freePort();
    processes.add(RedisProcess.startSentinel(dir, "sentinel", sentinelPort, MASTER, masterPort));
    try (Jedis sentinel = new Jedis("127.0.0.1", sentinelPort)) {
      await("the Sentinel knows the replica", () -> knowsReplica(sentinel));
    }
  }

  private boolean knowsReplica(Jedis sentinel) {
    for (Map<String, String> replica : sentinel.sentinelReplicas(MASTER)) {
      if (replica.get("port").equals("" + replicaPort)
          && "ok".equals(replica.get("master-link-status"))) {
        return true;
      }
    }
    return false;
  }

  private static int masterNamed(Jedis sentinel) {
    return Integer.parseInt(sentinel.sentinelGetMasterAddrByName(MASTER).get(1));
  }

  /**
   * Whether {@code write} succeeded; during the switch it may fail, but only as {@code
   * RedisUnavailableException} (the old master, now a replica, answers READONLY).
   */
  private static boolean writes(Runnable write) {
    try {
      write.run();
      return true;
    } catch (RedisUnavailableException stillSwitching) {
      return false;
    }
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + PATIENCE + ": " + what);
      }
      Thread.sleep(100);
    }
  }

  private static Post post(int minute) {
    Post post = new Post();
    post.init();
    post.setTitle(Integer.toString(minute));
    post.setCreatedAt(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * minute));
    return post;
  }
}
