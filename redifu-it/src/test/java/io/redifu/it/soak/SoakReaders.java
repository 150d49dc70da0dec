package io.redifu.it.soak;

import io.redifu.annotation.Order;
import io.redifu.it.domain.SoakItem;
import io.redifu.it.domain.SoakItemPageCache;
import io.redifu.it.domain.SoakItemSortedCache;
import io.redifu.it.domain.SoakItemTimeSeriesCache;
import io.redifu.it.domain.SoakItemTimelineCache;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.ResetPaginationException;
import io.redifu.runtime.TimeSeriesResult;
import io.redifu.runtime.TimelinePage;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * The readers: each loop step pages through, or reads, one collection while the writers run, and
 * checks what it got ({@link SoakChecks}). Timeline walks pause between pages, so some span an
 * expiry.
 */
final class SoakReaders {
  private static final int MAX_PAGES = 200;

  private final Soak soak;
  private final Random random;

  SoakReaders(Soak soak, long seed) {
    this.soak = soak;
    this.random = new Random(seed);
  }

  /**
   * Walks the timeline from the top: by cursor with {@code fetchOrSeed} (3 walks in 5), by the last
   * id seen with {@code fetchOrSeed}, or by the last id seen with plain {@code fetch}. Only the id
   * walks may meet {@link ResetPaginationException}: the id is no longer cached (and, for {@code
   * fetchOrSeed}, neither its document nor an active row is left to place it).
   */
  void timelineWalk() throws InterruptedException {
    int mode = random.nextInt(5);
    String kind = mode < 3 ? "cursor" : mode == 3 ? "idsOrSeed" : "ids";
    SoakChecks walk = new SoakChecks(soak, "timeline walk (" + kind + ")", true);
    soak.countIfUnseeded("timeline", SoakItemTimelineCache.key(soak.group));
    TimelinePage<SoakItem> page = soak.timeline.of(soak.group).fetchOrSeed(List.of());
    for (int n = 1; ; n++) {
      soak.stats.count("read.timeline.page");
      soak.stats.add("read.timeline.missingIds", page.missingIds().size());
      walk.page(page.items());
      if (!page.hasMore() || page.items().isEmpty() || !soak.running()) {
        break;
      }
      if (n >= MAX_PAGES) {
        soak.stats.fail("timeline walk: more than " + MAX_PAGES + " pages");
        return;
      }
      Soak.pause(random.nextInt(40));
      String last = page.items().get(page.items().size() - 1).getRandId();
      try {
        page =
            switch (kind) {
              case "cursor" ->
                  soak.timeline.of(soak.group).fetchOrSeed(Cursor.parse(page.nextCursor()));
              case "idsOrSeed" -> soak.timeline.of(soak.group).fetchOrSeed(List.of(last));
              default -> soak.timeline.of(soak.group).fetch(List.of(last));
            };
      } catch (ResetPaginationException e) {
        if (kind.equals("cursor")) {
          throw e; // fetchOrSeed places a cursor by its score: never a reset
        }
        soak.stats.count("reset.expected.timeline." + kind);
        return;
      }
      if (soak.moved.contains(last)) {
        walk.restart(); // placed after the moved item's new place: a new walk from there
      }
    }
    soak.stats.count("read.timeline.walk." + kind);
  }

  /** The whole sorted collection in either order, or a range of it. */
  void sortedRead() {
    Order order = random.nextBoolean() ? Order.ASC : Order.DESC;
    SoakChecks read = new SoakChecks(soak, "sorted " + order, order == Order.DESC);
    soak.countIfUnseeded("sorted", SoakItemSortedCache.key(soak.group));
    if (random.nextInt(3) == 0) {
      Instant from = SoakWriter.randomTime(random);
      Instant to = from.plusSeconds(random.nextInt(60));
      List<SoakItem> items = soak.sorted.of(soak.group).fetchRangeOrSeed(order, from, to);
      read.page(items);
      read.within(items, from, to);
      soak.stats.count("read.sorted.range");
    } else {
      read.page(soak.sorted.of(soak.group).fetchOrSeed(order));
      soak.stats.count("read.sorted.all");
    }
  }

  /** Numbered pages from the first until a short one; offsets shift between pages. */
  void pageWalk() throws InterruptedException {
    for (int number = 1; number <= MAX_PAGES && soak.running(); number++) {
      // per page: a page seed refreshes the TTL of every key of the instance, so it expires
      // mid-walk
      soak.countIfUnseeded("page", SoakItemPageCache.key(soak.group));
      List<SoakItem> items = soak.pages.of(soak.group).fetchOrSeed(number);
      soak.stats.count("read.page");
      new SoakChecks(soak, "page " + number, true).page(items);
      if (items.size() > 10) {
        soak.stats.fail("page " + number + " holds " + items.size() + " items");
      }
      if (items.size() < 10) {
        break;
      }
      Soak.pause(random.nextInt(10));
    }
    soak.stats.count("read.page.walk");
  }

  /** A random range of the time series, sometimes all of it. */
  void seriesRead() {
    Instant from = SoakTable.BASE.minusSeconds(1);
    Instant to = SoakTable.BASE.plusSeconds(SoakTable.SPAN_SECONDS);
    if (random.nextBoolean()) {
      from = SoakWriter.randomTime(random);
      to = from.plusSeconds(random.nextInt(120));
    }
    soak.countIfUnseeded("series", SoakItemTimeSeriesCache.key(soak.group));
    TimeSeriesResult<SoakItem> result = soak.series.of(soak.group).fetchOrSeed(from, to);
    SoakChecks read = new SoakChecks(soak, "series " + from + ".." + to, false);
    read.page(result.items());
    read.within(result.items(), from, to);
    soak.stats.add("read.series.missingIds", result.missingIds().size());
    if (!result.gaps().isEmpty()) {
      soak.stats.count("read.series.gapsLeft"); // expired again between its seed and its read
    }
    soak.stats.count("read.series");
  }
}
