package io.redifu.it.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.redifu.annotation.Order;
import io.redifu.it.SharedCluster;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostCodec;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.PageStore;
import io.redifu.runtime.internal.SortedStore;
import io.redifu.runtime.internal.TimelineStore;
import io.redifu.runtime.internal.model.CollectionSpec;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.PagedSpec;
import io.redifu.runtime.internal.model.Scores;
import io.redifu.testing.LocalServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import redis.clients.jedis.UnifiedJedis;

/**
 * Shared pieces of the collection tests: stores built directly on the runtime (as generated code
 * will build them), posts with chosen ids and scores, the tie order of Redis, and clean-up.
 */
final class Fixtures {
  /**
   * Scores are epoch microseconds around this instant; tests use small offsets to force ties, so
   * most items share a millisecond and many share a microsecond.
   */
  static final long BASE = 1_700_000_000_000_000L;

  static final long TTL = 60_000;

  static final ToDoubleFunction<Post> SCORE = p -> Scores.of(p.getCreatedAt(), "createdAt");

  /** Id symbols: ASCII of every class, and non-ASCII whose UTF-16 and UTF-8 orders disagree. */
  private static final String[] SYMBOLS = {"A", "a", "b", "0", "é", "ﬀ", "𝄞"};

  private Fixtures() {}

  /** The test Redis, or the shared cluster when the suites run on one (SharedCluster). */
  static Redifu connect() {
    if (SharedCluster.enabled()) {
      return Redifu.builder().cluster(SharedCluster.seed()).build();
    }
    return Redifu.builder().redis(LocalServices.redisUrl()).build();
  }

  static EntitySpec<Post> entity() {
    return EntitySpec.builder(PostCodec.create(), PostCache::key)
        .ttlMillis(PostCache.TTL_MILLIS)
        .build();
  }

  static TimelineStore<Post> timeline(Redifu redifu, Order order, int perPage, long ttl) {
    return TimelineStore.create(
        redifu,
        entity(),
        PagedSpec.<Post>pagedBuilder("PostTimelineCache")
            .scoredByTime(SCORE, "createdAt")
            .perPage(perPage)
            .order(order)
            .ttlMillis(ttl)
            .build());
  }

  static SortedStore<Post> sorted(Redifu redifu, long ttl) {
    return SortedStore.create(
        redifu,
        entity(),
        CollectionSpec.<Post>builder("PostSortedCache")
            .scoredByTime(SCORE, "createdAt")
            .ttlMillis(ttl)
            .build());
  }

  static PageStore<Post> pages(Redifu redifu, Order order, int perPage, long ttl) {
    return PageStore.create(
        redifu,
        entity(),
        PagedSpec.<Post>pagedBuilder("PostPageCache")
            .scoredByTime(SCORE, "createdAt")
            .perPage(perPage)
            .order(order)
            .ttlMillis(ttl)
            .build());
  }

  /** A fresh collection name, so concurrent runs never share keys. */
  static String collection(String kind) {
    return "it:coll:" + kind + ":" + BaseRecord.newRandId();
  }

  /** A short id prefix from {@code code}: 1–3 symbols, so ids often share prefixes. */
  static String core(int code) {
    StringBuilder id = new StringBuilder();
    int v = Math.abs(code / 3);
    for (int i = 0; i <= Math.abs(code % 3); i++) {
      id.append(SYMBOLS[v % SYMBOLS.length]);
      v /= SYMBOLS.length;
    }
    return id.toString();
  }

  /** The instant {@code offset} microseconds after {@link #BASE}. */
  static Instant at(long offset) {
    return Scores.instant(BASE + offset);
  }

  /** How many microseconds after {@link #BASE} {@code post} was created. */
  static long offset(Post post) {
    return (long) Scores.of(post.getCreatedAt(), "createdAt") - BASE;
  }

  static Post post(String randId, long offset) {
    Post post = new Post();
    post.setRandId(randId);
    post.setCreatedAt(at(offset));
    post.setUpdatedAt(post.getCreatedAt());
    post.setTitle("t" + offset);
    return post;
  }

  /** Redis's tie order: ids compared as UTF-8 bytes, unsigned. */
  static int compareIds(String a, String b) {
    return Arrays.compareUnsigned(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /** An id with its score, ordered as a Redis zset orders its members (ascending). */
  record Item(String id, double score) {
    static final Comparator<Item> ASCENDING =
        Comparator.comparingDouble(Item::score).thenComparing(Item::id, Fixtures::compareIds);

    static Item of(Post post) {
      return new Item(post.getRandId(), SCORE.applyAsDouble(post));
    }

    static Comparator<Item> readOrder(Order order) {
      return order == Order.DESC ? ASCENDING.reversed() : ASCENDING;
    }
  }

  static List<String> ids(Collection<Post> posts) {
    List<String> ids = new ArrayList<>(posts.size());
    for (Post post : posts) {
      ids.add(post.getRandId());
    }
    return ids;
  }

  static List<String> itemIds(Collection<Item> items) {
    List<String> ids = new ArrayList<>(items.size());
    for (Item item : items) {
      ids.add(item.id());
    }
    return ids;
  }

  /** The zset of a collection as Redis holds it, ascending. */
  static List<Item> zset(UnifiedJedis jedis, String key) {
    List<Item> items = new ArrayList<>();
    jedis
        .zrangeWithScores(key, 0, -1)
        .forEach(t -> items.add(new Item(t.getElement(), t.getScore())));
    return items;
  }

  /** Asserts that {@code key} exists and expires within the collection TTL (no immortal key). */
  static void assertExpires(UnifiedJedis jedis, String key, long ttl) {
    assertThat(jedis.pttl(key)).as("PTTL of %s", key).isBetween(1L, ttl);
  }

  /** Deletes the documents (and missing markers) of {@code ids}. */
  static void deleteDocuments(UnifiedJedis jedis, Collection<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    for (String id : ids) { // a document and its marker share a slot, also on a cluster
      jedis.del(PostCache.key(id), "{" + PostCache.key(id) + "}:missing");
    }
  }

  /** Deletes the zset, meta, pages and lock keys of collection {@code name}. */
  static void deleteCollection(UnifiedJedis jedis, String name) {
    String tag = "{" + name + "}";
    jedis.del(tag, tag + ":meta", tag + ":pages", tag + ":lock");
  }

  /**
   * The pages hash of a {@code @Page} instance as Redis holds it: page number → its ids in page
   * order (a JSON array there), and {@code "end"} → the first page known to be empty.
   */
  static Map<String, List<String>> pages(UnifiedJedis jedis, String name) {
    Map<String, List<String>> pages = new TreeMap<>();
    jedis
        .hgetAll("{" + name + "}:pages")
        .forEach(
            (field, value) -> pages.put(field, field.equals("end") ? List.of(value) : json(value)));
    return pages;
  }

  private static List<String> json(String array) {
    List<String> ids = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(array)) {
      assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      while (parser.nextToken() == JsonToken.VALUE_STRING) {
        ids.add(parser.getText());
      }
      assertThat(parser.currentToken()).as(array).isEqualTo(JsonToken.END_ARRAY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }
}
