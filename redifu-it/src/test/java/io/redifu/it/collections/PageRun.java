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
import io.redifu.runtime.internal.PageStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import redis.clients.jedis.UnifiedJedis;

/**
 * One try of the numbered-page model test. The model: the source in read order, the pages cached
 * (each exactly the source slice it was seeded with; any add or remove drops them all), the first
 * page known to be empty (a short page sets it after itself, an empty one at most at itself; a
 * write forgets it), the meta hash's existence and gen.
 */
final class PageRun implements AutoCloseable {
  private static final int MAX_PAGE = 12;

  private final PageStore<Post> store;
  private final UnifiedJedis jedis;
  private final Order order;
  private final int perPage;
  private final String name = Fixtures.collection("page");
  private final String tag = "{" + name + "}";
  private final String rand = BaseRecord.newRandId().substring(0, 6);
  private final Set<String> created = new LinkedHashSet<>();
  private final Map<String, Item> source = new LinkedHashMap<>();
  private final Map<Integer, List<Item>> pages = new TreeMap<>();
  private Integer end;
  private boolean meta;
  private long gen;
  private String step = "start";

  PageRun(Redifu redifu, Order order, int perPage, List<Row> rows) {
    this.store = Fixtures.pages(redifu, order, perPage, TTL);
    this.jedis = redifu.client();
    this.order = order;
    this.perPage = perPage;
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
    step = "final fetch";
    for (int page = 1; page <= MAX_PAGE; page++) {
      fetch(page);
    }
  }

  private void apply(Step s) {
    int k = s.kind();
    int page = 1 + s.a() % Math.min(MAX_PAGE, source.size() / perPage + 2);
    if (k < 25) {
      ingest(page, s.b());
    } else if (k < 29) {
      List<Post> tooMany = new ArrayList<>();
      for (int i = 0; i <= perPage; i++) {
        tooMany.add(Fixtures.post("over-" + i + "-" + rand, i));
        created.add("over-" + i + "-" + rand);
      }
      assertThatThrownBy(() -> store.ingest(name, page, tooMany, ""))
          .as(step + " more than perPage items")
          .isInstanceOf(IllegalArgumentException.class);
      checkState();
    } else if (k < 41) {
      write(newPost(s.b(), s.a() % 41 - 10), null);
    } else if (k < 49) {
      List<Item> rows = List.copyOf(source.values());
      if (!rows.isEmpty()) {
        write(Fixtures.post(rows.get(s.a() % rows.size()).id(), s.b() % 41 - 10), null);
      }
    } else if (k < 59) {
      List<Item> rows = List.copyOf(source.values());
      write(
          null,
          s.b() % 4 == 0 || rows.isEmpty()
              ? "unknown-" + rand
              : rows.get(s.a() % rows.size()).id());
    } else if (k < 78) {
      fetch(page);
    } else if (k < 90) {
      assertThat(store.requiresSeeding(name, page))
          .as(step + " requiresSeeding(" + page + ")")
          .isEqualTo(!cached(page));
    } else if (k < 94) {
      int bad = -(s.b() % 3);
      assertThatThrownBy(() -> store.fetch(name, bad)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.requiresSeeding(name, bad))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.ingest(name, bad, List.of(), ""))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("page");
      checkState();
    } else {
      store.reset(name);
      pages.clear();
      end = null;
      meta = false;
      gen = 0;
      checkState();
    }
  }

  private Post newPost(int idCode, long offset) {
    String id = Fixtures.core(idCode) + "-" + created.size() + "-" + rand;
    created.add(id);
    return Fixtures.post(id, offset);
  }

  /** Seeds {@code page} from the source (any gen, this gen, or a stale gen). */
  private void ingest(int page, int b) {
    List<Item> rows = new ArrayList<>(source.values());
    rows.sort(Item.readOrder(order));
    List<Item> slice =
        List.copyOf(
            rows.subList(
                Math.min(rows.size(), (page - 1) * perPage),
                Math.min(rows.size(), page * perPage)));
    String expectedGen = List.of("", Long.toString(gen), Long.toString(gen + 1)).get(b % 3);
    boolean accepted = expectedGen.isEmpty() || expectedGen.equals(Long.toString(gen));
    List<Post> posts =
        slice.stream().map(i -> Fixtures.post(i.id(), (long) i.score() - BASE)).toList();
    assertThat(store.ingest(name, page, posts, expectedGen))
        .as(step + " ingest page " + page)
        .isEqualTo(accepted);
    if (accepted) {
      if (slice.isEmpty()) {
        pages.remove(page);
        end = end == null ? page : Math.min(end, page);
      } else {
        pages.put(page, slice);
        if (slice.size() < perPage) {
          end = page + 1;
        } else if (end != null && end <= page) {
          end = null;
        }
      }
      meta = true;
    }
    checkState();
  }

  /** An add ({@code post}) or a remove ({@code randId}): every cached page is dropped. */
  private void write(Post post, String randId) {
    if (post != null) {
      store.add(post, name);
      source.put(post.getRandId(), Item.of(post));
    } else {
      store.remove(randId, name);
      source.remove(randId);
    }
    pages.clear();
    end = null;
    if (meta) {
      gen++;
    }
    checkState();
    for (int page = 1; page <= 3; page++) {
      assertThat(store.requiresSeeding(name, page)).as(step + " dropped page " + page).isTrue();
    }
  }

  /** Whether the model holds {@code page}: cached, or at or past the known end. */
  private boolean cached(int page) {
    return pages.containsKey(page) || (end != null && page >= end);
  }

  private void fetch(int page) {
    boolean pastEnd = end != null && page >= end;
    List<Item> expected =
        new ArrayList<>(pastEnd ? List.of() : pages.getOrDefault(page, List.of()));
    expected.sort(Item.readOrder(order));
    List<Post> fetched = store.fetch(name, page);
    assertThat(Fixtures.ids(fetched))
        .as(step + " fetch page " + page + " of " + pages)
        .containsExactlyElementsOf(Fixtures.itemIds(expected));
    for (int i = 0; i < fetched.size(); i++) {
      assertThat(Item.of(fetched.get(i))).as(step + " document").isEqualTo(expected.get(i));
    }
  }

  /** Meta and the pages hash equal the model, and every key that exists expires. */
  private void checkState() {
    Map<String, List<String>> index = new TreeMap<>();
    pages.forEach(
        (page, items) -> {
          List<Item> ordered = new ArrayList<>(items);
          ordered.sort(Item.readOrder(order));
          index.put(Integer.toString(page), Fixtures.itemIds(ordered));
        });
    if (end != null) {
      index.put("end", List.of(end.toString()));
    }
    assertThat(Fixtures.pages(jedis, name)).as(step + " pages hash").isEqualTo(index);
    Map<String, String> metaHash = jedis.hgetAll(tag + ":meta");
    if (!meta) {
      assertThat(metaHash).as(step + " no meta").isEmpty();
    } else {
      assertThat(metaHash.getOrDefault("gen", "0")).as(step + " gen").isEqualTo(Long.toString(gen));
      Fixtures.assertExpires(jedis, tag + ":meta", TTL);
    }
    if (!index.isEmpty()) {
      Fixtures.assertExpires(jedis, tag + ":pages", TTL);
    }
  }

  @Override
  public void close() {
    Fixtures.deleteCollection(jedis, name);
    Fixtures.deleteDocuments(jedis, created);
  }
}
