package io.redifu.runtime.internal.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedisUrisTest {
  @Test
  void masksThePasswordAndKeepsTheRest() {
    assertThat(RedisUris.masked("redis://app:s3cret@host:6379/2"))
        .isEqualTo("redis://app:****@host:6379/2");
    assertThat(RedisUris.masked("rediss://:s3cret@host:6380"))
        .isEqualTo("rediss://:****@host:6380");
    assertThat(RedisUris.masked("redis://host:6379")).isEqualTo("redis://host:6379");
  }

  @Test
  void masksALoneNameBeforeTheHostWhole() {
    assertThat(RedisUris.masked("redis://s3cret@host:6379")).isEqualTo("redis://****@host:6379");
  }

  @Test
  void masksUpToTheLastAtOfMalformedText() {
    assertThat(RedisUris.masked("redis://app:p@ss:w@rd@host:6379 x"))
        .isEqualTo("redis://app:****@host:6379 x");
    assertThat(RedisUris.masked("app:s3cret@host")).isEqualTo("app:****@host");
    assertThat(RedisUris.masked(null)).isNull();
  }
}
