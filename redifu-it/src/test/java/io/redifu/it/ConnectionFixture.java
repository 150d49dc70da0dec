package io.redifu.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.runtime.Redifu;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * What the connection suites share: their private {@code redis-server} processes listen on {@link
 * #HOST}, require a random password, and are checked by an account round trip.
 */
final class ConnectionFixture {
  static final String HOST = "127.0.0.1";
  static final Duration TIMEOUT = Duration.ofSeconds(2);

  private ConnectionFixture() {}

  /** A Redifu on {@code uri} with the tests' short timeout. */
  static Redifu open(String uri) {
    return Redifu.builder().redis(uri).timeout(TIMEOUT).build();
  }

  static void assertRoundTrip(AccountCache accounts) {
    Account account = newAccount();
    accounts.set(account);

    assertThat(accounts.get(account.getRandId()))
        .hasValueSatisfying(
            stored -> {
              assertThat(stored.getRandId()).isEqualTo(account.getRandId());
              assertThat(stored.getName()).isEqualTo("Ada");
            });
  }

  static Account newAccount() {
    Account account = new Account();
    account.init();
    account.setName("Ada");
    return account;
  }

  /** Class and message of every throwable in the chain, one per line. */
  static String causeChain(Throwable e) {
    StringBuilder chain = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      chain.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
    }
    return chain.toString();
  }

  static String randomSecret() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
