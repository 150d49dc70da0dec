package io.redifu.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.runtime.Redifu;
import io.redifu.runtime.ScriptCacheStatus;
import io.redifu.runtime.internal.ScriptCatalog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The redifu health component, against the machine's real Redis and a closed port. */
class RedifuHealthIndicatorTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  RedifuAutoConfiguration.class, RedifuHealthContributorAutoConfiguration.class));

  @Test
  void upWhenRedisAnswersWithTheScriptsItHolds() {
    runner
        .withPropertyValues("redifu.redis.url=" + TestRedis.url())
        .run(
            context -> {
              Redifu redifu = context.getBean(Redifu.class);
              runDeleteScriptOnRandomKeys(redifu); // puts at least this script in the cache
              Health health =
                  context.getBean("redifuHealthIndicator", HealthIndicator.class).health();
              assertThat(health.getStatus()).isEqualTo(Status.UP);
              assertThat(health.getDetails())
                  .containsEntry("ping", "PONG")
                  .containsEntry("scriptsTotal", ScriptCatalog.all().size());
              assertThat((Integer) health.getDetails().get("scriptsLoaded"))
                  .isBetween(1, ScriptCatalog.all().size());
              assertThat(ScriptCacheStatus.check(redifu).loaded()).contains("EntityScripts.DELETE");
            });
  }

  @Test
  void downWhenNothingListens() {
    runner
        .withPropertyValues(
            "redifu.redis.url=redis://127.0.0.1:" + TestRedis.closedPort(), "redifu.timeout=1s")
        .run(
            context -> {
              Health health =
                  context.getBean("redifuHealthIndicator", HealthIndicator.class).health();
              assertThat(health.getStatus()).isEqualTo(Status.DOWN);
              assertThat(health.getDetails()).containsKey("error");
            });
  }

  @Test
  void downWithoutShowingThePassword() {
    String secret = "Pw" + Long.toHexString(System.nanoTime());
    runner
        .withPropertyValues(
            "redifu.redis.url=redis://app:" + secret + "@127.0.0.1:" + TestRedis.closedPort(),
            "redifu.timeout=1s")
        .run(
            context -> {
              Health health =
                  context.getBean("redifuHealthIndicator", HealthIndicator.class).health();
              assertThat(health.getStatus()).isEqualTo(Status.DOWN);
              assertThat(health.toString()).doesNotContain(secret);
              assertThat(context.getBean(Redifu.class).toString()).doesNotContain(secret);
            });
  }

  @Test
  void absentWhenDisabledOrWithoutActuator() {
    runner
        .withPropertyValues(
            "redifu.redis.url=" + TestRedis.url(), "management.health.redifu.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean("redifuHealthIndicator"));
    runner
        .withPropertyValues("redifu.redis.url=" + TestRedis.url())
        .withClassLoader(new FilteredClassLoader(HealthIndicator.class))
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
