package io.redifu.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.util.JedisURIHelper;

class RedisConnectionsTest {
  private static final String SECRET = "Pw" + Long.toHexString(System.nanoTime());

  private final RedifuProperties.Redis redifu = new RedifuProperties.Redis();
  private final SpringDataRedisSettings spring = new SpringDataRedisSettings();

  private RedisTarget resolve() {
    return RedisConnections.resolve(redifu, null, spring, null).target();
  }

  @Test
  void springDefaultsMeanLocalhost() {
    assertThat(resolve()).isEqualTo(new RedisTarget.Standalone("redis://localhost:6379/0"));
  }

  @Test
  void credentialsSurviveCharactersThatMeanSomethingInAUrl() {
    spring.setHost("redis.internal");
    spring.setPort(6380);
    spring.setUsername("app");
    spring.setPassword("p@ss:w/rd%");
    spring.setDatabase(2);
    spring.getSsl().setEnabled(true);
    String url = ((RedisTarget.Standalone) resolve()).url();
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
    URI uri = URI.create(((RedisTarget.Standalone) resolve()).url());
    assertThat(JedisURIHelper.getUser(uri)).isNull();
    assertThat(JedisURIHelper.getPassword(uri)).isEqualTo("secret");
  }

  @Test
  void aUrlTakesTlsFromSslEnabled() {
    spring.setUrl("redis://cache.internal:6379/1");
    spring.getSsl().setEnabled(true);
    assertThat(resolve()).isEqualTo(new RedisTarget.Standalone("rediss://cache.internal:6379/1"));
  }

  @Test
  void clusterNodesWinOverHostAndUrl() {
    spring.setUrl("redis://elsewhere:6379");
    spring.getCluster().setNodes(List.of("10.0.0.1:7000", "10.0.0.2:7000"));
    assertThat(resolve())
        .isEqualTo(new RedisTarget.Cluster(List.of("10.0.0.1:7000", "10.0.0.2:7000")));
  }

  @Test
  void clusterCredentialsAndSslComeFromSpringDataRedis() {
    spring.getCluster().setNodes(List.of("10.0.0.1:7000"));
    spring.setUsername("app");
    spring.setPassword("secret");
    spring.getSsl().setEnabled(true);
    RedisTarget target = resolve();
    assertThat(target)
        .isEqualTo(new RedisTarget.Cluster(List.of("10.0.0.1:7000"), "app", "secret", true));
    assertThat(target.toString()).doesNotContain("secret");
  }

  @Test
  void sentinelMasterNodesAndCredentialsComeFromSpringDataRedis() {
    spring.getSentinel().setMaster("mymaster");
    spring.getSentinel().setNodes(List.of("10.0.0.1:26379", "10.0.0.2:26379"));
    spring.setUsername("app");
    spring.setPassword("secret");

    RedisTarget target = resolve();

    assertThat(target)
        .isEqualTo(
            new RedisTarget.Sentinel(
                "mymaster", List.of("10.0.0.1:26379", "10.0.0.2:26379"), "app", "secret"));
    assertThat(target.toString()).doesNotContain("secret");
  }

  @Test
  void sentinelSettingsTheBuilderCannotHonourAreRefused() {
    spring.getSentinel().setMaster("mymaster");
    spring.getSentinel().setNodes(List.of("10.0.0.1:26379"));
    spring.setDatabase(3);

    assertThatThrownBy(this::resolve)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a database other than 0 through Sentinel")
        .hasMessageContaining("Redifu.builder().redis(JedisSentineled)");
  }

  @Test
  void redifuUrlWinsOverEverything() {
    redifu.setUrl("redis://mine:6379");
    spring.getCluster().setNodes(List.of("10.0.0.1:7000"));
    BootRedisConnectionDetails details =
        (ssl, bundle) -> RedisConnections.standalone("details", 6379, 0, null, null, ssl, bundle);
    assertThat(RedisConnections.resolve(redifu, details, spring, null).target())
        .isEqualTo(new RedisTarget.Standalone("redis://mine:6379"));
  }

  @Test
  void connectionDetailsWinOverSpringDataRedisAndHearItsTlsSetting() {
    spring.setHost("from-properties");
    spring.getSsl().setEnabled(true);
    BootRedisConnectionDetails details =
        (ssl, bundle) -> RedisConnections.standalone("details", 6390, 1, null, null, ssl, bundle);
    assertThat(RedisConnections.resolve(redifu, details, spring, null).target())
        .isEqualTo(new RedisTarget.Standalone("rediss://details:6390/1"));
  }

  @Test
  void aNamedSslBundleNeedsBootsSslBundles() {
    spring.getSsl().setBundle("redis");
    assertThatThrownBy(this::resolve)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("spring.data.redis.ssl.bundle=redis needs Spring Boot's SslBundles");
  }

  @Test
  void aStandaloneTargetNeverShowsItsPassword() {
    redifu.setUrl("redis://app:" + SECRET + "@redis.internal:6379/0");
    RedisTarget target = resolve();

    assertThat(target.toString()).doesNotContain(SECRET).contains("app:****@redis.internal");
    assertThat(redifu.toString()).doesNotContain(SECRET);
  }

  @Test
  void aHostThatIsNoHostNameIsRefusedWithoutThePassword() {
    spring.setHost("bad host");
    spring.setUsername("app");
    spring.setPassword(SECRET);

    assertThatThrownBy(this::resolve)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"bad host\"")
        .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(SECRET));
  }

  /** The whole chain as printed: messages, causes and suppressed exceptions. */
  public static String stackTrace(Throwable e) {
    StringWriter printed = new StringWriter();
    e.printStackTrace(new PrintWriter(printed));
    return printed.toString();
  }
}
