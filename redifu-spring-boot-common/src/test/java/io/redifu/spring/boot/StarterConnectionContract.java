package io.redifu.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.runtime.Redifu;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import redis.clients.jedis.Protocol;

/**
 * Where a starter connects: {@code redifu.redis.url} first, then Boot's connection details, then
 * {@code spring.data.redis.*} (host and port, URL, SSL bundle, cluster nodes, Sentinels).
 */
public interface StarterConnectionContract extends StarterUnderTest {
  /** {@code runner} with a Boot connection details bean of this line for a standalone Redis. */
  ApplicationContextRunner withConnectionDetails(
      ApplicationContextRunner runner, String host, int port, int database);

  /**
   * For the tests of Boot's connection settings: the env var REDIFU_REDIS_URL, which points the
   * tests at their Redis, also binds to redifu.redis.url (relaxed binding); an empty value hides
   * it.
   */
  default ApplicationContextRunner withoutRedifuUrl() {
    return runner().withPropertyValues("redifu.redis.url=");
  }

  @Test
  default void fallsBackToSpringDataRedisHostPortAndDatabase() {
    withoutRedifuUrl()
        .withPropertyValues(
            "spring.data.redis.host=" + TestRedis.host(),
            "spring.data.redis.port=" + TestRedis.port(),
            "spring.data.redis.database=3")
        .run(context -> assertThat(clientInfo(context.getBean(Redifu.class))).contains("db=3"));
  }

  @Test
  default void fallsBackToSpringDataRedisUrl() {
    withoutRedifuUrl()
        .withPropertyValues("spring.data.redis.url=" + TestRedis.url() + "/4")
        .run(context -> assertThat(clientInfo(context.getBean(Redifu.class))).contains("db=4"));
  }

  @Test
  default void redifuUrlWinsOverSpringDataRedis() {
    runner()
        .withPropertyValues(
            "redifu.redis.url=" + TestRedis.url() + "/5",
            "spring.data.redis.port=" + TestRedis.closedPort())
        .run(context -> assertThat(clientInfo(context.getBean(Redifu.class))).contains("db=5"));
  }

  @Test
  default void connectionDetailsWinOverSpringDataRedis() {
    withConnectionDetails(withoutRedifuUrl(), TestRedis.host(), TestRedis.port(), 6)
        .withPropertyValues(
            "spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + TestRedis.closedPort())
        .run(context -> assertThat(clientInfo(context.getBean(Redifu.class))).contains("db=6"));
  }

  @Test
  default void redifuUrlWinsOverConnectionDetails() {
    withConnectionDetails(runner(), "127.0.0.1", TestRedis.closedPort(), 0)
        .withPropertyValues("redifu.redis.url=" + TestRedis.url() + "/7")
        .run(context -> assertThat(clientInfo(context.getBean(Redifu.class))).contains("db=7"));
  }

  @Test
  default void anSslBundleOfSpringDataRedisOpensATlsRedis() throws Exception {
    try (TlsRedis tls = TlsRedis.start()) {
      ApplicationContextRunner tlsRunner =
          withoutRedifuUrl()
              .withPropertyValues(
                  "spring.data.redis.host=127.0.0.1",
                  "spring.data.redis.port=" + tls.port(),
                  "redifu.timeout=2s");
      tlsRunner
          .withPropertyValues(
              "spring.ssl.bundle.pem.redis.truststore.certificate=file:" + tls.certificate(),
              "spring.data.redis.ssl.bundle=redis")
          .run(
              context ->
                  assertThat(context.getBean(Redifu.class).client().ping()).isEqualTo("PONG"));
      // the same server without the bundle: the JVM's trust store does not know its certificate
      tlsRunner
          .withPropertyValues("spring.data.redis.ssl.enabled=true")
          .run(
              context ->
                  assertThatThrownBy(() -> context.getBean(Redifu.class).client().ping())
                      .hasStackTraceContaining("unable to find valid certification path"));
    }
  }

  @Test
  default void clusterNodesMakeAClusterConnection() {
    int port = TestRedis.closedPort();
    // singleRoundTripReads is refused for cluster(...) connections only, before any connecting
    withoutRedifuUrl()
        .withPropertyValues(
            "spring.data.redis.cluster.nodes=127.0.0.1:" + port + ",127.0.0.1:" + (port + 1),
            "redifu.single-round-trip-reads=true")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("singleRoundTripReads needs a standalone Redis"));
    // a standalone Redis at the same ports would start (its pool connects lazily); a cluster
    // client reads the slot map at once, so it fails here
    withoutRedifuUrl()
        .withPropertyValues("spring.data.redis.cluster.nodes=127.0.0.1:" + port)
        .run(context -> assertThat(context).getFailure().hasStackTraceContaining("Redis Cluster"));
  }

  @Test
  default void sentinelSettingsConnectThroughTheSentinels() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort(); // no Sentinel there: the master cannot be asked for
    }
    withoutRedifuUrl()
        .withPropertyValues(
            "spring.data.redis.sentinel.master=mymaster",
            "spring.data.redis.sentinel.nodes=127.0.0.1:" + port)
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining(
                        "Redis master \"mymaster\" of the Sentinels [127.0.0.1:" + port + "]"));
    withoutRedifuUrl()
        .withPropertyValues(
            "spring.data.redis.sentinel.master=mymaster",
            "spring.data.redis.sentinel.nodes=127.0.0.1:" + port,
            "spring.data.redis.sentinel.password=secret")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining("Sentinels with a password"));
  }

  private static String clientInfo(Redifu redifu) {
    Object reply = redifu.client().sendCommand(Protocol.Command.CLIENT, "INFO");
    return new String((byte[]) reply, StandardCharsets.UTF_8);
  }
}
