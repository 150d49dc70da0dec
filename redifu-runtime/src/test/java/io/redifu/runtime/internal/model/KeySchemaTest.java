package io.redifu.runtime.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.util.JedisClusterCRC16;

class KeySchemaTest {
  private static final String FEED = "feed:user:42:posts";

  @Test
  void everyPositionHasItsOwnKey() {
    assertThat(KeySchema.of(FEED).lock(KeySchema.WHOLE)).isEqualTo("{feed:user:42:posts}:lock");
    assertThat(KeySchema.of(FEED).lock(KeySchema.after("Ab3")))
        .isEqualTo("{feed:user:42:posts}:lock:after:Ab3");
    assertThat(KeySchema.of(FEED).lock(KeySchema.after("a:b{c}")))
        .isEqualTo("{feed:user:42:posts}:lock:after:a%3Ab%7Bc%7D");
    assertThat(KeySchema.of(FEED).lock(KeySchema.page(2)))
        .isEqualTo("{feed:user:42:posts}:lock:page:2");
    assertThat(KeySchema.of(FEED).lock(KeySchema.range(-5, 10)))
        .isEqualTo("{feed:user:42:posts}:lock:range:-5:10");
  }

  @Test
  void everyLockSharesItsCollectionsSlot() {
    int slot = JedisClusterCRC16.getSlot(KeySchema.of(FEED).zset());
    for (String position :
        List.of(
            KeySchema.WHOLE, KeySchema.after("x{y}z"), KeySchema.page(7), KeySchema.range(1, 2))) {
      assertThat(JedisClusterCRC16.getSlot(KeySchema.of(FEED).lock(position))).isEqualTo(slot);
    }
  }
}
