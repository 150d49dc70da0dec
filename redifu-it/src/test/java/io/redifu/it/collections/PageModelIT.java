package io.redifu.it.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.annotation.Order;
import io.redifu.it.domain.Post;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.PageStore;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Model test of numbered pages: per-page ingest (fresh or stale gen, too many items), fetch,
 * requiresSeeding, add/update/remove dropping every cached page, reset and bad page numbers agree
 * with the model in {@link PageRun}; 75 seeded tries per order.
 */
class PageModelIT {
  private static final int TRIES = 75;
  private static Redifu redifu;

  @BeforeAll
  static void connect() {
    redifu = Fixtures.connect();
  }

  @AfterAll
  static void close() {
    redifu.close();
  }

  @TestFactory
  Stream<DynamicTest> newestFirst() {
    return RandomCases.tries("DESC", TRIES, 20, 12, 30, c -> check(Order.DESC, c));
  }

  @TestFactory
  Stream<DynamicTest> oldestFirst() {
    return RandomCases.tries("ASC", TRIES, 20, 12, 30, c -> check(Order.ASC, c));
  }

  private static void check(Order order, RandomCases.Case c) {
    try (PageRun run = new PageRun(redifu, order, c.perPage(), c.rows())) {
      run.run(c.steps());
    }
  }

  @Test
  void pagesSeedFetchAndAreDroppedByWrites() {
    PageStore<Post> store = Fixtures.pages(redifu, Order.DESC, 2, Fixtures.TTL);
    String name = Fixtures.collection("page");
    String tag = BaseRecord.newRandId();
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      posts.add(Fixtures.post(i + "-" + tag, i < 2 ? 7 : i)); // 0 and 1 tie
    }
    try {
      for (int page = 1; page <= 4; page++) {
        assertThat(store.requiresSeeding(name, page)).isTrue();
        assertThat(store.fetch(name, page)).isEmpty();
      }
      assertThat(store.ingest(name, 1, List.of(posts.get(0), posts.get(1)), "")).isTrue();
      assertThat(store.ingest(name, 2, List.of(posts.get(4), posts.get(3)), "")).isTrue();
      assertThat(store.ingest(name, 3, List.of(posts.get(2)), "")).isTrue();
      assertThat(store.ingest(name, 4, List.of(), "")).isTrue();
      assertThat(Fixtures.ids(store.fetch(name, 1))).containsExactly("1-" + tag, "0-" + tag);
      assertThat(Fixtures.ids(store.fetch(name, 2))).containsExactly("4-" + tag, "3-" + tag);
      assertThat(Fixtures.ids(store.fetch(name, 3))).containsExactly("2-" + tag);
      assertThat(store.requiresSeeding(name, 4)).as("seeded empty page is cached").isFalse();
      assertThat(store.fetch(name, 4)).isEmpty();
      assertThat(store.requiresSeeding(name, 5)).as("past the end page 3 shows").isFalse();
      assertThatThrownBy(() -> store.ingest(name, 5, posts.subList(0, 3), ""))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at most 2");
      assertThatThrownBy(() -> store.fetch(name, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("page");

      store.remove("1-" + tag, name);
      for (int page = 1; page <= 5; page++) {
        assertThat(store.requiresSeeding(name, page)).as("page %d after remove", page).isTrue();
        assertThat(store.fetch(name, page)).isEmpty();
      }
      assertThat(store.ingest(name, 1, List.of(posts.get(4)), "")).isTrue();
      store.add(Fixtures.post("5-" + tag, 9), name);
      assertThat(store.requiresSeeding(name, 1)).as("page 1 after add").isTrue();
      assertThat(redifu.client().exists("{" + name + "}:pages")).isFalse();
    } finally {
      store.purge(name);
      List<String> ids = new ArrayList<>(Fixtures.ids(posts));
      ids.add("5-" + tag);
      Fixtures.deleteDocuments(redifu.client(), ids);
    }
  }
}
