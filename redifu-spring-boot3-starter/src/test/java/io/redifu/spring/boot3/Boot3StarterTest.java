package io.redifu.spring.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.runtime.Redifu;
import io.redifu.spring.boot.BootLineCheck;
import io.redifu.spring.boot.RedifuStarterContract;
import io.redifu.spring.boot.TestRedis;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.data.redis.RedisConnectionDetails;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** The starter contract on Spring Boot 3.5, with its RedisConnectionDetails and actuator. */
class Boot3StarterTest implements RedifuStarterContract {
  @Override
  public AutoConfigurations autoConfigurations() {
    return AutoConfigurations.of(
        SslAutoConfiguration.class,
        RedifuAutoConfiguration.class,
        RedifuHealthContributorAutoConfiguration.class);
  }

  @Override
  public HealthView health(ApplicationContext context) {
    Health health = context.getBean("redifuHealthIndicator", HealthIndicator.class).health();
    return new HealthView(health.getStatus().getCode(), health.getDetails());
  }

  @Override
  public Class<?> healthIndicatorType() {
    return HealthIndicator.class;
  }

  @Override
  public ApplicationContextRunner withConnectionDetails(
      ApplicationContextRunner runner, String host, int port, int database) {
    return runner.withBean(
        RedisConnectionDetails.class,
        () ->
            new RedisConnectionDetails() {
              @Override
              public Standalone getStandalone() {
                return Standalone.of(host, port, database);
              }
            });
  }

  @Override
  public Class<? extends BootLineCheck> lineCheck() {
    return Boot3LineCheck.class;
  }

  @Test
  void aSpringApplicationOnBoot35StartsPastTheLineCheck() {
    assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(App.class)
            .web(WebApplicationType.NONE)
            .properties("redifu.redis.url=" + TestRedis.url())
            .run()) {
      assertThat(context.getBean(Redifu.class).client().ping()).isEqualTo("PONG");
    }
  }

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class App {}
}
