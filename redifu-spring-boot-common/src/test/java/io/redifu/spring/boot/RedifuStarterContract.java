package io.redifu.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.ScriptCatalog;
import io.redifu.runtime.metrics.MicrometerMetrics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.Protocol;

/**
 * What each redifu starter does, against the machine's real Redis: every starter's test extends
 * this class, so both Spring Boot lines pass the same tests. A subclass names its line's
 * auto-configurations and health and connection-details types.
 */
public abstract class RedifuStarterContract {
  /** The starter's auto-configurations, with Boot's SSL auto-configuration. */
  protected abstract AutoConfigurations autoConfigurations();

  /** The health of the {@code redifuHealthIndicator} bean: status code and details. */
  protected abstract HealthView health(ApplicationContext context);

  /** The line's {@code HealthIndicator} type, to hide actuator from the class path. */
  protected abstract Class<?> healthIndicatorType();

  /** {@code runner} with a Boot connection details bean of this line for a standalone Redis. */
  protected abstract ApplicationContextRunner withConnectionDetails(
      ApplicationContextRunner runner, String host, int port, int database);

  /** The starter's {@link BootLineCheck}. */
  protected abstract Class<? extends BootLineCheck> lineCheck();

  /** A health component as the tests read it. */
  public record HealthView(String status, Map<String, Object> details) {}

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner().withConfiguration(autoConfigurations());
  }

  /**
   * For the tests of Boot's connection settings: the env var REDIFU_REDIS_URL, which points the
   * tests at their Redis, also binds to redifu.redis.url (relaxed binding); an empty value hides
   * it.
   */
  private ApplicationContextRunner withoutRedifuUrl() {
    return runner().withPropertyValues("redifu.redis.url=");
  }

  @Test
  void bindsTheUrlAndEveryBuilderOption() {
    runner()
        .withPropertyValues(
            "redifu.redis.url=" + TestRedis.url(),
            "redifu.max-connections=5",
            "redifu.timeout=750ms",
            "redifu.relation-depth=1",
            "redifu.relation-hints=0",
            "redifu.single-round-trip-reads=true",
            "redifu.reload-undecodable-documents=true")
        .run(
            context -> {
              Redifu redifu = context.getBean(Redifu.class);
              assertThat(redifu.client().ping()).isEqualTo("PONG");
              assertThat(redifu.settings().reloadUndecodableDocuments()).isTrue();
              assertThat(redifu.settings().relationDepth()).isEqualTo(1);
              assertThat(redifu.settings().relationHints()).isZero();
              assertThat(redifu.settings().singleRoundTripReads()).isTrue();
              JedisPooled client = (JedisPooled) redifu.client();
              assertThat(client.getPool().getMaxTotal()).isEqualTo(5);
              assertThat(client.getPool().getMaxWaitDuration()).isEqualTo(Duration.ofMillis(750));
            });
  }

  @Test
  void defaultsAreTheBuilderDefaults() {
    runner()
        .withPropertyValues("redifu.redis.url=" + TestRedis.url(), "redifu.timeout=PT3S")
        .run(
            context -> {
              Redifu redifu = context.getBean(Redifu.class);
              assertThat(redifu.settings().relationDepth()).isEqualTo(3);
              assertThat(redifu.settings().relationHints()).isEqualTo(20_000);
              assertThat(redifu.settings().singleRoundTripReads()).isFalse();
              assertThat(redifu.settings().metrics()).isSameAs(MetricsListener.NONE);
              assertThat(redifu.settings().dataSource()).isEmpty();
              JedisPooled client = (JedisPooled) redifu.client();
              assertThat(client.getPool().getMaxTotal()).isEqualTo(16);
              assertThat(client.getPool().getMaxWaitDuration()).isEqualTo(Duration.ofSeconds(3));
            });
  }

  @Test
  void fallsBackToSpringDataRedisHostPortAndDatabase() {
    withoutRedifuUrl()
        .withPropertyValues(
            "spring.data.redis.host=" + TestRedis.host(),
            "spring.data.redis.port=" + TestRedis.port(),
            "spring.data.redis.database=3")
        .run(context -> assertThat(clientInfo(context.getBean(Redifu.class))).contains("db=3"));
  }

  @Test
  void fallsBackToSpringDataRedisUrl() {
    withoutRedifuUrl()
        .withPropertyValues("spring.data.redis.url=" + TestRedis.url() + "/4")
        .run(context -> assertThat(clientInfo(context.getBean(Redifu.class))).contains("db=4"));
  }

  @Test
  void redifuUrlWinsOverSpringDataRedis() {
    runner()
        .withPropertyValues(
            "redifu.redis.url=" + TestRedis.url() + "/5",
            "spring.data.redis.port=" + TestRedis.closedPort())
        .run(context -> assertThat(clientInfo(context.getBean(Redifu.class))).contains("db=5"));
  }

  @Test
  void connectionDetailsWinOverSpringDataRedis() {
    withConnectionDetails(withoutRedifuUrl(), TestRedis.host(), TestRedis.port(), 6)
        .withPropertyValues(
            "spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + TestRedis.closedPort())
        .run(context -> assertThat(clientInfo(context.getBean(Redifu.class))).contains("db=6"));
  }

  @Test
  void redifuUrlWinsOverConnectionDetails() {
    withConnectionDetails(runner(), "127.0.0.1", TestRedis.closedPort(), 0)
        .withPropertyValues("redifu.redis.url=" + TestRedis.url() + "/7")
        .run(context -> assertThat(clientInfo(context.getBean(Redifu.class))).contains("db=7"));
  }

  @Test
  void anSslBundleOfSpringDataRedisOpensATlsRedis() throws Exception {
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
  void clusterNodesMakeAClusterConnection() {
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
  void sentinelSettingsConnectThroughTheSentinels() throws Exception {
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

  @Test
  void invalidOptionsFailTheStartWithTheBuildersMessage() {
    runner()
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
    runner()
        .withPropertyValues("redifu.redis.url=redis://app:" + secret + "@127.0.0.1:6379 x")
        .run(
            context -> {
              assertThat(context).getFailure().hasStackTraceContaining("redis://app:****@");
              assertThat(stackTrace(context.getStartupFailure())).doesNotContain(secret);
            });
  }

  @Test
  void backsOffWhenTheApplicationDefinesItsOwnRedifu() {
    runner()
        .withPropertyValues("redifu.redis.url=redis://127.0.0.1:" + TestRedis.closedPort())
        .withBean(
            Redifu.class,
            () -> Redifu.builder().redis(TestRedis.url()).relationDepth(7).build(),
            definition -> definition.setDestroyMethodName("close"))
        .run(
            context -> {
              assertThat(context).hasSingleBean(Redifu.class);
              Redifu redifu = context.getBean(Redifu.class);
              assertThat(redifu.settings().relationDepth()).isEqualTo(7);
              assertThat(redifu.client().ping()).isEqualTo("PONG");
            });
  }

  @Test
  void usesTheApplicationsDataSource() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:starter-test");
    runner()
        .withPropertyValues("redifu.redis.url=" + TestRedis.url())
        .withBean(DataSource.class, () -> dataSource)
        .run(
            context ->
                assertThat(context.getBean(Redifu.class).settings().dataSource())
                    .containsSame(dataSource));
  }

  @Test
  void reportsToTheApplicationsMeterRegistry() {
    runner()
        .withPropertyValues("redifu.redis.url=" + TestRedis.url())
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              Redifu redifu = context.getBean(Redifu.class);
              assertThat(redifu.settings().metrics()).isInstanceOf(MicrometerMetrics.class);
              redifu.settings().metrics().hits("Post", MetricsListener.NO_COLLECTION, "get", 2);
              MeterRegistry registry = context.getBean(MeterRegistry.class);
              assertThat(registry.get("redifu.cache.hits").tag("entity", "Post").counter().count())
                  .isEqualTo(2.0);
              // Spring Boot's metrics auto-configuration binds MeterBinder beans; bound by hand
              // here
              context.getBean("redifuPoolMetrics", MeterBinder.class).bindTo(registry);
              assertThat(registry.get("redifu.pool.max").gauge().value()).isEqualTo(16.0);
            });
  }

  @Test
  void anApplicationsOwnMetricsListenerWinsOverMicrometer() {
    MetricsListener own = new MetricsListener() {};
    runner()
        .withPropertyValues("redifu.redis.url=" + TestRedis.url())
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withBean(MetricsListener.class, () -> own)
        .run(
            context ->
                assertThat(context.getBean(Redifu.class).settings().metrics()).isSameAs(own));
  }

  @Test
  void customizersRunAfterTheProperties() {
    runner()
        .withPropertyValues("redifu.redis.url=" + TestRedis.url(), "redifu.relation-depth=1")
        .withBean(RedifuBuilderCustomizer.class, () -> builder -> builder.relationDepth(5))
        .run(
            context ->
                assertThat(context.getBean(Redifu.class).settings().relationDepth()).isEqualTo(5));
  }

  @Test
  void closingTheContextClosesRedifu() {
    AtomicReference<Redifu> redifu = new AtomicReference<>();
    runner()
        .withPropertyValues("redifu.redis.url=" + TestRedis.url())
        .run(context -> redifu.set(context.getBean(Redifu.class)));
    assertThatThrownBy(() -> redifu.get().client().ping()).isInstanceOf(RuntimeException.class);
  }

  @Test
  void healthIsUpWhenRedisAnswersWithTheScriptsItHolds() {
    runner()
        .withPropertyValues("redifu.redis.url=" + TestRedis.url())
        .run(
            context -> {
              runDeleteScriptOnRandomKeys(context.getBean(Redifu.class));
              HealthView health = health(context);
              assertThat(health.status()).isEqualTo("UP");
              assertThat(health.details())
                  .containsEntry("ping", "PONG")
                  .containsEntry("scriptsTotal", ScriptCatalog.all().size())
                  .doesNotContainKey("clusterState");
              assertThat((Integer) health.details().get("scriptsLoaded"))
                  .isBetween(1, ScriptCatalog.all().size());
            });
  }

  @Test
  void healthIsDownWithoutShowingThePassword() {
    String secret = "Pw" + Long.toHexString(System.nanoTime());
    runner()
        .withPropertyValues(
            "redifu.redis.url=redis://app:" + secret + "@127.0.0.1:" + TestRedis.closedPort(),
            "redifu.timeout=1s")
        .run(
            context -> {
              HealthView health = health(context);
              assertThat(health.status()).isEqualTo("DOWN");
              assertThat(health.details()).containsKey("error");
              assertThat(health.toString()).doesNotContain(secret);
              assertThat(context.getBean(Redifu.class).toString()).doesNotContain(secret);
            });
  }

  @Test
  void healthIsAbsentWhenDisabledOrWithoutActuator() {
    runner()
        .withPropertyValues(
            "redifu.redis.url=" + TestRedis.url(), "management.health.redifu.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean("redifuHealthIndicator"));
    runner()
        .withPropertyValues("redifu.redis.url=" + TestRedis.url())
        .withClassLoader(new FilteredClassLoader(healthIndicatorType()))
        .run(
            context -> {
              assertThat(context).hasSingleBean(Redifu.class);
              assertThat(context).doesNotHaveBean("redifuHealthIndicator");
            });
  }

  @Test
  void theBootLineCheckRunsInEverySpringApplication() {
    List<String> initializers =
        SpringFactoriesLoader.loadFactoryNames(
            ApplicationContextInitializer.class, getClass().getClassLoader());
    assertThat(initializers).contains(lineCheck().getName());
  }

  private static String clientInfo(Redifu redifu) {
    Object reply = redifu.client().sendCommand(Protocol.Command.CLIENT, "INFO");
    return new String((byte[]) reply, StandardCharsets.UTF_8);
  }

  private static void runDeleteScriptOnRandomKeys(Redifu redifu) {
    String key = "redifu-starter-test:" + UUID.randomUUID();
    ScriptCatalog.all()
        .get("EntityScripts.DELETE")
        .eval(
            redifu.client(),
            List.of(
                key.getBytes(StandardCharsets.UTF_8),
                (key + ":m").getBytes(StandardCharsets.UTF_8)),
            List.of());
  }

  /** The whole chain as printed: messages, causes and suppressed exceptions. */
  protected static String stackTrace(Throwable e) {
    StringWriter printed = new StringWriter();
    e.printStackTrace(new PrintWriter(printed));
    return printed.toString();
  }
}
