package io.redifu.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.metrics.MicrometerMetrics;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reports to Micrometer when the application has a registry and no {@link MetricsListener} of its
 * own. Imported by each starter's auto-configuration, which runs after its line's registry.
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
}
