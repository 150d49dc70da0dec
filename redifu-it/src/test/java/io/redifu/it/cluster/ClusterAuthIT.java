package io.redifu.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.annotation.Order;
import io.redifu.it.AclRules;
import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostSortedCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedisUnavailableException;
import io.redifu.testing.redis.LocalCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** A Redis Cluster whose nodes require a password: {@code clusterCredentials} opens every node. */
class ClusterAuthIT {
  private static final String PASSWORD = "cluster-s3cret";
  private static LocalCluster cluster;

  @BeforeAll
  static void start() throws Exception {
    cluster = LocalCluster.start(PASSWORD);
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void theRightPasswordOpensEveryNode() {
    try (Redifu redifu =
        Redifu.builder().cluster(cluster.seed()).clusterCredentials(null, PASSWORD).build()) {
      AccountCache accounts = AccountCache.create(redifu);
      List<Account> written = new ArrayList<>();
      for (int i = 0; i < 30; i++) { // 30 random ids: documents on every node
        Account account = new Account();
        account.init();
        account.setName("member " + i);
        written.add(account);
      }
      accounts.setAll(written);
      List<String> ids = written.stream().map(Account::getRandId).toList();

      assertThat(accounts.getAll(ids).keySet()).containsExactlyElementsOf(ids);
    }
  }

  /** The documented least-privilege rules, plus the slot map, on every node. */
  @Test
  void theDocumentedAclRulesWorkOnACluster() {
    String userPassword = "least-" + BaseRecord.newRandId();
    List<String> commands;
    try (Jedis node = node(cluster.ports().get(0))) {
      commands = new ArrayList<>(AclRules.commandsFor(AclRules.version(node)));
    }
    commands.addAll(AclRules.CLUSTER_COMMANDS);
    String[] rules =
        AclRules.rules(userPassword, commands, List.of("post:"), List.of("tagged:"))
            .toArray(String[]::new);
    for (int port : cluster.ports()) {
      try (Jedis node = node(port)) {
        node.aclSetUser("redifu", rules);
        node.aclLogReset();
      }
    }
    try (Redifu redifu =
        Redifu.builder()
            .cluster(cluster.seed())
            .clusterCredentials("redifu", userPassword)
            .build()) {
      PostCache posts = PostCache.create(redifu).raw();
      PostSortedCache tagged = PostSortedCache.create(redifu).raw();
      List<Post> written = new ArrayList<>();
      for (int i = 0; i < 30; i++) { // on every node
        Post post = new Post();
        post.init();
        post.setTitle("post " + i);
        written.add(post);
      }
      String tag = BaseRecord.newRandId();
      assertThat(tagged.of(tag).ingest(written.subList(0, 10), "")).isTrue();
      redifu.batch(b -> written.subList(10, 30).forEach(post -> tagged.of(tag).add(post)));
      List<String> ids = written.stream().map(Post::getRandId).toList();
      assertThat(posts.getAll(ids).keySet()).containsExactlyElementsOf(ids);
      assertThat(tagged.of(tag).fetch(Order.ASC)).hasSize(30);
      tagged.of(tag).purge();
      assertThat(posts.getAll(ids)).isEmpty();
    }
    for (int port : cluster.ports()) {
      try (Jedis node = node(port)) {
        assertThat(node.aclLog()).as("denied on node %s", port).isEmpty();
      }
    }
  }

  private static Jedis node(int port) {
    Jedis node = new Jedis("127.0.0.1", port);
    node.auth(PASSWORD);
    return node;
  }

  @Test
  void aWrongPasswordIsRedisUnavailableNamingAuthentication() {
    assertThatThrownBy(
            () ->
                Redifu.builder()
                    .cluster(cluster.seed())
                    .clusterCredentials(null, "wrong")
                    .timeout(Duration.ofMillis(500))
                    .build()
                    .close())
        .isInstanceOf(RedisUnavailableException.class)
        .hasMessageContaining("Redis Cluster at")
        .hasMessageContaining("WRONGPASS");
  }

  @Test
  void clusterCredentialsAreRefusedForAStandaloneRedis() {
    assertThatThrownBy(
            () ->
                Redifu.builder()
                    .redis("redis://127.0.0.1:6379")
                    .clusterCredentials("user", "secret")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rediss://user:password@host:port");
  }
}
