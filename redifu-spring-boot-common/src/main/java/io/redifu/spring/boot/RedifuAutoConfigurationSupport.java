package io.redifu.spring.boot;

import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.Redifu;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The {@link Redifu} bean, the same on every Spring Boot line: from {@link RedifuProperties}, the
 * {@link RedisConnection} {@link RedisConnections} resolves, the application's {@link DataSource}
 * for seeding and {@link MetricsListener}, then its {@link RedifuBuilderCustomizer}s. Backs off
 * when the application defines its own {@code Redifu}. Each starter's auto-configuration extends
 * this class, ordered after that line's DataSource, Redis and metrics auto-configurations.
 */
public abstract class RedifuAutoConfigurationSupport {
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public Redifu redifu(
      RedifuProperties properties,
      Environment environment,
      ObjectProvider<BootRedisConnectionDetails> connectionDetails,
      ObjectProvider<SslBundles> sslBundles,
      ObjectProvider<DataSource> dataSource,
      ObjectProvider<MetricsListener> metrics,
      ObjectProvider<RedifuBuilderCustomizer> customizers) {
    Redifu.Builder builder =
        Redifu.builder()
            .maxConnections(properties.getMaxConnections())
            .timeout(properties.getTimeout())
            .relationDepth(properties.getRelationDepth())
            .relationHints(properties.getRelationHints())
            .singleRoundTripReads(properties.isSingleRoundTripReads())
            .reloadUndecodableDocuments(properties.isReloadUndecodableDocuments());
    RedisConnections.resolve(
            properties.getRedis(),
            connectionDetails.getIfUnique(),
            SpringDataRedisSettings.bind(environment),
            sslBundles.getIfAvailable())
        .applyTo(builder);
    dataSource.ifUnique(builder::dataSource);
    metrics.ifUnique(builder::metrics);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }
}
