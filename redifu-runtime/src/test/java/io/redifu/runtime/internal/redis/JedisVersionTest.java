package io.redifu.runtime.internal.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JedisVersionTest {
  @Test
  void runsOnTheJedisVersionsSpringBootManagesAndOurs() {
    for (String version : new String[] {"6.0.0", "6.2.0", "7.0.0", "7.2.1", "7.5.3", "7.9.99"}) {
      JedisVersion.of(version).requireSupported(); // does not throw
    }
  }

  @Test
  void refusesOlderNewerAndUnknownJedisNamingVersionsAndFix() {
    assertThatThrownBy(() -> JedisVersion.of("5.2.0").requireSupported())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the classpath has Jedis 5.2.0")
        .hasMessageContaining("Jedis 6.0.0 or a newer 6.x/7.x")
        .hasMessageContaining("set the Maven property jedis.version to 7.5.3")
        .hasMessageContaining("manage redis.clients:jedis 7.5.3");
    assertThatThrownBy(() -> JedisVersion.of("8.0.0").requireSupported())
        .hasMessageContaining("the classpath has Jedis 8.0.0");
    assertThatThrownBy(() -> JedisVersion.of(null).requireSupported())
        .hasMessageContaining("a Jedis that names no version");
    assertThatThrownBy(() -> JedisVersion.of("garbage").requireSupported())
        .hasMessageContaining("the classpath has Jedis garbage");
  }

  @Test
  void aPreReleaseCountsAsItsRelease() {
    JedisVersion.of("6.0.0-RC1").requireSupported();
    assertThat(JedisVersion.of("7.4.1-SNAPSHOT").hasClusterPipelinesOnExecutor()).isTrue();
    assertThatThrownBy(() -> JedisVersion.of("8.0.0-beta1").requireSupported())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void newerCallsAreUsedFromTheFirstVersionThatHasThem() {
    assertFeatures("6.0.0", false, false, false);
    assertFeatures("6.9.9", false, false, false);
    assertFeatures("7.0.0", true, false, false);
    assertFeatures("7.1.0", true, false, false);
    assertFeatures("7.2.0", true, true, false);
    assertFeatures("7.4.0", true, true, false);
    assertFeatures("7.4.1", true, true, true);
    assertFeatures("7.5.3", true, true, true);
    assertFeatures("10.0.0", true, true, true);
  }

  @Test
  void readsTheRunningVersionFromTheJedisJar() {
    assertThat(JedisVersion.running().found()).isEqualTo(JedisVersion.RECOMMENDED);
  }

  private static void assertFeatures(
      String version, boolean abstractPipelines, boolean clientClasses, boolean executorPipelines) {
    JedisVersion jedis = JedisVersion.of(version);
    assertThat(jedis.hasAbstractPipelines()).as(version).isEqualTo(abstractPipelines);
    assertThat(jedis.hasRedisClientClasses()).as(version).isEqualTo(clientClasses);
    assertThat(jedis.hasClusterPipelinesOnExecutor()).as(version).isEqualTo(executorPipelines);
  }
}
