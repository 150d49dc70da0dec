package io.redifu.spring.boot3;

import io.redifu.runtime.Redifu;
import io.redifu.spring.boot.BootRedisConnectionDetails;
import io.redifu.spring.boot.RedifuAutoConfigurationSupport;
import io.redifu.spring.boot.RedifuMicrometerConfiguration;
import io.redifu.spring.boot.RedifuProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.data.redis.RedisConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The {@link Redifu} bean on Spring Boot 3.5 (see {@link RedifuAutoConfigurationSupport}), after
 * the auto-configurations whose beans it uses: the DataSource, Spring Data Redis's connection
 * details (when the application has Spring Data Redis), the SSL bundles and the meter registry.
 * Generated caches are not beans: create them in your own {@code @Bean} methods with {@code
 * XCache.create(redifu)}.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
      "org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration",
      "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"
    })
@ConditionalOnClass(Redifu.class)
@EnableConfigurationProperties(RedifuProperties.class)
@Import(RedifuMicrometerConfiguration.class)
public class RedifuAutoConfiguration extends RedifuAutoConfigurationSupport {

  /** Boot 3.5's {@code RedisConnectionDetails}, when the application has one. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnSingleCandidate(RedisConnectionDetails.class)
  static class ConnectionDetailsConfiguration {
    @Bean
    BootRedisConnectionDetails redifuBootRedisConnectionDetails(RedisConnectionDetails details) {
      return (ssl, bundle) -> Boot3ConnectionDetails.connection(details, ssl, bundle);
    }
  }
}
