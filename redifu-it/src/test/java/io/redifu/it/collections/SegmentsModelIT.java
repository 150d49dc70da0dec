package io.redifu.it.collections;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.it.domain.Post;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimeRange;
import io.redifu.runtime.TimeSeriesResult;
import io.redifu.runtime.internal.TimeSeriesStore;
import io.redifu.runtime.internal.model.CollectionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Segment arithmetic of time series against a model: random ranges over a small domain (so they
 * often touch, nest, overlap or repeat) are committed with the rows inside them; after each commit
 * the gaps of the whole domain, the items returned and the stored segments (disjoint, never
 * touching, ascending) must agree with a boolean-per-millisecond model.
 */
class SegmentsModelIT {
  private static final int DOMAIN = 100;
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
  Stream<DynamicTest> segmentsAgreeWithModel() {
    return RandomCases.tries(
        "segments",
        150,
        30,
        DOMAIN - 1,
        12,
        c -> {
          TimeSeriesStore<Post> series = series();
          String name = Fixtures.collection("series");
          try {
            check(series, name, c);
          } finally {
            series.purge(name);
          }
        });
  }

  private static void check(TimeSeriesStore<Post> series, String name, RandomCases.Case c) {
    boolean[] covered = new boolean[DOMAIN];
    List<Post> rows = new ArrayList<>();
    for (RandomCases.Row row : c.rows()) {
      rows.add(Fixtures.post("p" + rows.size() + "-" + row.idCode(), row.offset()));
    }
    for (RandomCases.Step step : c.steps()) {
      int from = step.a() % DOMAIN;
      int to = Math.min(DOMAIN - 1, from + step.b() % 30);
      List<Post> inside = new ArrayList<>();
      for (Post row : rows) {
        long offset = Fixtures.offset(row);
        if (offset >= from && offset <= to) {
          inside.add(row);
        }
      }
      TimeRange range = new TimeRange(Fixtures.BASE + from, Fixtures.BASE + to);
      assertThat(series.ingest(name, inside, List.of(range), "")).isTrue();
      for (int i = from; i <= to; i++) {
        covered[i] = true;
      }

      TimeSeriesResult<Post> result = series.fetch(name, Fixtures.BASE, Fixtures.BASE + DOMAIN - 1);
      assertThat(result.gaps()).as("gaps after [%d, %d]", from, to).isEqualTo(gaps(covered));
      List<Fixtures.Item> expected = new ArrayList<>();
      rows.stream()
          .filter(r -> covered[(int) Fixtures.offset(r)])
          .map(Fixtures.Item::of)
          .sorted(Fixtures.Item.ASCENDING)
          .forEach(expected::add);
      assertThat(result.items()).extracting(Post::getRandId).isEqualTo(Fixtures.itemIds(expected));
      assertDisjointSegments(name);
    }
  }

  /** The stored segments never overlap or touch, and are sorted by their start. */
  private static void assertDisjointSegments(String name) {
    List<String> members = redifu.client().zrange("{" + name + "}:segments", 0, -1);
    long previousEnd = Long.MIN_VALUE;
    for (String member : members) {
      String[] bounds = member.split(":");
      long start = Long.parseLong(bounds[0]);
      long end = Long.parseLong(bounds[1]);
      assertThat(start)
          .as("segment %s after %s", member, previousEnd)
          .isGreaterThan(previousEnd + 1);
      assertThat(end).isGreaterThanOrEqualTo(start);
      previousEnd = end;
    }
  }

  private static List<TimeRange> gaps(boolean[] covered) {
    List<TimeRange> gaps = new ArrayList<>();
    int i = 0;
    while (i < DOMAIN) {
      if (covered[i]) {
        i++;
        continue;
      }
      int start = i;
      while (i < DOMAIN && !covered[i]) {
        i++;
      }
      gaps.add(new TimeRange(Fixtures.BASE + start, Fixtures.BASE + i - 1));
    }
    return gaps;
  }

  private static TimeSeriesStore<Post> series() {
    return TimeSeriesStore.create(
        redifu,
        Fixtures.entity(),
        CollectionSpec.<Post>builder("PostTimeSeriesCache")
            .scoredByTime(Fixtures.SCORE, "createdAt")
            .ttlMillis(Fixtures.TTL)
            .build());
  }
}
