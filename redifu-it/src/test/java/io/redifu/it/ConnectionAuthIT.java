package io.redifu.it;

import static io.redifu.it.ConnectionFixture.HOST;
import static io.redifu.it.ConnectionFixture.assertRoundTrip;
import static io.redifu.it.ConnectionFixture.causeChain;
import static io.redifu.it.ConnectionFixture.newAccount;
import static io.redifu.it.ConnectionFixture.open;
import static io.redifu.it.ConnectionFixture.randomSecret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.PostCache;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedisUnavailableException;
import io.redifu.testing.redis.RedisProcess;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

/**
 * How {@link Redifu} signs in and picks its database: ACL users, passwords, and the database index
 * of the URI. Runs against a private {@code redis-server} child process on a free port, so the
 * shared Redis is never touched.
 */
class ConnectionAuthIT {
  @TempDir static Path dir;

  private static String password;
  private static RedisProcess plainServer;

  @BeforeAll
  static void startServer() throws Exception {
    password = randomSecret();
    int plainPort = RedisProcess.freePort();
    plainServer =
        RedisProcess.start(
            dir,
            "plain",
            plainPort,
            "--port",
            Integer.toString(plainPort),
            "--requirepass",
            password);
    try (Jedis admin = new Jedis(HOST, plainPort)) {
      admin.auth(password);
      admin.aclSetUser("redifu", "on", ">s3cret", "~*", "+@all");
      // least privilege, as SECURITY.md documents it: the account documents and markers only
      admin.aclSetUser(
          "accounts",
          AclRules.rules("s3cret", AclRules.COMMANDS, List.of("account:"), List.of())
              .toArray(String[]::new));
    }
  }

  @AfterAll
  static void stopServer() throws InterruptedException {
    if (plainServer != null) {
      plainServer.stop();
    }
  }

  @Test
  void leastPrivilegeAclUserWorksOnItsKeysAndIsRefusedOthers() {
    try (Redifu redifu = open("redis://accounts:s3cret@" + HOST + ":" + plainServer.port)) {
      AccountCache accounts = AccountCache.create(redifu);
      assertRoundTrip(accounts);
      accounts.markMissing("gone");
      assertThat(accounts.isMissing("gone")).isTrue();
      assertThat(accounts.getOrLoad("gone", id -> null)).isNull();

      assertThatThrownBy(() -> PostCache.create(redifu).get("any"))
          .isInstanceOf(RedisUnavailableException.class)
          .hasMessageContaining("ACL permission");
    }
  }

  @Test
  void aclUserWithPasswordRoundTrips() {
    try (Redifu redifu = open("redis://redifu:s3cret@" + HOST + ":" + plainServer.port)) {
      assertRoundTrip(AccountCache.create(redifu));
    }
  }

  @Test
  void wrongPasswordFailsAsUnavailableNamingAuthentication() {
    try (Redifu redifu = open("redis://redifu:wrong@" + HOST + ":" + plainServer.port)) {
      AccountCache accounts = AccountCache.create(redifu);

      assertThatThrownBy(() -> accounts.get("nobody"))
          .isInstanceOf(RedisUnavailableException.class)
          .hasMessageContaining("authentication")
          .satisfies(e -> assertThat(causeChain(e)).contains("WRONGPASS"));
    }
  }

  @Test
  void missingPasswordFailsAsUnavailableNamingAuthentication() {
    try (Redifu redifu = open("redis://" + HOST + ":" + plainServer.port)) {
      AccountCache accounts = AccountCache.create(redifu);

      assertThatThrownBy(() -> accounts.get("nobody"))
          .isInstanceOf(RedisUnavailableException.class)
          .hasMessageContaining("authentication")
          .satisfies(e -> assertThat(causeChain(e)).contains("NOAUTH"));
    }
  }

  @Test
  void databaseIndexOfTheUriSelectsTheDatabase() {
    Account account = newAccount();
    try (Redifu redifu =
        open("redis://default:" + password + "@" + HOST + ":" + plainServer.port + "/3")) {
      AccountCache.create(redifu).set(account);
    }

    String key = AccountCache.key(account.getRandId());
    try (Jedis raw = new Jedis(HOST, plainServer.port)) {
      raw.auth(password);
      raw.select(0);
      assertThat(raw.exists(key)).as("%s in db 0", key).isFalse();
      raw.select(3);
      assertThat(raw.exists(key)).as("%s in db 3", key).isTrue();
    }
  }
}
