package io.redifu.it.collections;

import static io.redifu.it.collections.Fixtures.TTL;
import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.annotation.Order;
import io.redifu.it.collections.Fixtures.Item;
import io.redifu.it.domain.Post;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Position;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.PageStore;
import io.redifu.runtime.internal.SortedStore;
import io.redifu.runtime.internal.TimelineStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * 8 writer threads add, update and remove while 4 threads read ({@link ConcurrentWriters}).
 * Afterwards the collection equals the model, no page held a duplicate, cursors only moved forward,
 * and every key of the collection expires (no immortal key).
 */
class CollectionConcurrencyIT {
  private static final int PER_PAGE = 20;
  private static Redifu redifu;
  private static UnifiedJedis jedis;

  @BeforeAll
  static void connect() {
    redifu = Fixtures.connect();
    jedis = redifu.client();
  }

  @AfterAll
  static void close() {
    redifu.close();
  }

  @ParameterizedTest
  @EnumSource(Order.class)
  void timelineUnderConcurrentWrites(Order order) throws Exception {
    TimelineStore<Post> feed = Fixtures.timeline(redifu, order, PER_PAGE, TTL);
    String name = Fixtures.collection("conc:tl");
    ConcurrentWriters writers = new ConcurrentWriters();
    Comparator<Item> read = Item.readOrder(order);
    Set<String> repeated = ConcurrentHashMap.newKeySet();
    try {
      List<Post> initial = writers.initial(200);
      assertThat(feed.ingest(name, initial, true, true, "")).isTrue(); // complete: adds indexed
      writers.run(
          initial,
          target(feed::add, feed::remove, name),
          random -> {
            Set<String> seen = new HashSet<>();
            TimelinePage<Post> page = feed.fetch(name, List.of());
            assertThat(page.position()).isEqualTo(Position.FIRST_PAGE);
            Item previous = null;
            for (int n = 0; ; n++) {
              List<String> ids = Fixtures.ids(page.items());
              assertThat(ids)
                  .as("one page")
                  .doesNotHaveDuplicates()
                  .hasSizeLessThanOrEqualTo(PER_PAGE);
              assertThat(page.missingIds()).isEmpty();
              ids.stream().filter(id -> !seen.add(id)).forEach(repeated::add);
              if (!page.hasMore() || page.items().isEmpty()) {
                break;
              }
              assertThat(n).as("pages in one walk").isLessThan(1000);
              Cursor cursor = Cursor.parse(page.nextCursor());
              Item at = new Item(cursor.randId(), cursor.score());
              if (previous != null) {
                assertThat(read.compare(previous, at)).as("cursor moves forward").isNegative();
              }
              previous = at;
              page = feed.fetch(name, cursor);
            }
          },
          0);
      assertThat(writers.updated())
          .as("only items whose score changed may show up twice in one walk")
          .containsAll(repeated);
      List<Item> expected = new ArrayList<>(writers.source().values());
      expected.sort(Item.ASCENDING);
      assertThat(Fixtures.zset(jedis, "{" + name + "}")).isEqualTo(expected);
      expected.sort(read);
      assertThat(Fixtures.ids(feed.fetchAll(name))).isEqualTo(Fixtures.itemIds(expected));
      Map<String, String> meta = jedis.hgetAll("{" + name + "}:meta");
      assertThat(meta).containsEntry("seeded", "1").containsEntry("tail", "1");
      assertThat(meta.get("gen")).isEqualTo(Integer.toString(writes()));
      assertEveryKeyExpires(name, 2);
    } finally {
      feed.reset(name);
      Fixtures.deleteDocuments(jedis, writers.created());
    }
  }

  @Test
  void sortedUnderConcurrentWrites() throws Exception {
    SortedStore<Post> store = Fixtures.sorted(redifu, TTL);
    String name = Fixtures.collection("conc:sorted");
    ConcurrentWriters writers = new ConcurrentWriters();
    try {
      List<Post> initial = writers.initial(200);
      assertThat(store.ingest(name, initial, "")).isTrue();
      writers.run(
          initial,
          target(store::add, store::remove, name),
          random -> {
            Order order = random.nextBoolean() ? Order.ASC : Order.DESC;
            long lower = Fixtures.BASE + random.nextInt(120);
            List<Post> all = store.fetch(name, order);
            List<Post> range = store.fetchRange(name, order, lower, lower + random.nextInt(20));
            assertThat(Fixtures.ids(all)).doesNotHaveDuplicates();
            assertThat(Fixtures.ids(range)).doesNotHaveDuplicates();
          },
          0);
      List<Item> expected = new ArrayList<>(writers.source().values());
      expected.sort(Item.ASCENDING);
      assertThat(Fixtures.zset(jedis, "{" + name + "}")).isEqualTo(expected);
      assertThat(jedis.hget("{" + name + "}:meta", "gen")).isEqualTo(Integer.toString(writes()));
      assertEveryKeyExpires(name, 2);
    } finally {
      store.reset(name);
      Fixtures.deleteDocuments(jedis, writers.created());
    }
  }

