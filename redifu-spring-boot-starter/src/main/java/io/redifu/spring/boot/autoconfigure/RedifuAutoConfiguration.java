package io.redifu.spring.boot.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.metrics.MicrometerMetrics;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A {@link Redifu} from {@link RedifuProperties} (and {@code spring.data.redis.*}), with the
 * application's {@link DataSource} for seeding and a {@link MetricsListener} bean, if there are
 * such beans. Backs off when the application defines its own {@code Redifu}. Generated caches are
 * not beans: create them in your own {@code @Bean} methods with {@code XCache.create(redifu)}.
 */
@AutoConfiguration(
    after = DataSourceAutoConfiguration.class,
    afterName =
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(Redifu.class)
// RedisProperties binds spring.data.redis.* without Spring Data Redis on the classpath
@EnableConfigurationProperties({RedifuProperties.class, RedisProperties.class})
public class RedifuAutoConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public Redifu redifu(
      RedifuProperties properties,
      RedisProperties springRedis,
      ObjectProvider<DataSource> dataSource,
      ObjectProvider<MetricsListener> metrics,
      ObjectProvider<RedifuBuilderCustomizer> customizers) {
    Redifu.Builder builder =
        Redifu.builder()
            .maxConnections(properties.getMaxConnections())
            .timeout(properties.getTimeout())
            .relationDepth(properties.getRelationDepth())
            .relationHints(properties.getRelationHints())
            .singleRoundTripReads(properties.isSingleRoundTripReads());
    RedisTarget.resolve(properties.getRedis(), springRedis).applyTo(builder);
    dataSource.ifUnique(builder::dataSource);
    metrics.ifUnique(builder::metrics);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  /** Reports to Micrometer when the application has a registry and no listener of its own. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  @ConditionalOnBean(MeterRegistry.class)
  static class MicrometerMetricsConfiguration {
    @Bean
    @ConditionalOnMissingBean(MetricsListener.class)
    MicrometerMetrics redifuMicrometerMetrics(MeterRegistry registry) {
      return new MicrometerMetrics(registry);
    }
  }
}
