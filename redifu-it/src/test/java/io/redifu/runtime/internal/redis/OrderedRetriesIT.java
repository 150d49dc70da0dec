package io.redifu.runtime.internal.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.annotation.Order;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostSortedCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.testing.redis.ClusterSlots;
import io.redifu.testing.redis.LocalCluster;
import io.redifu.testing.redis.RedisProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * Writes of one {@code Redifu.batch} reach Redis in their order on every key, also when the server
 * lost its script cache (SCRIPT FLUSH) between calls, on a private standalone Redis and on one node
 * of a private cluster: a pipeline cannot stop at a NOSCRIPT reply, so the calls after it ran, and
 * a call sent again alone would land after them.
 */
class OrderedRetriesIT {
  @TempDir static Path dir;

  private static RedisProcess server;
  private static LocalCluster cluster;
  private static Redifu standalone;
  private static Redifu clustered;

  /** A Redis that forgets its scripts on the node serving {@code slot}. */
  record Target(String name, Redifu redifu, IntConsumer flushScriptsOfSlot) {
    @Override
    public String toString() {
      return name;
    }

    void flushScriptsOf(String key) {
      flushScriptsOfSlot.accept(JedisClusterCRC16.getSlot(key));
    }
  }

  @BeforeAll
  static void start() throws Exception {
    int port = RedisProcess.freePort();
    server = RedisProcess.start(dir, "ordered", port, "--port", Integer.toString(port));
    standalone = Redifu.builder().redis("redis://127.0.0.1:" + port).build();
    cluster = LocalCluster.start();
    clustered = Redifu.builder().cluster(cluster.seed()).maxConnections(64).build();
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable closing : new AutoCloseable[] {standalone, clustered, cluster}) {
      if (closing != null) {
        closing.close();
      }
    }
    if (server != null) {
      server.stop();
    }
  }

  static Stream<Target> targets() {
    ClusterSlots slots = new ClusterSlots(cluster);
    return Stream.of(
        new Target("standalone", standalone, slot -> flush(server.port)),
        new Target("cluster", clustered, slot -> flush(slots.ownerOf(slot))));
  }

  private static void flush(int port) {
    try (Jedis node = new Jedis("127.0.0.1", port)) {
      node.scriptFlush();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void aDeleteAfterASetWinsWhenTheSetsScriptWasFlushed(Target target) {
    PostCache posts = PostCache.create(target.redifu()).raw();
    Post post = post("set, then deleted");
    target.flushScriptsOf(PostCache.key(post.getRandId()));
    posts.delete(post.getRandId()); // the delete's script is cached again, the set's is not

    target
        .redifu()
        .batch(
            b -> {
              posts.set(post); // NOSCRIPT
              posts.delete(post.getRandId()); // ran in the same pipeline
            });

    assertThat(posts.get(post.getRandId())).as("deleted after it was set").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void aSetAfterADeleteWinsWhenTheDeletesScriptWasFlushed(Target target) {
    PostCache posts = PostCache.create(target.redifu()).raw();
    Post post = post("deleted, then set");
    posts.set(post);
    target.flushScriptsOf(PostCache.key(post.getRandId()));
    posts.set(post); // the set's script is cached again, the delete's is not

    target
        .redifu()
        .batch(
            b -> {
              posts.delete(post.getRandId()); // NOSCRIPT
              posts.set(post); // ran in the same pipeline
            });

    assertThat(posts.get(post.getRandId())).as("set after it was deleted").isPresent();
    posts.delete(post.getRandId());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void aSetAfterAMissingMarkWins(Target target) {
    PostCache posts = PostCache.create(target.redifu()).raw();
    Post post = post("marked missing, then set");

    target
        .redifu()
        .batch(
            b -> {
              posts.markMissing(post.getRandId());
              posts.set(post);
            });

    assertThat(posts.get(post.getRandId())).as("set after the marker").isPresent();
    assertThat(posts.isMissing(post.getRandId())).isFalse();
    posts.delete(post.getRandId());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void aRemoveAfterAnAddWinsWhenTheAddsScriptWasFlushed(Target target) {
    PostSortedCache tagged = PostSortedCache.create(target.redifu()).raw();
    String tag = BaseRecord.newRandId();
    assertThat(tagged.of(tag).ingest(List.of(), "")).isTrue(); // cached, empty
    Post post = post("added, then removed");
    target.flushScriptsOf("{" + PostSortedCache.key(tag) + "}");
    tagged.of(tag).remove("nobody"); // the remove's script is cached again, the add's is not

    target
        .redifu()
        .batch(
            b -> {
              tagged.of(tag).add(post); // NOSCRIPT
              tagged.of(tag).remove(post.getRandId()); // ran in the same pipeline
            });

    assertThat(tagged.of(tag).fetch(Order.ASC)).as("removed after added").isEmpty();
    tagged.of(tag).purge();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void aPurgeInABatchDeletesWhatTheBatchSetBefore(Target target) {
    PostCache posts = PostCache.create(target.redifu()).raw();
    PostSortedCache tagged = PostSortedCache.create(target.redifu()).raw();
    String tag = BaseRecord.newRandId();
    Post post = post("set, then purged");
    assertThat(tagged.of(tag).ingest(List.of(post), "")).isTrue();

    target
        .redifu()
        .batch(
            b -> {
              post.setTitle("changed");
              posts.set(post);
              tagged.of(tag).purge(); // deletes the documents the collection listed, after the set
            });

    assertThat(posts.get(post.getRandId())).as("purged after it was set").isEmpty();
  }

  /**
   * Many callers syncing cluster pipelines at once share a bounded pool: beyond its threads a
   * pipeline reads its nodes on the caller's thread.
   */
  @Test
  void clusterPipelinesSyncOnABoundedPool() throws Exception {
    PostCache posts = PostCache.create(clustered).raw();
    List<Post> written = new ArrayList<>();
    for (int i = 0; i < 30; i++) { // documents on every node
      written.add(post("spread " + i));
    }
    posts.setAll(written);
    List<String> ids = written.stream().map(Post::getRandId).toList();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService callers = Executors.newFixedThreadPool(48);
    int mostThreads = 0;
    try {
      List<Future<Integer>> reads = new ArrayList<>();
      for (int c = 0; c < 48; c++) {
        reads.add(
            callers.submit(
                () -> {
                  int done = 0;
                  while (!stop.get()) {
                    Map<String, Post> found = posts.getAll(ids);
                    assertThat(found.keySet()).containsExactlyElementsOf(ids);
                    done++;
                  }
                  return done;
                }));
      }
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
      while (System.nanoTime() < end) {
        mostThreads = Math.max(mostThreads, syncThreads());
        Thread.sleep(20);
      }
      stop.set(true);
      for (Future<Integer> read : reads) {
        assertThat(read.get(30, TimeUnit.SECONDS)).isPositive();
      }
    } finally {
      stop.set(true);
      callers.shutdownNow();
    }
    mostThreads = Math.max(mostThreads, syncThreads());
    assertThat(mostThreads)
        .as("live redifu-cluster-pipeline threads")
        .isPositive()
        .isLessThanOrEqualTo(ClusterSupport.PIPELINE_SYNC_THREADS);
    written.forEach(p -> posts.delete(p.getRandId()));
  }

  private static int syncThreads() {
    return (int)
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.isAlive() && t.getName().startsWith("redifu-cluster-pipeline"))
            .count();
  }

  private static Post post(String title) {
    Post post = new Post();
    post.init();
    post.setTitle(title);
    return post;
  }
}
