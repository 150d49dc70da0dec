package io.redifu.runtime.internal.redis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;

class PipelinesTest {
  private static final HostAndPort NOWHERE = new HostAndPort("127.0.0.1", 1); // never connected

  @Test
  @SuppressWarnings("deprecation") // a plain UnifiedJedis, as a caller may build one; JedisPooled
  void onJedis6TakesOnlyTheClientsWhosePipelineItCanOpen() {
    try (UnifiedJedis plain = new UnifiedJedis(NOWHERE);
        JedisPooled pooled = new JedisPooled(NOWHERE.getHost(), NOWHERE.getPort())) {
      Pipelines.requireOpenable(pooled, JedisVersion.of("6.0.0"));
      Pipelines.requireOpenable(plain, JedisVersion.of("7.0.0"));
      assertThatThrownBy(() -> Pipelines.requireOpenable(plain, JedisVersion.of("6.0.0")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("On Jedis 6.0.0, redis(UnifiedJedis) takes a JedisPooled")
          .hasMessageContaining("got a redis.clients.jedis.UnifiedJedis")
          .hasMessageContaining("jedis.version to 7.5.3");
    }
  }
}
