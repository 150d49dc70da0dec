package io.redifu.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.util.JedisClusterCRC16;

class SeedLockTest {
  private static final String FEED = "feed:user:42:posts";

  @Test
  void everyPositionHasItsOwnKey() {
    assertThat(SeedLock.key(FEED, SeedLock.WHOLE)).isEqualTo("{feed:user:42:posts}:lock");
    assertThat(SeedLock.key(FEED, SeedLock.after("Ab3")))
        .isEqualTo("{feed:user:42:posts}:lock:after:Ab3");
    assertThat(SeedLock.key(FEED, SeedLock.after("a:b{c}")))
        .isEqualTo("{feed:user:42:posts}:lock:after:a%3Ab%7Bc%7D");
    assertThat(SeedLock.key(FEED, SeedLock.page(2))).isEqualTo("{feed:user:42:posts}:lock:page:2");
    assertThat(SeedLock.key(FEED, SeedLock.range(-5, 10)))
        .isEqualTo("{feed:user:42:posts}:lock:range:-5:10");
  }

  @Test
  void everyLockSharesItsCollectionsSlot() {
    int slot = JedisClusterCRC16.getSlot(CollectionKeys.of(FEED).zset());
    for (String position :
        List.of(SeedLock.WHOLE, SeedLock.after("x{y}z"), SeedLock.page(7), SeedLock.range(1, 2))) {
      assertThat(JedisClusterCRC16.getSlot(SeedLock.key(FEED, position))).isEqualTo(slot);
    }
  }
}
