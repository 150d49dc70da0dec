package io.redifu.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class SpringDataRedisSettingsTest {
  @Test
  void bindsSpringDataRedisWithRelaxedNamesAndBootsDefaults() {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "test",
                Map.of(
                    "spring.data.redis.cluster.nodes", "10.0.0.1:7000,10.0.0.2:7000",
                    "spring.data.redis.ssl.bundle", "redis",
                    "spring.data.redis.sentinel.master", "mymaster",
                    "SPRING_DATA_REDIS_DATABASE", "4")));

    SpringDataRedisSettings settings = SpringDataRedisSettings.bind(environment);

    assertThat(settings.getCluster().getNodes()).containsExactly("10.0.0.1:7000", "10.0.0.2:7000");
    assertThat(settings.getSsl().getBundle()).isEqualTo("redis");
    assertThat(settings.sslRequested()).isTrue();
    assertThat(settings.getSentinel().getMaster()).isEqualTo("mymaster");
    assertThat(settings.getHost()).isEqualTo("localhost");
    assertThat(settings.getPort()).isEqualTo(6379);
  }

  @Test
  void nothingSetMeansBootsDefaults() {
    SpringDataRedisSettings settings = SpringDataRedisSettings.bind(new StandardEnvironment());
    assertThat(settings.sslRequested()).isFalse();
    assertThat(settings.getCluster().getNodes()).isEmpty();
    assertThat(settings.getDatabase()).isZero();
  }
}
