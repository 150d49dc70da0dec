package io.redifu.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.metrics.MicrometerMetrics;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * How a starter's {@code Redifu} bean fits the application: it backs off for the application's own,
 * takes its {@code DataSource}, meter registry and metrics listener, and closes with the context;
 * and the Boot line check runs in every Spring application.
 */
public interface StarterApplicationContract extends StarterUnderTest {
  /** The starter's {@link BootLineCheck}. */
  Class<? extends BootLineCheck> lineCheck();

  @Test
  default void backsOffWhenTheApplicationDefinesItsOwnRedifu() {
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
  default void usesTheApplicationsDataSource() {
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
  default void reportsToTheApplicationsMeterRegistry() {
    runner()
        .withPropertyValues("redifu.redis.url=" + TestRedis.url())
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              Redifu redifu = context.getBean(Redifu.class);
              assertThat(redifu.settings().metrics()).isInstanceOf(MicrometerMetrics.class);
              redifu
                  .settings()
                  .metrics()
                  .counted(
                      MetricsListener.Count.HITS, "Post", MetricsListener.NO_COLLECTION, "get", 2);
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
  default void anApplicationsOwnMetricsListenerWinsOverMicrometer() {
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
  default void closingTheContextClosesRedifu() {
    AtomicReference<Redifu> redifu = new AtomicReference<>();
    runner()
        .withPropertyValues("redifu.redis.url=" + TestRedis.url())
        .run(context -> redifu.set(context.getBean(Redifu.class)));
    assertThatThrownBy(() -> redifu.get().client().ping()).isInstanceOf(RuntimeException.class);
  }

  @Test
  default void theBootLineCheckRunsInEverySpringApplication() {
    List<String> initializers =
        SpringFactoriesLoader.loadFactoryNames(
            ApplicationContextInitializer.class, getClass().getClassLoader());
    assertThat(initializers).contains(lineCheck().getName());
  }
}
