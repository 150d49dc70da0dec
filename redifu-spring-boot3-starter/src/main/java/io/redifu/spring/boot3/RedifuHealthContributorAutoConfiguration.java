package io.redifu.spring.boot3;

import io.redifu.runtime.Redifu;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code redifu} health component, when actuator is on the classpath; {@code
 * management.health.redifu.enabled=false} turns it off.
 */
@AutoConfiguration(after = RedifuAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(Redifu.class)
@ConditionalOnEnabledHealthIndicator("redifu")
public class RedifuHealthContributorAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "redifuHealthIndicator")
  public RedifuHealthIndicator redifuHealthIndicator(Redifu redifu) {
    return new RedifuHealthIndicator(redifu);
  }
}
