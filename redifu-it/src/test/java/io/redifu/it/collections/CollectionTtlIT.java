package io.redifu.it.collections;

import static io.redifu.it.collections.Fixtures.TTL;
import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.annotation.Order;
import io.redifu.it.domain.Post;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.PageStore;
import io.redifu.runtime.internal.SortedStore;
import io.redifu.runtime.internal.TimelineStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/**
 * TTL 0 means no expiry on every key of a collection, even on keys that had a TTL before (they are
 * PERSISTed); a positive TTL reaches every key every write touches.
 */
class CollectionTtlIT {
  private static Redifu redifu;
  private static UnifiedJedis jedis;
  private final String tag = BaseRecord.newRandId().substring(0, 6);
  private final List<String> ids = new ArrayList<>();
  private final List<String> names = new ArrayList<>();

  @BeforeAll
  static void connect() {
    redifu = Fixtures.connect();
    jedis = redifu.client();
  }

  @AfterAll
  static void close() {
    redifu.close();
  }

  @AfterEach
  void cleanUp() {
    names.forEach(name -> Fixtures.deleteCollection(jedis, name));
    Fixtures.deleteDocuments(jedis, ids);
  }

  @Test
  void timelineWithTtlZeroPersistsZsetAndMeta() {
    String name = name();
    TimelineStore<Post> expiring = Fixtures.timeline(redifu, Order.DESC, 3, TTL);
    TimelineStore<Post> immortal = Fixtures.timeline(redifu, Order.DESC, 3, 0);
    List<Post> posts = posts(6);
    assertThat(expiring.ingest(name, posts.subList(0, 3), true, false, "")).isTrue();
    assertExpire(name, "", ":meta");

    assertThat(immortal.ingest(name, posts.subList(3, 6), false, true, "")).isTrue();
    assertPersistent(name, "", ":meta");
    expireNow(name, "", ":meta");
    immortal.add(post(100), name);
    assertPersistent(name, "", ":meta");
    expireNow(name, "", ":meta");
    immortal.remove(posts.get(0).getRandId(), name);
    assertPersistent(name, "", ":meta");
    expireNow(name, "", ":meta");
    assertThat(immortal.ingest(name, posts.subList(0, 1), true, false, "")).isTrue();
    assertPersistent(name, "", ":meta");

    expiring.add(post(101), name);
    assertExpire(name, "", ":meta");
  }

  @Test
  void sortedWithTtlZeroPersistsZsetAndMeta() {
    String name = name();
    SortedStore<Post> expiring = Fixtures.sorted(redifu, TTL);
    SortedStore<Post> immortal = Fixtures.sorted(redifu, 0);
    List<Post> posts = posts(4);
    assertThat(expiring.ingest(name, posts, "")).isTrue();
    assertExpire(name, "", ":meta");
    assertThat(immortal.ingest(name, posts, "")).isTrue();
    assertPersistent(name, "", ":meta");
    expireNow(name, "", ":meta");
    immortal.add(post(100), name);
    assertPersistent(name, "", ":meta");
    expireNow(name, "", ":meta");
    immortal.remove(posts.get(0).getRandId(), name);
    assertPersistent(name, "", ":meta");
    expiring.remove(posts.get(1).getRandId(), name);
    assertExpire(name, "", ":meta");
  }

  @Test
  void pagesWithTtlZeroPersistEveryKey() {
    String name = name();
    PageStore<Post> expiring = Fixtures.pages(redifu, Order.DESC, 2, TTL);
    PageStore<Post> immortal = Fixtures.pages(redifu, Order.DESC, 2, 0);
    List<Post> posts = posts(4);
    assertThat(expiring.ingest(name, 1, posts.subList(0, 2), "")).isTrue();
    assertExpire(name, ":meta", ":pages");

    assertThat(immortal.ingest(name, 2, posts.subList(2, 4), "")).isTrue();
    assertPersistent(name, ":meta", ":pages");
    expireNow(name, ":meta", ":pages");
    assertThat(immortal.ingest(name, 3, List.of(), "")).isTrue();
    assertPersistent(name, ":meta", ":pages");
    expireNow(name, ":meta");
    immortal.add(post(100), name); // drops the pages; meta stays, without expiry
    assertPersistent(name, ":meta");
    assertThat(jedis.exists("{" + name + "}:pages")).isFalse();

    assertThat(expiring.ingest(name, 1, posts.subList(0, 2), "1")).isTrue();
    assertExpire(name, ":meta", ":pages");
    expiring.remove(posts.get(0).getRandId(), name);
    assertExpire(name, ":meta");
  }

  private String name() {
    String name = Fixtures.collection("ttl");
    names.add(name);
    return name;
  }

  private List<Post> posts(int count) {
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      posts.add(post(count - i));
    }
    return posts;
  }

  private Post post(long offset) {
    Post post = Fixtures.post("ttl-" + ids.size() + "-" + tag, offset);
    ids.add(post.getRandId());
    return post;
  }

  /** Gives keys a TTL, as an earlier write with a positive TTL would have. */
  private static void expireNow(String name, String... suffixes) {
    for (String suffix : suffixes) {
      assertThat(jedis.pexpire("{" + name + "}" + suffix, 50_000)).isEqualTo(1);
    }
  }

  private static void assertPersistent(String name, String... suffixes) {
    for (String suffix : suffixes) {
      String key = "{" + name + "}" + suffix;
      assertThat(jedis.exists(key)).as("%s exists", key).isTrue();
      assertThat(jedis.pttl(key)).as("PTTL of %s", key).isEqualTo(-1L);
    }
  }

  private static void assertExpire(String name, String... suffixes) {
    for (String suffix : suffixes) {
      Fixtures.assertExpires(jedis, "{" + name + "}" + suffix, TTL);
    }
  }
}
