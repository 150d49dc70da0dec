package io.redifu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.redifu.it.domain.PostCache;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedisUnavailableException;
import io.redifu.testing.LogCapture;
import io.redifu.testing.redis.RedisProcess;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passwords in Redis URIs and credentials never appear in an exception (message, cause, suppressed,
 * {@code toString}) or in the log: malformed URIs, closed ports, wrong passwords, failed TLS,
 * standalone, cluster and Sentinel. A malformed URI is named with its password masked.
 */
class SecretsIT {
  private static final Duration TIMEOUT = Duration.ofMillis(500);
  private static final String SECRET = "Pw" + hex(12);

  @TempDir static Path dir;
  private static final String SERVER_PASSWORD = hex(8);
  private static RedisProcess server; // requires SERVER_PASSWORD

  @BeforeAll
  static void start() throws Exception {
    int port = RedisProcess.freePort();
    server =
        RedisProcess.start(
            dir,
            "secrets",
            port,
            "--port",
            Integer.toString(port),
            "--requirepass",
            SERVER_PASSWORD);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void malformedUrisAreNamedWithThePasswordMasked() {
    List<String> malformed =
        List.of(
            "redis://app:" + SECRET + "@127.0.0.1:6379 trailing", // not a URI at all
            "redis://app:" + SECRET + "@bad_host:6379", // no host a URI recognises
            "http://app:" + SECRET + "@127.0.0.1:6379", // another scheme
            "redis://app:" + SECRET + "@127.0.0.1", // no port
            "redis://app:" + SECRET + "@127.0.0.1:6379/zero", // a database that is no number
            "redis://" + SECRET + "@127.0.0.1:6379", // a lone secret before the host
            "redis://app:" + SECRET + "@with@at@127.0.0.1:6379 x"); // '@' in the password
    try (LogCapture log = LogCapture.start()) {
      for (String uri : malformed) {
        Throwable refused =
            catchThrowable(() -> Redifu.builder().redis(uri).timeout(TIMEOUT).build().close());
        assertThat(refused).as(uri).isInstanceOf(IllegalArgumentException.class);
        assertThat(refused.getMessage()).as(uri).contains("****@");
        assertNoSecret(refused);
      }
      Throwable fromUri =
          catchThrowable(
              () -> Redifu.builder().redis(URI.create("http://app:" + SECRET + "@h:1")).build());
      assertThat(fromUri).isInstanceOf(IllegalArgumentException.class);
      assertNoSecret(fromUri);
      assertThat(log.text()).doesNotContain(SECRET);
    }
  }

  @Test
  void failuresToConnectNeverShowThePassword() throws Exception {
    int closed = RedisProcess.freePort();
    try (LogCapture log = LogCapture.start()) {
      assertNoSecret(getFails("redis://app:" + SECRET + "@127.0.0.1:" + closed));
      assertNoSecret(getFails("redis://:" + SECRET + "@127.0.0.1:" + server.port)); // WRONGPASS
      assertNoSecret(getFails("redis://app:" + SECRET + "@127.0.0.1:" + server.port)); // WRONGPASS
      assertNoSecret(getFails("rediss://app:" + SECRET + "@127.0.0.1:" + server.port)); // not TLS
      assertNoSecret(
          buildFails(
              () ->
                  Redifu.builder()
                      .cluster("127.0.0.1:" + closed)
                      .clusterCredentials("app", SECRET)
                      .timeout(TIMEOUT)));
      assertNoSecret(
          buildFails(
              () ->
                  Redifu.builder()
                      .cluster("127.0.0.1:" + server.port) // a standalone server: no cluster
                      .clusterCredentials(null, SECRET)
                      .timeout(TIMEOUT)));
      assertNoSecret(
          buildFails(
              () ->
                  Redifu.builder()
                      .sentinel("mymaster", "127.0.0.1:" + closed)
                      .sentinelCredentials("app", SECRET)
                      .timeout(TIMEOUT)));
      assertThat(log.text()).doesNotContain(SECRET).doesNotContain(encoded(SECRET));
    }
  }

  @Test
  void aWorkingRedifuShowsNoPasswordEither() {
    String password = SERVER_PASSWORD;
    String uri = "redis://default:" + password + "@127.0.0.1:" + server.port;
    try (Redifu redifu = Redifu.builder().redis(uri).build()) {
      assertThat(PostCache.create(redifu).get("nobody")).isEmpty();
      assertThat(redifu.toString()).doesNotContain(password);
      assertThat(String.valueOf(redifu.client())).doesNotContain(password);
    }
  }

  private static Throwable getFails(String uri) {
    try (Redifu redifu = Redifu.builder().redis(uri).timeout(TIMEOUT).build()) {
      PostCache posts = PostCache.create(redifu);
      Throwable failed = catchThrowable(() -> posts.get("any"));
      assertThat(failed).as(uri.replace(SECRET, "…")).isInstanceOf(RedisUnavailableException.class);
      return failed;
    }
  }

  private static Throwable buildFails(Supplier<Redifu.Builder> builder) {
    Redifu.Builder configured = builder.get();
    assertThat(configured.toString()).doesNotContain(SECRET);
    Throwable failed = catchThrowable(() -> configured.build().close());
    assertThat(failed).isInstanceOf(RedisUnavailableException.class);
    return failed;
  }

  /** The whole chain as printed: every message, cause, suppressed exception and toString. */
  private static void assertNoSecret(Throwable thrown) {
    assertThat(thrown).isNotNull();
    StringWriter printed = new StringWriter();
    thrown.printStackTrace(new PrintWriter(printed));
    assertThat(printed.toString()).doesNotContain(SECRET).doesNotContain(encoded(SECRET));
    assertThatThrownBy(
            () -> {
              throw thrown;
            })
        .hasMessageNotContaining(SECRET);
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String hex(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }
}
