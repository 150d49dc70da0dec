package io.redifu.it.collections;

import static io.redifu.it.collections.Fixtures.BASE;
import static io.redifu.it.collections.Fixtures.TTL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.annotation.Order;
import io.redifu.it.collections.Fixtures.Item;
import io.redifu.it.collections.RandomCases.Row;
import io.redifu.it.collections.RandomCases.Step;
import io.redifu.it.collections.TimelineModel.Expected;
import io.redifu.it.domain.Post;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.ResetPaginationException;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.TimelineStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import redis.clients.jedis.UnifiedJedis;

/**
 * One try of the timeline property: a store on a fresh collection, its model, and a client that
 * pages through it. Every step is applied to both; every write is followed by a comparison of the
 * raw Redis state (zset, meta flags, gen, TTLs) with the model, every read by a comparison of the
 * page with the model's page.
 */
final class TimelineRun implements AutoCloseable {
  private final TimelineStore<Post> store;
  private final TimelineModel model;
  private final UnifiedJedis jedis;
  private final int perPage;
  private final String name = Fixtures.collection("tl");
  private final String zsetKey = "{" + name + "}";
  private final String metaKey = zsetKey + ":meta";
  private final String tag = BaseRecord.newRandId().substring(0, 6);
  private final Set<String> created = new LinkedHashSet<>();
  private final List<String> clientIds = new ArrayList<>();
  private Cursor clientCursor;
  private String step = "start";

  TimelineRun(Redifu redifu, Order order, int perPage, List<Row> rows) {
    this.store = Fixtures.timeline(redifu, order, perPage, TTL);
    this.model = new TimelineModel(order, perPage);
    this.jedis = redifu.client();
    this.perPage = perPage;
    for (Row row : rows) {
      model.putSource(Item.of(newPost(row.idCode(), row.offset())));
    }
  }

  void run(List<Step> steps) {
    if (steps.get(0).a() % 3 != 0) { // most runs start seeded, as most feeds are
      step = "initial ingest";
      ingest(model.source(), 1 + steps.get(0).b() % (2 * perPage), true, false);
    }
    for (int i = 0; i < steps.size(); i++) {
      step = "step " + i + " " + steps.get(i);
      apply(steps.get(i));
    }
    step = "final walk";
    walk(0b1010);
  }

  private void apply(Step s) {
    int k = s.kind();
    if (k < 10) {
      ingest(model.source(), 1 + s.a() % (2 * perPage), true, s.b() % 2 == 0);
    } else if (k < 20) {
      ingestNext(1 + s.a() % (2 * perPage), s.b());
    } else if (k < 32) {
      add(newPost(s.b(), offset(s.a(), s.b())));
    } else if (k < 40) {
      update(s.a(), offset(s.b(), s.a()));
    } else if (k < 50) {
      remove(s.a(), s.b());
    } else if (k < 57) {
      fetchFirst();
    } else if (k < 65) {
      fetchAfterIds(s.a());
    } else if (k < 75) {
      fetchAfterCursor(s.a(), s.b());
    } else if (k < 79) {
      assertThat(Fixtures.ids(store.fetchAll(name)))
          .as(step + " fetchAll")
          .containsExactlyElementsOf(Fixtures.itemIds(model.all().items()));
    } else if (k < 84) {
      int returned = s.a() % (perPage + 2);
      assertThat(store.requiresSeeding(name, returned))
          .as(step + " requiresSeeding(" + returned + ")")
          .isEqualTo(model.requiresSeeding(returned));
    } else if (k < 96) {
      walk(s.a());
    } else {
      store.reset(name);
      model.reset();
      checkState();
    }
  }

  private Post newPost(int idCode, long offset) {
    String id = Fixtures.core(idCode) + "-" + created.size() + "-" + tag;
    created.add(id);
    return Fixtures.post(id, offset);
  }

  /**
   * A score offset: often exactly the score of the last cached item or another cached one (ties at
   * the edge of the covered range), else anywhere in -10..30, inside or outside the source's 0..12.
   */
  private long offset(int a, int b) {
    List<Item> cached = model.cached();
    if (b % 3 == 0 && !cached.isEmpty()) {
      Item tie = a % 2 == 0 ? cached.get(cached.size() - 1) : cached.get(a % cached.size());
      return (long) tie.score() - BASE;
    }
    return a % 41 - 10;
  }

  private Post version(Item item) {
    return Fixtures.post(item.id(), (long) item.score() - BASE);
  }

  /** Ingests the first {@code count} of {@code rows}, the snapshot a seeder read. */
  private void ingest(List<Item> rows, int count, boolean firstPage, boolean checkGen) {
    List<Item> items = rows.subList(0, Math.min(count, rows.size()));
    boolean reachedEnd = items.size() == rows.size();
    String gen = checkGen ? Long.toString(model.gen) : "";
    if (checkGen && count % 3 == 0) {
      gen = Long.toString(model.gen + 1); // a write came in since the snapshot: refused
    }
    List<Post> posts = items.stream().map(this::version).toList();
    boolean expected = model.ingest(items, firstPage, reachedEnd, gen);
    assertThat(store.ingest(name, posts, firstPage, reachedEnd, gen))
        .as(step + " ingest accepted")
        .isEqualTo(expected);
    checkState();
  }

  /** Ingests the page after the cache's last item, as the seeder continues a short page. */
  private void ingestNext(int count, int b) {
    boolean firstPage = !model.cachedNow() && b % 2 == 1;
    ingest(model.sourceAfterCache(), count, firstPage, b % 4 < 2);
  }

  private void add(Post post) {
    store.add(post, name);
    model.add(Item.of(post));
    checkState();
  }

  private void update(int pick, long offset) {
    List<Item> rows = model.source();
    if (!rows.isEmpty()) {
      add(Fixtures.post(rows.get(pick % rows.size()).id(), offset));
    }
  }

