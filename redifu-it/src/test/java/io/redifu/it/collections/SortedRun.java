package io.redifu.it.collections;

import static io.redifu.it.collections.Fixtures.BASE;
import static io.redifu.it.collections.Fixtures.TTL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.annotation.Order;
import io.redifu.it.collections.Fixtures.Item;
import io.redifu.it.collections.RandomCases.Row;
import io.redifu.it.collections.RandomCases.Step;
import io.redifu.it.domain.Post;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.SortedStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import redis.clients.jedis.UnifiedJedis;

/**
 * One try of the sorted-collection model test. The model: the source of truth, the cached set (what
 * the last accepted whole-set ingest held, plus adds and minus removes since, while seeded), the
 * flags and gen. Snapshots let an ingest carry a stale gen, as a seeder whose SQL read raced a
 * write would.
 */
final class SortedRun implements AutoCloseable {
  private record Snapshot(List<Item> items, String gen) {}

  private final SortedStore<Post> store;
  private final UnifiedJedis jedis;
  private final String name = Fixtures.collection("sorted");
  private final String zsetKey = "{" + name + "}";
  private final String metaKey = zsetKey + ":meta";
  private final String tag = BaseRecord.newRandId().substring(0, 6);
  private final Set<String> created = new LinkedHashSet<>();
  private final Map<String, Item> source = new LinkedHashMap<>();
  private final Map<String, Item> cache = new LinkedHashMap<>();
  private boolean seeded;
  private boolean empty;
  private long gen;
  private Snapshot snapshot;
  private String step = "start";

  SortedRun(Redifu redifu, List<Row> rows) {
    this.store = Fixtures.sorted(redifu, TTL);
    this.jedis = redifu.client();
    for (Row row : rows) {
      Item item = Item.of(newPost(row.idCode(), row.offset()));
      source.put(item.id(), item);
    }
  }

  void run(List<Step> steps) {
    for (int i = 0; i < steps.size(); i++) {
      step = "step " + i + " " + steps.get(i);
      apply(steps.get(i));
    }
  }

  private void apply(Step s) {
    int k = s.kind();
    if (k < 6) {
      // Only while seeded: an unseeded collection keeps no gen, so its seed cannot detect writes
      snapshot = seeded ? new Snapshot(List.copyOf(source.values()), Long.toString(gen)) : null;
    } else if (k < 18) {
      ingest(s.a(), s.b());
    } else if (k < 32) {
      add(newPost(s.b(), offset(s.a(), s.b())));
    } else if (k < 40) {
      List<Item> rows = List.copyOf(source.values());
      if (!rows.isEmpty()) {
        add(Fixtures.post(rows.get(s.a() % rows.size()).id(), offset(s.b(), s.a())));
      }
    } else if (k < 52) {
      remove(s.a(), s.b());
    } else if (k < 62) {
      Order order = s.a() % 2 == 0 ? Order.ASC : Order.DESC;
      assertThat(Fixtures.ids(store.fetch(name, order)))
          .as(step + " fetch " + order)
          .containsExactlyElementsOf(expected(order, Long.MIN_VALUE, Long.MAX_VALUE));
    } else if (k < 84) {
      fetchRange(s.a(), s.b());
    } else if (k < 90) {
      assertThat(store.requiresSeeding(name)).as(step + " requiresSeeding").isEqualTo(!seeded);
    } else if (k < 94) {
      long lower = BASE + s.a() % 20;
      assertThatThrownBy(() -> store.fetchRange(name, Order.ASC, lower, lower - 1 - s.b()))
          .as(step + " lower > upper")
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("lower");
    } else {
      store.reset(name);
      snapshot = null; // reset restarts gen at 0: an older snapshot could match it again
      cache.clear();
      seeded = false;
      empty = false;
      gen = 0;
      checkState();
    }
  }

  private Post newPost(int idCode, long offset) {
    String id = Fixtures.core(idCode) + "-" + created.size() + "-" + tag;
    created.add(id);
    return Fixtures.post(id, offset);
  }

  /** Often the score of an item already cached (ties), else anywhere in -10..30. */
  private long offset(int a, int b) {
    List<Item> items = List.copyOf(cache.values());
    if (b % 3 == 0 && !items.isEmpty()) {
      return (long) items.get(a % items.size()).score() - BASE;
    }
    return a % 41 - 10;
  }

