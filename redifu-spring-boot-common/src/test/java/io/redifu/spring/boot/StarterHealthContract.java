package io.redifu.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.ScriptCatalog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.context.ApplicationContext;

/**
 * A starter's {@code redifuHealthIndicator}: up with the scripts Redis holds, down without showing
 * the password, and absent when disabled or without actuator.
 */
public interface StarterHealthContract extends StarterUnderTest {
  /** The health of the {@code redifuHealthIndicator} bean: status code and details. */
  HealthView health(ApplicationContext context);

  /** The line's {@code HealthIndicator} type, to hide actuator from the class path. */
  Class<?> healthIndicatorType();

  /** A health component as the tests read it. */
  record HealthView(String status, Map<String, Object> details) {}

  @Test
  default void healthIsUpWhenRedisAnswersWithTheScriptsItHolds() {
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
  default void healthIsDownWithoutShowingThePassword() {
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
  default void healthIsAbsentWhenDisabledOrWithoutActuator() {
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
}
