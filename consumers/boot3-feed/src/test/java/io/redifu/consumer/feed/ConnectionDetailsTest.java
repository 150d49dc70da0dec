package io.redifu.consumer.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.runtime.Redifu;
import io.redifu.testing.LocalServices;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.data.redis.RedisConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import redis.clients.jedis.Protocol;

/**
 * A {@link RedisConnectionDetails} bean (as {@code @ServiceConnection} or Docker Compose would
 * define) points at the real Redis while {@code spring.data.redis.*} points at a closed port:
 * redifu connects where the bean says.
 */
@SpringBootTest(properties = "redifu.redis.url=") // hides REDIFU_REDIS_URL, which binds here too
class ConnectionDetailsTest {
  private static final int DATABASE = 9;

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry registry) throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    int deadPort = closed;
    registry.add("spring.data.redis.host", () -> "127.0.0.1");
    registry.add("spring.data.redis.port", () -> deadPort);
    registry.add("spring.datasource.url", LocalServices::jdbcUrl);
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class RealRedis {
    @Bean
    RedisConnectionDetails redisConnectionDetails() {
      URI redis = URI.create(LocalServices.redisUrl());
      return new RedisConnectionDetails() {
        @Override
        public Standalone getStandalone() {
          return Standalone.of(redis.getHost(), redis.getPort(), DATABASE);
        }
      };
    }
  }

  @Autowired Redifu redifu;

  @Test
  void redifuConnectsWhereTheConnectionDetailsSay() {
    Object info = redifu.client().sendCommand(Protocol.Command.CLIENT, "INFO");
    assertThat(new String((byte[]) info, StandardCharsets.UTF_8)).contains("db=" + DATABASE);
  }
}
