package test;

import io.redifu.annotation.Order;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedQuery;
import java.time.Instant;
import java.util.List;

/** Calls every generated method whose parameters clash with a placeholder. */
final class ClashesUsage {
  private ClashesUsage() {}

  static int use(Redifu redifu, Clashes item, String p) {
    ClashesTimelineCache timeline = ClashesTimelineCache.create(redifu);
    timeline.add(item, p, p, p, p, p, p, p);
    timeline.remove(item.getRandId(), p, p, p, p, p, p, p);
    timeline.fetch(p, p, p, p, p, p, p, List.of(p));
    timeline.requiresSeeding(p, p, p, p, p, p, p, 3);
    timeline.ingest(p, p, p, p, p, p, p, List.of(item), true, false, null);
    ClashesSortedCache sorted = ClashesSortedCache.create(redifu);
    sorted.fetchRange(p, p, p, p, p, Order.DESC, Instant.EPOCH, Instant.MAX);
    sorted.ingest(p, p, p, p, p, List.of(item), p);
    ClashesPageCache pages = ClashesPageCache.create(redifu);
    pages.ingest(p, p, p, 2, List.of(item), null);
    timeline.seededBy((a, b, c, d, e, f, g) -> SeedQuery.sql("SELECT 1", a, b, c, d, e, f, g));
    timeline.seed(p, p, p, p, p, p, p, null);
    timeline.fetchOrSeed(p, p, p, p, p, p, p, List.of(p));
    sorted.seededBy((a, b, c, d, e) -> SeedQuery.sql("SELECT 1"));
    sorted.fetchRangeOrSeed(p, p, p, p, p, Order.ASC, Instant.MIN, Instant.EPOCH);
    pages.seededBy((a, b, c) -> SeedQuery.sql("SELECT 1")).seed(p, p, p, 3);
    ClashesTimeSeriesCache series =
        ClashesTimeSeriesCache.create(redifu).seededBy((a, b, c) -> SeedQuery.sql("SELECT 1"));
    series.fetch(p, p, p, Instant.EPOCH, Instant.EPOCH);
    series.seed(p, p, p, Instant.EPOCH, Instant.EPOCH);
    series.fetchOrSeed(p, p, p, Instant.EPOCH, Instant.EPOCH);
    Clashes_NestedTimelineCache nested = Clashes_NestedTimelineCache.create(redifu);
    // Entities named like the nested Seeder and Loader interfaces of their caches.
    SeederTimelineCache seeders =
        SeederTimelineCache.create(redifu).seededBy(owner -> SeedQuery.sql("SELECT 1", owner));
    List<Seeder> seeded = seeders.fetchOrSeed(p, List.of()).items();
    Loader loaded =
        LoaderCache.create(redifu).loadedBy(ids -> SeedQuery.sql("SELECT 1", ids)).getOrLoad(p);
    return pages.fetch(p, p, p, 1).size()
        + ClashesPageCache.key(p, p, p).length()
        + nested.fetchAll(p).size()
        + seeded.size()
        + (loaded == null ? 0 : 1);
  }
}
