package io.redifu.runtime.internal.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.runtime.Redifu;
import io.redifu.testing.LocalServices;
import org.junit.jupiter.api.Test;

/**
 * The Jedis this run has, as the pom's failsafe executions put it on the classpath: the one the
 * tests compile with, those Spring Boot manages, and one too old, which {@code build()} refuses.
 */
class JedisVersionIT {
  private static final String EXPECTED = System.getProperty("redifu.it.jedis");
  private static final boolean SUPPORTED =
      Boolean.parseBoolean(System.getProperty("redifu.it.jedis.supported", "true"));

  @Test
  void runsOnTheJedisThisExecutionPutsOnTheClasspath() {
    assertThat(EXPECTED).as("redifu.it.jedis, set in the pom").isNotBlank();
    assertThat(JedisVersion.running().found()).isEqualTo(EXPECTED);
  }

  @Test
  void buildOpensRedisOnASupportedJedisAndNamesTheFixOnAnOther() {
    Redifu.Builder builder = Redifu.builder().redis(LocalServices.redisUrl());
    if (SUPPORTED) {
      try (Redifu redifu = builder.build()) {
        assertThat(redifu.client().ping()).isEqualTo("PONG");
      }
    } else {
      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("the classpath has Jedis " + EXPECTED)
          .hasMessageContaining("redifu needs Jedis 6.0.0 or a newer 6.x/7.x")
          .hasMessageContaining("set the Maven property jedis.version to");
    }
  }
}
