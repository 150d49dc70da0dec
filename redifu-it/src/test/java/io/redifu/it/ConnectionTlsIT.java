package io.redifu.it;

import static io.redifu.it.ConnectionFixture.HOST;
import static io.redifu.it.ConnectionFixture.TIMEOUT;
import static io.redifu.it.ConnectionFixture.assertRoundTrip;
import static io.redifu.it.ConnectionFixture.causeChain;
import static io.redifu.it.ConnectionFixture.randomSecret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.it.domain.AccountCache;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedisUnavailableException;
import io.redifu.testing.redis.RedisProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@link Redifu} connects over TLS: a private CA, and hostname verification. Runs against
 * private TLS-only {@code redis-server} child processes on free ports, so the shared Redis is never
 * touched.
 */
class ConnectionTlsIT {
  @TempDir static Path dir;

  private static String password;
  private static SSLSocketFactory trustingCert;
  private static SSLSocketFactory trustingCa;
  private static RedisProcess tlsServer;
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
  }

  @AfterAll
  static void stopServers() throws InterruptedException {
    for (RedisProcess server : new RedisProcess[] {tlsServer, caSignedServer, wrongHostServer}) {
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

  private static String tlsUri() {
    return "rediss://default:" + password + "@" + HOST + ":" + tlsServer.port;
  }

  /** A TLS-only server with {@code certAndKey} ([cert, key]) that trusts {@code ca}. */
  private static RedisProcess startTls(String name, Path[] certAndKey, Path ca) throws Exception {
    int port = RedisProcess.freePort();
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