  /**
   * Readers also seed pages from a snapshot of the source, passing the gen they read before it, and
   * go on seeding a little after the writers stop: whatever raced, every page cached at the end is
   * the final source's slice.
   */
  @Test
  void pagesUnderConcurrentWritesAndSeeds() throws Exception {
    PageStore<Post> store = Fixtures.pages(redifu, Order.DESC, PER_PAGE, TTL);
    String name = Fixtures.collection("conc:page");
    String meta = "{" + name + "}:meta";
    ConcurrentWriters writers = new ConcurrentWriters();
    AtomicInteger accepted = new AtomicInteger();
    try {
      List<Post> initial = writers.initial(200);
      assertThat(store.ingest(name, 1, slice(writers, 1), "")).isTrue(); // meta exists: gen counts
      writers.run(
          initial,
          target(store::add, store::remove, name),
          random -> {
            int page = 1 + random.nextInt(12);
            if (random.nextBoolean()) {
              String gen = jedis.hget(meta, "gen");
              List<Post> snapshot = slice(writers, page);
              LockSupport.parkNanos(500_000); // a slow SQL query: writes may land meanwhile
              if (store.ingest(name, page, snapshot, gen == null ? "0" : gen)) {
                accepted.incrementAndGet();
              }
            } else {
              assertThat(Fixtures.ids(store.fetch(name, page)))
                  .doesNotHaveDuplicates()
                  .hasSizeLessThanOrEqualTo(PER_PAGE);
            }
          },
          10); // seeds that raced the last writes commit (or are refused) after them
      assertThat(accepted.get()).as("accepted seeds").isPositive();
      Map<String, List<String>> index = Fixtures.pages(jedis, name);
      for (Map.Entry<String, List<String>> entry : index.entrySet()) {
        if (entry.getKey().equals("end")) {
          int end = Integer.parseInt(entry.getValue().get(0));
          assertThat(slice(writers, end)).as("page %d, known empty", end).isEmpty();
          continue;
        }
        List<Post> expected = slice(writers, Integer.parseInt(entry.getKey()));
        assertThat(entry.getValue())
            .as("page %s (of %d accepted seeds)", entry.getKey(), accepted.get())
            .isEqualTo(Fixtures.ids(expected));
      }
      assertThat(jedis.hget(meta, "gen")).isEqualTo(Integer.toString(writes()));
      assertEveryKeyExpires(name, 1 + (index.isEmpty() ? 0 : 1));
    } finally {
      store.reset(name);
      Fixtures.deleteDocuments(jedis, writers.created());
    }
  }

  private static int writes() {
    return ConcurrentWriters.WRITERS * ConcurrentWriters.OPS;
  }

  /** The source rows of {@code page} (newest first), as SQL would return them now. */
  private static List<Post> slice(ConcurrentWriters writers, int page) {
    List<Item> rows = new ArrayList<>(writers.source().values());
    rows.sort(Item.readOrder(Order.DESC));
    int from = Math.min(rows.size(), (page - 1) * PER_PAGE);
    int to = Math.min(rows.size(), page * PER_PAGE);
    return rows.subList(from, to).stream()
        .map(i -> Fixtures.post(i.id(), (long) i.score() - Fixtures.BASE))
        .toList();
  }

  private interface Add {
    void add(Post post, String collection);
  }

  private interface Remove {
    void remove(String randId, String collection);
  }

  private static ConcurrentWriters.Target target(Add add, Remove remove, String name) {
    return new ConcurrentWriters.Target() {
      @Override
      public void add(Post post) {
        add.add(post, name);
      }

      @Override
      public void remove(String randId) {
        remove.remove(randId, name);
      }
    };
  }

  /** Every key under the collection's hash tag (found by SCAN) expires within the TTL. */
  private static void assertEveryKeyExpires(String name, int expectedKeys) {
    List<String> keys = new ArrayList<>();
    String cursor = ScanParams.SCAN_POINTER_START;
    ScanParams match = new ScanParams().match("{" + name + "}*").count(1000);
    do {
      ScanResult<String> scan = jedis.scan(cursor, match);
      keys.addAll(scan.getResult());
      cursor = scan.getCursor();
    } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    assertThat(keys).hasSize(expectedKeys);
    for (String key : keys) {
      Fixtures.assertExpires(jedis, key, TTL);
    }
  }
}
