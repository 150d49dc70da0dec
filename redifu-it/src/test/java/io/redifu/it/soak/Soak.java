package io.redifu.it.soak;

import io.redifu.it.domain.SoakItem;
import io.redifu.it.domain.SoakItemCache;
import io.redifu.it.domain.SoakItemPageCache;
import io.redifu.it.domain.SoakItemSortedCache;
import io.redifu.it.domain.SoakItemTimeSeriesCache;
import io.redifu.it.domain.SoakItemTimelineCache;
import io.redifu.runtime.Redifu;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the soak's threads share: one group's four collections over one SQL table, the stats, the
 * ids whose time a writer changed, and the clock. Writers write in bursts of {@link #BURST_MILLIS}
 * followed by {@link #QUIET_MILLIS} of reads only, longer than the collections' TTL, so every
 * collection expires in each quiet phase and the readers seed it again.
 */
final class Soak {
  static final long BURST_MILLIS = 3_000;
  static final long QUIET_MILLIS = 3_500;

  final Redifu redifu;
  final SoakTable table;
  final String group;
  final SoakStats stats;
  final SoakItemCache items;
  final SoakItemTimelineCache timeline;
  final SoakItemSortedCache sorted;
  final SoakItemPageCache pages;
  final SoakItemTimeSeriesCache series;

  /**
   * Ids whose time (their score) a writer changed, recorded before the change: only they may show
   * up twice in one walk or out of order, since they can move between two reads.
   */
  final Set<String> moved = ConcurrentHashMap.newKeySet();

  private final long start = System.nanoTime();
  private final long durationNanos;

  Soak(Redifu redifu, SoakTable table, String group, SoakStats stats, long durationMillis) {
    this.redifu = redifu;
    this.table = table;
    this.group = group;
    this.stats = stats;
    this.items = SoakItemCache.create(redifu).loadedBy(table::byIds);
    this.timeline = SoakItemTimelineCache.create(redifu).seededBy(g -> table.seed("timeline", g));
    this.sorted = SoakItemSortedCache.create(redifu).seededBy(g -> table.seed("sorted", g));
    this.pages = SoakItemPageCache.create(redifu).seededBy(g -> table.seed("page", g));
    this.series = SoakItemTimeSeriesCache.create(redifu).seededBy(g -> table.seed("series", g));
    this.durationNanos = durationMillis * 1_000_000;
  }

  boolean running() {
    return System.nanoTime() - start < durationNanos;
  }

  /** Whether writers write now; between bursts they pause, so the collections expire. */
  boolean burst() {
    long millis = (System.nanoTime() - start) / 1_000_000;
    return millis % (BURST_MILLIS + QUIET_MILLIS) < BURST_MILLIS;
  }

  /**
   * Counts a read that finds {@code kind}'s collection, rendered key {@code key}, without state
   * (its meta hash): never seeded, or, once seeded, expired, as nothing resets it while the soak
   * runs.
   */
  void countIfUnseeded(String kind, String key) {
    if (!redifu.client().exists("{" + key + "}:meta")) {
      stats.count("unseeded." + kind);
    }
  }

  /** Runs {@code body} on its own thread until the soak ends; failures go to the stats. */
  Thread thread(String name, Loop body) {
    Thread thread =
        new Thread(
            () -> {
              while (running()) {
                try {
                  body.once();
                } catch (Throwable e) {
                  stats.fail("unexpected " + e);
                  if (e instanceof Error && !(e instanceof AssertionError)) {
                    return;
                  }
                }
              }
            },
            name);
    thread.setDaemon(true);
    return thread;
  }

  /** One step of a thread's loop. */
  interface Loop {
    void once() throws Exception;
  }

  static void pause(long millis) throws InterruptedException {
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }

  static SoakItem copy(SoakItem item) {
    SoakItem copy = new SoakItem();
    copy.setRandId(item.getRandId());
    copy.setGroupRandId(item.getGroupRandId());
    copy.setTitle(item.getTitle());
    copy.setVersion(item.getVersion());
    copy.setCreatedAt(item.getCreatedAt());
    copy.setUpdatedAt(item.getUpdatedAt());
    return copy;
  }
}
