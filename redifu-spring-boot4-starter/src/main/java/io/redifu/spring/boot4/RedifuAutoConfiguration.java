package io.redifu.spring.boot4;

import io.redifu.runtime.Redifu;
import io.redifu.spring.boot.BootRedisConnectionDetails;
import io.redifu.spring.boot.RedifuAutoConfigurationSupport;
import io.redifu.spring.boot.RedifuMicrometerConfiguration;
import io.redifu.spring.boot.RedifuProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The {@link Redifu} bean on Spring Boot 4 (see {@link RedifuAutoConfigurationSupport}), after the
 * auto-configurations whose beans it uses: the DataSource, Boot's Redis connection details (when
 * the application has {@code spring-boot-data-redis}), the SSL bundles and the meter registry.
 * Generated caches are not beans: create them in your own {@code @Bean} methods with {@code
 * XCache.create(redifu)}.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
      "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
    })
@ConditionalOnClass(Redifu.class)
@EnableConfigurationProperties(RedifuProperties.class)
@Import(RedifuMicrometerConfiguration.class)
public class RedifuAutoConfiguration extends RedifuAutoConfigurationSupport {

  /** Boot 4's {@code DataRedisConnectionDetails}, when the application has one. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(
      name = "org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails")
  @ConditionalOnSingleCandidate(DataRedisConnectionDetails.class)
  static class ConnectionDetailsConfiguration {
    @Bean
    BootRedisConnectionDetails redifuBootRedisConnectionDetails(
        DataRedisConnectionDetails details) {
      return (ssl, bundle) -> Boot4ConnectionDetails.connection(details, ssl, bundle);
    }
  }
}
