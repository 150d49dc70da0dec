package io.redifu.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.it.LocalCluster;
import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedisUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
