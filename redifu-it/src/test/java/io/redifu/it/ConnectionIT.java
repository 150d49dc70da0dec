package io.redifu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.PostCache;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedisUnavailableException;
import io.redifu.testing.redis.RedisProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

/**
 * How {@link Redifu} connects: TLS with a private CA, ACL users, and the database index of the URI.
 * Runs against two private {@code redis-server} child processes (one TLS-only, one plain) on free
 * ports, so the shared Redis is never touched.
 */
class ConnectionIT {
  private static final String HOST = "127.0.0.1";
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  @TempDir static Path dir;

  private static String password;
  private static SSLSocketFactory trustingCert;
  private static SSLSocketFactory trustingCa;
  private static RedisProcess tlsServer;
  private static RedisProcess plainServer;
  private static RedisProcess caSignedServer; // certificate of a private CA for IP 127.0.0.1
  private static RedisProcess wrongHostServer; // certificate of the same CA for wrong.example

  @BeforeAll
  static void startServers() throws Exception {
    password = randomSecret();
    Path cert = dir.resolve("cert.pem");
    Path key = dir.resolve("key.pem");
    openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        key.toString(),
        "-out",
        cert.toString(),
        "-days",
        "1",
        "-subj",
        "/CN=" + HOST,
        "-addext",
        "subjectAltName=IP:" + HOST);
    trustingCert = socketFactoryTrusting(cert);
    Path ca = dir.resolve("ca.pem");
    Path caKey = dir.resolve("ca-key.pem");
    openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        caKey.toString(),
        "-out",
        ca.toString(),
        "-days",
        "1",
        "-subj",
        "/CN=redifu test CA");
    trustingCa = socketFactoryTrusting(ca);
    caSignedServer = startTls("ca-signed", issue("ca-signed", "IP:" + HOST, ca, caKey), ca);
    wrongHostServer =
        startTls("wrong-host", issue("wrong-host", "DNS:wrong.example", ca, caKey), ca);

    tlsServer = startTls("tls", new Path[] {cert, key}, cert); // self-signed: its own CA

    int plainPort = freePort();
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
  static void stopServers() throws InterruptedException {
    for (RedisProcess server :
        new RedisProcess[] {tlsServer, plainServer, caSignedServer, wrongHostServer}) {
      if (server != null) {
        server.stop();
      }
    }
  }

  @Test
  void tlsWithPrivateCaRoundTrips() {
    try (Redifu redifu =
        Redifu.builder().redis(tlsUri()).sslSocketFactory(trustingCert).timeout(TIMEOUT).build()) {
      assertRoundTrip(AccountCache.create(redifu));
    }
  }

  @Test
  void tlsWithoutTrustingTheCaFailsAsUnavailable() {
    try (Redifu redifu = Redifu.builder().redis(tlsUri()).timeout(TIMEOUT).build()) {
      AccountCache accounts = AccountCache.create(redifu);

      assertThatThrownBy(() -> accounts.get("nobody"))
          .isInstanceOf(RedisUnavailableException.class)
          .satisfies(
              e ->
                  assertThat(causeChain(e))
                      .contains("javax.net.ssl.SSLHandshakeException")
                      .contains("unable to find valid certification path"));
    }
  }

  /**
   * The CA is trusted, yet a certificate is accepted only for the host it names: hostname
   * verification is on for rediss://.
   */
  @Test
  void tlsRefusesACertificateIssuedForAnotherHost() {
    try (Redifu redifu = tlsRedifu(HOST, caSignedServer)) {
      assertRoundTrip(AccountCache.create(redifu));
    }
    for (Redifu refused :
        List.of(tlsRedifu(HOST, wrongHostServer), tlsRedifu("localhost", caSignedServer))) {
      try (refused) {
        AccountCache accounts = AccountCache.create(refused);
        assertThatThrownBy(() -> accounts.get("nobody"))
            .isInstanceOf(RedisUnavailableException.class)
            .satisfies(
                e ->
                    assertThat(causeChain(e))
                        .contains("javax.net.ssl.SSLHandshakeException")
                        .containsAnyOf("No subject alternative", "No name matching"));
      }
    }
  }

  private static Redifu tlsRedifu(String host, RedisProcess server) {
    return Redifu.builder()
        .redis("rediss://default:" + password + "@" + host + ":" + server.port)
        .sslSocketFactory(trustingCa)
        .timeout(TIMEOUT)
        .build();
  }

  @Test
  void leastPrivilegeAclUserWorksOnItsKeysAndIsRefusedOthers() {
    try (Redifu redifu =
        Redifu.builder()
            .redis("redis://accounts:s3cret@" + HOST + ":" + plainServer.port)
            .timeout(TIMEOUT)
            .build()) {
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
    try (Redifu redifu =
        Redifu.builder()
            .redis("redis://redifu:s3cret@" + HOST + ":" + plainServer.port)
            .timeout(TIMEOUT)
            .build()) {
      assertRoundTrip(AccountCache.create(redifu));
    }
  }

  @Test
  void wrongPasswordFailsAsUnavailableNamingAuthentication() {
    try (Redifu redifu =
        Redifu.builder()
            .redis("redis://redifu:wrong@" + HOST + ":" + plainServer.port)
            .timeout(TIMEOUT)
            .build()) {
      AccountCache accounts = AccountCache.create(redifu);

      assertThatThrownBy(() -> accounts.get("nobody"))
          .isInstanceOf(RedisUnavailableException.class)
          .hasMessageContaining("authentication")
          .satisfies(e -> assertThat(causeChain(e)).contains("WRONGPASS"));
    }
  }

  @Test
  void missingPasswordFailsAsUnavailableNamingAuthentication() {
    try (Redifu redifu =
        Redifu.builder()
            .redis("redis://" + HOST + ":" + plainServer.port)
            .timeout(TIMEOUT)
            .build()) {
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
        Redifu.builder()
            .redis("redis://default:" + password + "@" + HOST + ":" + plainServer.port + "/3")
            .timeout(TIMEOUT)
            .build()) {
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

  private static void assertRoundTrip(AccountCache accounts) {
    Account account = newAccount();
    accounts.set(account);

    assertThat(accounts.get(account.getRandId()))
        .hasValueSatisfying(
            stored -> {
              assertThat(stored.getRandId()).isEqualTo(account.getRandId());
              assertThat(stored.getName()).isEqualTo("Ada");
            });
  }

  private static Account newAccount() {
    Account account = new Account();
    account.init();
    account.setName("Ada");
    return account;
  }

  private static String tlsUri() {
    return "rediss://default:" + password + "@" + HOST + ":" + tlsServer.port;
  }

  /** Class and message of every throwable in the chain, one per line. */
  private static String causeChain(Throwable e) {
    StringBuilder chain = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      chain.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
    }
    return chain.toString();
  }

  private static String randomSecret() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static int freePort() throws IOException {
    return RedisProcess.freePort();
  }

  /** A TLS-only server with {@code certAndKey} ([cert, key]) that trusts {@code ca}. */
  private static RedisProcess startTls(String name, Path[] certAndKey, Path ca) throws Exception {
    int port = freePort();
    return RedisProcess.start(
        dir,
        name,
        port,
        "--port",
        "0",
        "--tls-port",
        Integer.toString(port),
        "--tls-cert-file",
        certAndKey[0].toString(),
        "--tls-key-file",
        certAndKey[1].toString(),
        "--tls-ca-cert-file",
        ca.toString(),
        "--tls-auth-clients",
        "no",
        "--requirepass",
        password);
  }

  /** A server certificate and key signed by {@code ca} for {@code subjectAltName}. */
  private static Path[] issue(String name, String subjectAltName, Path ca, Path caKey)
      throws IOException, InterruptedException {
    Path key = dir.resolve(name + "-key.pem");
    Path request = dir.resolve(name + ".csr");
    Path cert = dir.resolve(name + ".pem");
    Path extensions = dir.resolve(name + ".ext");
    Files.writeString(extensions, "subjectAltName=" + subjectAltName + "\n");
    openssl(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        key.toString(),
        "-out",
        request.toString(),
        "-subj",
        "/CN=" + name);
    openssl(
        "x509",
        "-req",
        "-in",
        request.toString(),
        "-CA",
        ca.toString(),
        "-CAkey",
        caKey.toString(),
        "-CAcreateserial",
        "-out",
        cert.toString(),
        "-days",
        "1",
        "-extfile",
        extensions.toString());
    return new Path[] {cert, key};
  }

  private static void openssl(String... args) throws IOException, InterruptedException {
    Path log = dir.resolve("openssl.log");
    List<String> command = new ArrayList<>(List.of("openssl"));
    command.addAll(List.of(args));
    Process openssl =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      if (!openssl.waitFor(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("openssl did not finish within 10 s");
      }
      if (openssl.exitValue() != 0) {
        throw new IllegalStateException(
            "openssl exited with " + openssl.exitValue() + ":\n" + Files.readString(log));
      }
    } finally {
      if (openssl.isAlive()) {
        openssl.destroyForcibly();
        openssl.waitFor(5, TimeUnit.SECONDS);
      }
    }
  }

  private static SSLSocketFactory socketFactoryTrusting(Path certPem) throws Exception {
    Certificate cert;
    try (InputStream in = Files.newInputStream(certPem)) {
      cert = CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
    KeyStore trustStore = KeyStore.getInstance(KeyStore.getDefaultType());
    trustStore.load(null, null);
    trustStore.setCertificateEntry("redis", cert);
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trustStore);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context.getSocketFactory();
  }
}
