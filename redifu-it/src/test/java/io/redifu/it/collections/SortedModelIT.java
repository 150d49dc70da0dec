package io.redifu.it.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.annotation.Order;
import io.redifu.it.domain.Post;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.SortedStore;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Model test of sorted collections: whole-set ingest (fresh or stale snapshots), add, update,
 * remove, fetch in both orders, inclusive fetchRange (equal bounds, ties, items on the bounds),
 * requiresSeeding and reset agree with the model in {@link SortedRun}; 150 seeded tries.
 */
class SortedModelIT {
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
  Stream<DynamicTest> agreesWithModel() {
    return RandomCases.tries(
        "sorted",
        150,
        20,
        12,
        40,
        c -> {
          try (SortedRun run = new SortedRun(redifu, c.rows())) {
            run.run(c.steps());
          }
        });
  }

  @Test
  void rangeBoundsAreInclusiveAndOrdered() {
    SortedStore<Post> store = Fixtures.sorted(redifu, Fixtures.TTL);
    String name = Fixtures.collection("sorted");
    String tag = BaseRecord.newRandId();
    Post a = Fixtures.post("a-" + tag, 10);
    Post b = Fixtures.post("b-" + tag, 10);
    Post c = Fixtures.post("c-" + tag, 20);
    Post d = Fixtures.post("d-" + tag, 30);
    try {
      assertThat(store.requiresSeeding(name)).isTrue();
      assertThat(store.ingest(name, List.of(d, b, c, a), "")).isTrue();
      assertThat(store.requiresSeeding(name)).isFalse();
      long base = Fixtures.BASE;
      assertThat(Fixtures.ids(store.fetchRange(name, Order.ASC, base + 10, base + 20)))
          .containsExactly(a.getRandId(), b.getRandId(), c.getRandId());
      assertThat(Fixtures.ids(store.fetchRange(name, Order.DESC, base + 10, base + 20)))
          .containsExactly(c.getRandId(), b.getRandId(), a.getRandId());
      assertThat(Fixtures.ids(store.fetchRange(name, Order.DESC, base + 10, base + 10)))
          .containsExactly(b.getRandId(), a.getRandId());
      assertThat(Fixtures.ids(store.fetchRange(name, Order.ASC, base + 30, base + 30)))
          .containsExactly(d.getRandId());
      assertThat(store.fetchRange(name, Order.ASC, base + 11, base + 19)).isEmpty();
      assertThatThrownBy(() -> store.fetchRange(name, Order.ASC, base + 2, base + 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("lower");
      assertThatThrownBy(() -> store.fetchRange(name, null, base, base + 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("order");
      store.reset(name);
      assertThat(store.requiresSeeding(name)).isTrue();
      assertThat(store.ingest(name, List.of(), "")).isTrue();
      assertThat(store.requiresSeeding(name)).as("seeded empty").isFalse();
      assertThat(store.fetch(name, Order.ASC)).isEmpty();
    } finally {
      store.purge(name);
      Fixtures.deleteDocuments(redifu.client(), Fixtures.ids(List.of(a, b, c, d)));
    }
  }
}
