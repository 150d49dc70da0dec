package io.redifu.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.metrics.MicrometerMetrics;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.Protocol;

/** The auto-configured Redifu, against the machine's real Redis. */
class RedifuAutoConfigurationTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(RedifuAutoConfiguration.class));

  /**
   * For the tests of spring.data.redis.*: the env var REDIFU_REDIS_URL, which points the tests at
   * their Redis, also binds to redifu.redis.url (Spring's relaxed binding); an empty value hides
   * it.
   */
  private final ApplicationContextRunner withoutRedifuUrl =
      runner.withPropertyValues("redifu.redis.url=");

  @Test
  void bindsTheUrlAndEveryBuilderOption() {
    runner
        .withPropertyValues(
            "redifu.redis.url=" + TestRedis.url(),
            "redifu.max-connections=5",
            "redifu.timeout=750ms",
            "redifu.relation-depth=1",
            "redifu.relation-hints=0",
            "redifu.single-round-trip-reads=true")
        .run(
            context -> {
              Redifu redifu = context.getBean(Redifu.class);
              assertThat(redifu.client().ping()).isEqualTo("PONG");
              assertThat(redifu.relationDepth()).isEqualTo(1);
              assertThat(redifu.relationHints()).isZero();
              assertThat(redifu.singleRoundTripReads()).isTrue();
              JedisPooled client = (JedisPooled) redifu.client();
              assertThat(client.getPool().getMaxTotal()).isEqualTo(5);
              assertThat(client.getPool().getMaxWaitDuration()).isEqualTo(Duration.ofMillis(750));
            });
  }

  @Test
  void defaultsAreTheBuilderDefaults() {
    runner
        .withPropertyValues("redifu.redis.url=" + TestRedis.url(), "redifu.timeout=PT3S")
        .run(
            context -> {
              Redifu redifu = context.getBean(Redifu.class);
              assertThat(redifu.relationDepth()).isEqualTo(3);
              assertThat(redifu.relationHints()).isEqualTo(20_000);
              assertThat(redifu.singleRoundTripReads()).isFalse();
              assertThat(redifu.metrics()).isSameAs(MetricsListener.NONE);
              assertThat(redifu.dataSource()).isEmpty();
              JedisPooled client = (JedisPooled) redifu.client();
              assertThat(client.getPool().getMaxTotal()).isEqualTo(16);
              assertThat(client.getPool().getMaxWaitDuration()).isEqualTo(Duration.ofSeconds(3));
            });
  }

  @Test
  void fallsBackToSpringDataRedisHostPortAndDatabase() {
    withoutRedifuUrl
        .withPropertyValues(
            "spring.data.redis.host=" + TestRedis.host(),
            "spring.data.redis.port=" + TestRedis.port(),
            "spring.data.redis.database=3")
        .run(
            context -> {
              Redifu redifu = context.getBean(Redifu.class);
              assertThat(clientInfo(redifu)).contains("db=3");
            });
  }

  @Test
  void fallsBackToSpringDataRedisUrl() {
    withoutRedifuUrl
        .withPropertyValues("spring.data.redis.url=" + TestRedis.url() + "/4")
        .run(context -> assertThat(clientInfo(context.getBean(Redifu.class))).contains("db=4"));
  }

  @Test
  void redifuUrlWinsOverSpringDataRedis() {
    runner
        .withPropertyValues(
            "redifu.redis.url=" + TestRedis.url() + "/5",
            "spring.data.redis.port=" + TestRedis.closedPort())
        .run(context -> assertThat(clientInfo(context.getBean(Redifu.class))).contains("db=5"));
  }

  @Test
  void clusterNodesMakeAClusterConnection() {
    int port = TestRedis.closedPort();
    // singleRoundTripReads is refused for cluster(...) connections only, before any connecting
    withoutRedifuUrl
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
    withoutRedifuUrl
        .withPropertyValues("spring.data.redis.cluster.nodes=127.0.0.1:" + port)
        .run(
            context ->
                assertThat(context).getFailure().hasStackTraceContaining("cluster slots cache"));
  }

  @Test
  void sentinelSettingsConnectThroughTheSentinels() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort(); // no Sentinel there: the master cannot be asked for
    }
    withoutRedifuUrl
        .withPropertyValues(
            "spring.data.redis.sentinel.master=mymaster",
            "spring.data.redis.sentinel.nodes=127.0.0.1:" + port)
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining(
                        "Redis master \"mymaster\" of the Sentinels [127.0.0.1:" + port + "]"));
    withoutRedifuUrl
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

  @Test
  void invalidOptionsFailTheStartWithTheBuildersMessage() {
    runner
        .withPropertyValues("redifu.redis.url=" + TestRedis.url(), "redifu.relation-depth=17")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining("relationDepth must be between 0 and 16"));
  }

  @Test
  void aMalformedUrlFailsTheStartWithThePasswordMasked() {
    String secret = "Pw" + Long.toHexString(System.nanoTime());
    runner
        .withPropertyValues("redifu.redis.url=redis://app:" + secret + "@127.0.0.1:6379 x")
        .run(
            context -> {
              assertThat(context).getFailure().hasStackTraceContaining("redis://app:****@");
              assertThat(RedisTargetTest.stackTrace(context.getStartupFailure()))
                  .doesNotContain(secret);
            });
  }

  @Test
  void backsOffWhenTheApplicationDefinesItsOwnRedifu() {
    runner
        .withPropertyValues("redifu.redis.url=redis://127.0.0.1:" + TestRedis.closedPort())
        .withBean(
            Redifu.class,
            () -> Redifu.builder().redis(TestRedis.url()).relationDepth(7).build(),
            definition -> definition.setDestroyMethodName("close"))
        .run(
            context -> {
              assertThat(context).hasSingleBean(Redifu.class);
              Redifu redifu = context.getBean(Redifu.class);
              assertThat(redifu.relationDepth()).isEqualTo(7);
              assertThat(redifu.client().ping()).isEqualTo("PONG");
            });
  }

  @Test
  void usesTheApplicationsDataSource() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:starter-test");
    runner
        .withPropertyValues("redifu.redis.url=" + TestRedis.url())
        .withBean(DataSource.class, () -> dataSource)
        .run(
            context ->
                assertThat(context.getBean(Redifu.class).dataSource()).containsSame(dataSource));
  }

  @Test
  void reportsToTheApplicationsMeterRegistry() {
    runner
        .withPropertyValues("redifu.redis.url=" + TestRedis.url())
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              Redifu redifu = context.getBean(Redifu.class);
              assertThat(redifu.metrics()).isInstanceOf(MicrometerMetrics.class);
              redifu.metrics().hits("Post", MetricsListener.NO_COLLECTION, "get", 2);
              MeterRegistry registry = context.getBean(MeterRegistry.class);
              assertThat(registry.get("redifu.cache.hits").tag("entity", "Post").counter().count())
                  .isEqualTo(2.0);
            });
  }

  @Test
  void anApplicationsOwnMetricsListenerWinsOverMicrometer() {
    MetricsListener own = new MetricsListener() {};
    runner
        .withPropertyValues("redifu.redis.url=" + TestRedis.url())
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withBean(MetricsListener.class, () -> own)
        .run(context -> assertThat(context.getBean(Redifu.class).metrics()).isSameAs(own));
  }

  @Test
  void customizersRunAfterTheProperties() {
    runner
        .withPropertyValues("redifu.redis.url=" + TestRedis.url(), "redifu.relation-depth=1")
        .withBean(RedifuBuilderCustomizer.class, () -> builder -> builder.relationDepth(5))
        .run(context -> assertThat(context.getBean(Redifu.class).relationDepth()).isEqualTo(5));
  }

  @Test
  void closingTheContextClosesRedifu() {
    AtomicReference<Redifu> redifu = new AtomicReference<>();
    runner
        .withPropertyValues("redifu.redis.url=" + TestRedis.url())
        .run(context -> redifu.set(context.getBean(Redifu.class)));
    assertThatThrownBy(() -> redifu.get().client().ping()).isInstanceOf(RuntimeException.class);
  }

  private static String clientInfo(Redifu redifu) {
    Object reply = redifu.client().sendCommand(Protocol.Command.CLIENT, "INFO");
    return new String((byte[]) reply, StandardCharsets.UTF_8);
  }
}
