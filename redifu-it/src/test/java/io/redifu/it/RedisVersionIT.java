package io.redifu.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.testing.LocalServices;
import io.redifu.testing.ServiceSource;
import java.net.URI;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * The Redis the suites of this test JVM talk to: one redifu supports (6.2 or later), and in the
 * failsafe execution {@code redis-6.2}, which sets {@code redifu.it.redis-version}, the embedded
 * Redis of that version, so that the suites run there really ran on the oldest supported Redis.
 */
class RedisVersionIT {
  private static final String EXPECTED = System.getProperty("redifu.it.redis-version");

  @Test
  void theSuitesTalkToASupportedRedisAndToTheVersionThisExecutionAsksFor() {
    String version;
    try (Jedis jedis = new Jedis(URI.create(LocalServices.redisUrl()))) {
      version = AclRules.version(jedis);
    }
    String[] parts = version.split("\\.");
    int majorMinor = Integer.parseInt(parts[0]) * 100 + Integer.parseInt(parts[1]);

    assertThat(majorMinor)
        .as("redis_version %s: redifu needs 6.2 or later", version)
        .isGreaterThanOrEqualTo(602);
    if (EXPECTED != null) {
      assertThat(version).as("redis_version in this execution").startsWith(EXPECTED + ".");
      assertThat(LocalServices.redisSource()).isEqualTo(ServiceSource.EMBEDDED);
    }
  }
}
