package io.redifu.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;
import redis.clients.jedis.util.JedisURIHelper;

class RedisTargetTest {
  private static final String SECRET = "Pw" + Long.toHexString(System.nanoTime());

  private final RedifuProperties.Redis redifu = new RedifuProperties.Redis();
  private final RedisProperties spring = new RedisProperties();

  @Test
  void springDefaultsMeanLocalhost() {
    assertThat(RedisTarget.resolve(redifu, spring))
        .isEqualTo(new RedisTarget.Standalone("redis://localhost:6379/0"));
  }

  @Test
  void credentialsSurviveCharactersThatMeanSomethingInAUrl() {
    spring.setHost("redis.internal");
    spring.setPort(6380);
    spring.setUsername("app");
    spring.setPassword("p@ss:w/rd%");
    spring.setDatabase(2);
    spring.getSsl().setEnabled(true);
    String url = ((RedisTarget.Standalone) RedisTarget.resolve(redifu, spring)).url();
    URI uri = URI.create(url);
    assertThat(url).startsWith("rediss://");
    assertThat(JedisURIHelper.getUser(uri)).isEqualTo("app");
    assertThat(JedisURIHelper.getPassword(uri)).isEqualTo("p@ss:w/rd%");
    assertThat(JedisURIHelper.getHostAndPort(uri).toString()).isEqualTo("redis.internal:6380");
    assertThat(JedisURIHelper.getDBIndex(uri)).isEqualTo(2);
  }

  @Test
  void aPasswordWithoutUsernameIsTheDefaultUsers() {
    spring.setPassword("secret");
    URI uri = URI.create(((RedisTarget.Standalone) RedisTarget.resolve(redifu, spring)).url());
    assertThat(JedisURIHelper.getUser(uri)).isNull();
    assertThat(JedisURIHelper.getPassword(uri)).isEqualTo("secret");
  }

  @Test
  void clusterNodesWinOverHostAndUrl() {
    spring.setUrl("redis://elsewhere:6379");
    RedisProperties.Cluster cluster = new RedisProperties.Cluster();
    cluster.setNodes(List.of("10.0.0.1:7000", "10.0.0.2:7000"));
    spring.setCluster(cluster);
    assertThat(RedisTarget.resolve(redifu, spring))
        .isEqualTo(new RedisTarget.Cluster(List.of("10.0.0.1:7000", "10.0.0.2:7000")));
  }

  @Test
  void clusterCredentialsAndSslComeFromSpringDataRedis() {
    RedisProperties.Cluster cluster = new RedisProperties.Cluster();
    cluster.setNodes(List.of("10.0.0.1:7000"));
    spring.setCluster(cluster);
    spring.setUsername("app");
    spring.setPassword("secret");
    spring.getSsl().setEnabled(true);
    RedisTarget target = RedisTarget.resolve(redifu, spring);
    assertThat(target)
        .isEqualTo(new RedisTarget.Cluster(List.of("10.0.0.1:7000"), "app", "secret", true));
    assertThat(target.toString()).doesNotContain("secret");
  }

  @Test
  void sentinelMasterNodesAndCredentialsComeFromSpringDataRedis() {
    RedisProperties.Sentinel sentinel = new RedisProperties.Sentinel();
    sentinel.setMaster("mymaster");
    sentinel.setNodes(List.of("10.0.0.1:26379", "10.0.0.2:26379"));
    spring.setSentinel(sentinel);
    spring.setUsername("app");
    spring.setPassword("secret");

    RedisTarget target = RedisTarget.resolve(redifu, spring);

    assertThat(target)
        .isEqualTo(
            new RedisTarget.Sentinel(
                "mymaster", List.of("10.0.0.1:26379", "10.0.0.2:26379"), "app", "secret"));
    assertThat(target.toString()).doesNotContain("secret");
  }

  @Test
  void sentinelSettingsTheBuilderCannotHonourAreRefused() {
    RedisProperties.Sentinel sentinel = new RedisProperties.Sentinel();
    sentinel.setMaster("mymaster");
    sentinel.setNodes(List.of("10.0.0.1:26379"));
    spring.setSentinel(sentinel);
    spring.setDatabase(3);

    assertThatThrownBy(() -> RedisTarget.resolve(redifu, spring))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a database other than 0 through Sentinel")
        .hasMessageContaining("Redifu.builder().redis(RedisSentinelClient)");
  }

  @Test
  void redifuUrlWinsOverEverything() {
    redifu.setUrl("redis://mine:6379");
    RedisProperties.Cluster cluster = new RedisProperties.Cluster();
    cluster.setNodes(List.of("10.0.0.1:7000"));
    spring.setCluster(cluster);
    assertThat(RedisTarget.resolve(redifu, spring))
        .isEqualTo(new RedisTarget.Standalone("redis://mine:6379"));
  }

  @Test
  void aStandaloneTargetNeverShowsItsPassword() {
    redifu.setUrl("redis://app:" + SECRET + "@redis.internal:6379/0");
    RedisTarget target = RedisTarget.resolve(redifu, spring);

    assertThat(target.toString()).doesNotContain(SECRET).contains("app:****@redis.internal");
    assertThat(redifu.toString()).doesNotContain(SECRET);
  }

  @Test
  void aHostThatIsNoHostNameIsRefusedWithoutThePassword() {
    spring.setHost("bad host");
    spring.setUsername("app");
    spring.setPassword(SECRET);

    assertThatThrownBy(() -> RedisTarget.resolve(redifu, spring))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"bad host\"")
        .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(SECRET));
  }

  /** The whole chain as printed: messages, causes and suppressed exceptions. */
  static String stackTrace(Throwable e) {
    StringWriter printed = new StringWriter();
    e.printStackTrace(new PrintWriter(printed));
    return printed.toString();
  }
}
