package io.redifu.it.soak;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.annotation.Order;
import io.redifu.it.domain.SoakItem;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.TimeSeriesResult;
import io.redifu.runtime.TimelinePage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The soak's end state: once the writers stopped, every collection read whole through {@code
 * fetchOrSeed} (what is cached, seeded where it is not) holds exactly SQL's active items, in order,
 * with the documents SQL has.
 */
final class SoakFinalState {
  private SoakFinalState() {}

  /** After the writers stopped, each collection, read through {@code fetchOrSeed}, equals SQL. */
  static void verify(Soak soak) throws Exception {
    List<SoakItem> truth = soak.table.truth(soak.group);
    List<String> newestFirst = SoakChecks.randIds(truth);
    List<String> oldestFirst = new ArrayList<>(newestFirst);
    Collections.reverse(oldestFirst);

    List<SoakItem> feed = new ArrayList<>();
    TimelinePage<SoakItem> page = soak.timeline.of(soak.group).fetchOrSeed(List.of());
    feed.addAll(page.items());
    while (page.hasMore()) {
      page = soak.timeline.of(soak.group).fetchOrSeed(Cursor.parse(page.nextCursor()));
      feed.addAll(page.items());
    }
    assertThat(SoakChecks.randIds(feed)).as("timeline").isEqualTo(newestFirst);

    List<SoakItem> sorted = soak.sorted.of(soak.group).fetchOrSeed(Order.DESC);
    assertThat(SoakChecks.randIds(sorted)).as("sorted").isEqualTo(newestFirst);

    List<SoakItem> pages = new ArrayList<>();
    for (int number = 1; ; number++) {
      List<SoakItem> items = soak.pages.of(soak.group).fetchOrSeed(number);
      pages.addAll(items);
      if (items.size() < 10) {
        break;
      }
    }
    assertThat(SoakChecks.randIds(pages)).as("pages").isEqualTo(newestFirst);

    TimeSeriesResult<SoakItem> series =
        soak.series
            .of(soak.group)
            .fetchOrSeed(
                SoakTable.BASE.minusSeconds(1), SoakTable.BASE.plusSeconds(SoakTable.SPAN_SECONDS));
    assertThat(series.gaps()).as("series gaps").isEmpty();
    assertThat(SoakChecks.randIds(series.items())).as("series").isEqualTo(oldestFirst);

    var expected =
        truth.stream().collect(Collectors.toMap(SoakItem::getRandId, Function.identity()));
    for (List<SoakItem> read : List.of(feed, sorted, pages, series.items())) {
      for (SoakItem item : read) {
        SoakItem row = expected.get(item.getRandId());
        assertThat(List.of(item.getTitle(), item.getVersion(), item.getCreatedAt()))
            .as("document of %s", item.getRandId())
            .isEqualTo(List.of(row.getTitle(), row.getVersion(), row.getCreatedAt()));
      }
    }
  }
}