  /** Removes a source row, the item the client's cursor points at, or an unknown id. */
  private void remove(int pick, int how) {
    List<Item> rows = model.source();
    String id;
    if (how % 4 == 0 && clientCursor != null) {
      id = clientCursor.randId();
    } else if (how % 4 == 1 || rows.isEmpty()) {
      id = "unknown-" + tag;
    } else {
      id = rows.get(pick % rows.size()).id();
    }
    store.remove(id, name);
    model.remove(id);
    checkState();
  }

  private TimelinePage<Post> fetchFirst() {
    return fetched("first page", model.first(), () -> store.fetch(name, List.of()));
  }

  private void fetchAfterIds(int a) {
    List<String> lastIds = new ArrayList<>(clientIds);
    List<Item> cached = model.cached();
    if (lastIds.isEmpty() && a % 2 == 0 && !cached.isEmpty()) {
      lastIds.add(cached.get(a % cached.size()).id()); // after any cached item
    } else if (lastIds.isEmpty() || a % 4 == 0) {
      lastIds.add("gone-" + tag); // never cached: the runtime must look further back
    }
    fetched("after ids " + lastIds, model.after(lastIds), () -> store.fetch(name, lastIds));
  }

  /** After the client's cursor, or after a made-up position (an id between cached ones). */
  private void fetchAfterCursor(int a, int b) {
    Cursor cursor = clientCursor;
    if (cursor == null || a % 3 == 0) {
      cursor = Cursor.of(BASE + a % 41 - 10, Fixtures.core(b) + "-x-" + tag);
    }
    Cursor at = cursor;
    fetched(
        "after " + at.score() + "/" + at.randId(), model.after(at), () -> store.fetch(name, at));
  }

  /** Compares a fetched page with the model; the client remembers it as a browser would. */
  private TimelinePage<Post> fetched(
      String what, Expected expected, Supplier<TimelinePage<Post>> fetch) {
    String as = step + " " + what;
    if (expected.reset()) {
      assertThatThrownBy(fetch::get).as(as).isInstanceOf(ResetPaginationException.class);
      clientIds.clear();
      clientCursor = null;
      return null;
    }
    TimelinePage<Post> page = fetch.get();
    assertThat(Fixtures.ids(page.items()))
        .as(as + " ids (model %s)", model.cached())
        .containsExactlyElementsOf(Fixtures.itemIds(expected.items()));
    for (int i = 0; i < page.items().size(); i++) {
      assertThat(Item.of(page.items().get(i)))
          .as(as + " document")
          .isEqualTo(expected.items().get(i));
    }
    assertThat(page.position()).as(as + " position").isEqualTo(expected.position());
    assertThat(page.hasMore()).as(as + " hasMore").isEqualTo(expected.hasMore());
    assertThat(page.validLastId()).as(as + " validLastId").isEqualTo(expected.validLastId());
    assertThat(page.missingIds()).as(as + " missingIds").isEmpty();
    if (expected.items().isEmpty()) {
      assertThat(page.nextCursor()).as(as + " nextCursor").isNull();
    } else {
      Item last = expected.items().get(expected.items().size() - 1);
      Cursor next = Cursor.parse(page.nextCursor());
      assertThat(new Item(next.randId(), next.score())).as(as + " nextCursor").isEqualTo(last);
      clientCursor = next;
    }
    if (page.validLastId() != null) {
      clientIds.add(page.validLastId());
      if (clientIds.size() > 3) {
        clientIds.remove(0);
      }
    }
    return page;
  }

  /**
   * Pages from the top with nextCursor to the end of the cache, removing the cursor item before
   * some pages ({@code bits}): every item cached at the start is seen exactly once, in order.
   */
  private void walk(int bits) {
    List<String> before = Fixtures.itemIds(model.cached());
    List<String> seen = new ArrayList<>();
    TimelinePage<Post> page = fetchFirst();
    for (int n = 0; ; n++) {
      if (page == null) {
        break; // reset: the walk removed every cached item of a timeline not cached to its end
      }
      seen.addAll(Fixtures.ids(page.items()));
      if (page.items().isEmpty() || !page.hasMore()) {
        break;
      }
      assertThat(n).as(step + " walk length").isLessThan(500);
      Cursor cursor = Cursor.parse(page.nextCursor());
      if ((bits >> (n % 12) & 1) == 1) {
        store.remove(cursor.randId(), name);
        model.remove(cursor.randId());
      }
      page = fetched("walk page " + (n + 2), model.after(cursor), () -> store.fetch(name, cursor));
    }
    assertThat(seen).as(step + " walk").containsExactlyElementsOf(before);
    checkState();
  }

  /** The raw Redis state equals the model: ids and scores, flags, gen, TTL of both keys. */
  private void checkState() {
    List<Item> ascending = new ArrayList<>(model.cached());
    ascending.sort(Item.ASCENDING);
    assertThat(Fixtures.zset(jedis, zsetKey)).as(step + " zset").isEqualTo(ascending);
    Map<String, String> meta = jedis.hgetAll(metaKey);
    if (!model.seeded) {
      assertThat(jedis.exists(zsetKey)).as(step + " unseeded: no zset").isFalse();
      assertThat(meta).as(step + " unseeded: no meta").isEmpty();
      return;
    }
    assertThat(meta.get("seeded")).as(step + " seeded").isEqualTo("1");
    assertThat("1".equals(meta.get("tail"))).as(step + " tail").isEqualTo(model.tail);
    assertThat("1".equals(meta.get("empty"))).as(step + " empty").isEqualTo(model.empty);
    assertThat(meta.getOrDefault("gen", "0")).as(step + " gen").isEqualTo(Long.toString(model.gen));
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
