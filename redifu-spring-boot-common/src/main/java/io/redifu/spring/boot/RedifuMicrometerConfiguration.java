package io.redifu.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.metrics.MicrometerMetrics;
import io.redifu.runtime.metrics.RedifuPoolMetrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reports to Micrometer when the application has a registry: operations through {@link
 * MicrometerMetrics} (unless the application has a {@link MetricsListener} of its own), and the
 * connection pool through {@link RedifuPoolMetrics}, which Spring Boot binds as a {@code
 * MeterBinder}. Imported by each starter's auto-configuration, which runs after its line's
 * registry.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class RedifuMicrometerConfiguration {
  @Bean
  @ConditionalOnMissingBean(MetricsListener.class)
  public MicrometerMetrics redifuMicrometerMetrics(MeterRegistry registry) {
    return new MicrometerMetrics(registry);
  }

  /**
   * The pool gauges of the application's {@code Redifu}, if it has exactly one. Spring Boot binds
   * {@code MeterBinder}s once every singleton exists, so asking for the {@code Redifu} then is no
   * cycle through the registry it reports to.
   */
  @Bean
  @ConditionalOnMissingBean(name = "redifuPoolMetrics")
  public MeterBinder redifuPoolMetrics(ObjectProvider<Redifu> redifu) {
    return registry -> redifu.ifUnique(unique -> new RedifuPoolMetrics(unique).bindTo(registry));
  }
}