  /**
   * The whole source now (any gen, this gen, or a stale gen), or the last snapshot with its gen.
   */
  private void ingest(int a, int b) {
    List<Item> items = List.copyOf(source.values());
    String expectedGen = List.of("", Long.toString(gen), Long.toString(gen + 1)).get(b % 3);
    if (snapshot != null && a % 2 == 0) {
      items = snapshot.items();
      expectedGen = snapshot.gen();
    }
    boolean accepted = expectedGen.isEmpty() || expectedGen.equals(Long.toString(gen));
    List<Post> posts =
        items.stream().map(i -> Fixtures.post(i.id(), (long) i.score() - BASE)).toList();
    assertThat(store.ingest(name, posts, expectedGen)).as(step + " ingest").isEqualTo(accepted);
    if (accepted) {
      cache.clear();
      items.forEach(i -> cache.put(i.id(), i));
      seeded = true;
      empty = items.isEmpty();
    }
    checkState();
  }

  private void add(Post post) {
    Item item = Item.of(post);
    store.add(post, name);
    source.put(item.id(), item);
    if (seeded) {
      cache.put(item.id(), item);
      empty = false;
      gen++;
    }
    checkState();
  }

  private void remove(int pick, int how) {
    List<Item> rows = List.copyOf(source.values());
    String id =
        how % 4 == 0 || rows.isEmpty() ? "unknown-" + tag : rows.get(pick % rows.size()).id();
    store.remove(id, name);
    source.remove(id);
    boolean removed = cache.remove(id) != null;
    if (seeded) {
      empty |= removed && cache.isEmpty(); // emptied by writes: complete, not lost
      gen++;
    }
    checkState();
  }

  /** Bounds on cached scores (items exactly on them), equal bounds, or anywhere in -12..32. */
  private void fetchRange(int a, int b) {
    List<Item> items = List.copyOf(cache.values());
    long lower =
        a % 3 != 0 && !items.isEmpty()
            ? (long) items.get(a % items.size()).score()
            : BASE + a % 45 - 12;
    long upper = lower + List.of(0, 0, 1, 3, 7, 40).get(b % 6);
    Order order = b % 2 == 0 ? Order.ASC : Order.DESC;
    List<Post> page = store.fetchRange(name, order, lower, upper);
    assertThat(Fixtures.ids(page))
        .as(step + " fetchRange %s %d..%d of %s", order, lower - BASE, upper - BASE, cache)
        .containsExactlyElementsOf(expected(order, lower, upper));
    for (Post post : page) {
      assertThat(Item.of(post)).as(step + " document").isEqualTo(cache.get(post.getRandId()));
    }
  }

  private List<String> expected(Order order, long lower, long upper) {
    List<Item> items = new ArrayList<>();
    for (Item item : cache.values()) {
      if (item.score() >= lower && item.score() <= upper) {
        items.add(item);
      }
    }
    items.sort(Item.readOrder(order));
    return Fixtures.itemIds(items);
  }

  private void checkState() {
    List<Item> ascending = new ArrayList<>(cache.values());
    ascending.sort(Item.ASCENDING);
    assertThat(Fixtures.zset(jedis, zsetKey)).as(step + " zset").isEqualTo(ascending);
    Map<String, String> meta = jedis.hgetAll(metaKey);
    if (!seeded) {
      assertThat(jedis.exists(zsetKey)).as(step + " unseeded: no zset").isFalse();
      assertThat(meta).as(step + " unseeded: no meta").isEmpty();
      return;
    }
    assertThat(meta.get("seeded")).as(step + " seeded").isEqualTo("1");
    assertThat(meta.get("tail")).as(step + " tail").isEqualTo("1");
    assertThat("1".equals(meta.get("empty"))).as(step + " empty").isEqualTo(empty);
    assertThat(meta.getOrDefault("gen", "0")).as(step + " gen").isEqualTo(Long.toString(gen));
    Fixtures.assertExpires(jedis, metaKey, TTL);
    if (!ascending.isEmpty()) {
      Fixtures.assertExpires(jedis, zsetKey, TTL);
    }
  }

  @Override
  public void close() {
    Fixtures.deleteCollection(jedis, name);
    Fixtures.deleteDocuments(jedis, created);
  }
}
