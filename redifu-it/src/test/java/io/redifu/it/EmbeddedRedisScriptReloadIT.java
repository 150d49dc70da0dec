package io.redifu.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.example.services.EmbeddedRedis;
import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.runtime.Redifu;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * Runs the entity store on the embedded Redis 6.2 fallback (the oldest server redifu promises), and
 * checks that scripts come back after the server forgot them (restart, SCRIPT FLUSH): the single
 * call falls back from EVALSHA to EVAL, the pipelined batch reloads and resends.
 */
class EmbeddedRedisScriptReloadIT {
  private static EmbeddedRedis server;
  private static Redifu redifu;
  private static RedisClient raw;

  @BeforeAll
  static void start() {
    server = EmbeddedRedis.start();
    redifu = Redifu.builder().redis(server.url()).build();
    raw = RedisClient.create(server.url());
  }

  @AfterAll
  static void stop() {
    raw.close();
    redifu.close();
    server.close();
  }

  @Test
  void setRecoversFromAFlushedScriptCache() {
    AccountCache accounts = AccountCache.create(redifu);
    Account first = account("first");
    accounts.set(first);
    raw.scriptFlush();

    Account second = account("second");
    accounts.set(second);

    assertThat(accounts.get(second.getRandId())).map(Account::getName).contains("second");
  }

  @Test
  void setAllRecoversFromAFlushedScriptCache() {
    AccountCache accounts = AccountCache.create(redifu);
    accounts.set(account("warm-up"));
    raw.scriptFlush();

    List<Account> batch = List.of(account("a"), account("b"), account("c"));
    accounts.setAll(batch);

    assertThat(accounts.getAll(batch.stream().map(Account::getRandId).toList()))
        .hasSize(3)
        .allSatisfy((id, account) -> assertThat(raw.pttl(AccountCache.key(id))).isPositive());
  }

  @Test
  void markMissingAndGetOrLoadWorkOnRedis62() {
    AccountCache accounts = AccountCache.create(redifu);
    Account account = account("gone");
    accounts.set(account);
    accounts.markMissing(account.getRandId());

    assertThat(accounts.get(account.getRandId())).isEmpty();
    assertThat(accounts.isMissing(account.getRandId())).isTrue();
    assertThat(accounts.getOrLoad(account.getRandId(), id -> account("loaded"))).isNull();
  }

  private static Account account(String name) {
    Account account = new Account();
    account.init();
    account.setName(name);
    return account;
  }
}
