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
    ClashesTimelineCache.Instance one = timeline.of(p, p, p, p, p, p, p);
    one.add(item);
    one.remove(item.getRandId());
    one.fetch(List.of(p));
    one.requiresSeeding(3);
    one.ingest(List.of(item), true, false, null);
    ClashesSortedCache sorted = ClashesSortedCache.create(redifu);
    sorted.of(p, p, p, p, p).fetchRange(Order.DESC, Instant.EPOCH, Instant.MAX);
    sorted.of(p, p, p, p, p).ingest(List.of(item), p);
    ClashesPageCache pages = ClashesPageCache.create(redifu);
    pages.of(p, p, p).ingest(2, List.of(item), null);
    timeline.seededBy((a, b, c, d, e, f, g) -> SeedQuery.sql("SELECT 1", a, b, c, d, e, f, g));
    one.seed(null);
    one.fetchOrSeed(List.of(p));
    sorted.seededBy((a, b, c, d, e) -> SeedQuery.sql("SELECT 1"));
    sorted.of(p, p, p, p, p).fetchRangeOrSeed(Order.ASC, Instant.MIN, Instant.EPOCH);
    pages.seededBy((a, b, c) -> SeedQuery.sql("SELECT 1")).of(p, p, p).seed(3);
    ClashesTimeSeriesCache series =
        ClashesTimeSeriesCache.create(redifu)
            .seededBy((a, b, c, d, e, f) -> SeedQuery.sql("SELECT 1", a, b, c, d, e, f));
    ClashesTimeSeriesCache.Instance range = series.of(p, p, p, p, p, p);
    range.fetch(Instant.EPOCH, Instant.EPOCH);
    range.seed(Instant.EPOCH, Instant.EPOCH);
    range.fetchOrSeed(Instant.EPOCH, Instant.EPOCH);
    Clashes_NestedTimelineCache nested = Clashes_NestedTimelineCache.create(redifu);
    // Entities named like the nested Seeder and Loader interfaces of their caches.
    SeederTimelineCache seeders =
        SeederTimelineCache.create(redifu).seededBy(owner -> SeedQuery.sql("SELECT 1", owner));
    List<Seeder> seeded = seeders.of(p).fetchOrSeed(List.of()).items();
    List<Instance> instances = InstanceTimelineCache.create(redifu).of(p).fetchAll();
    Loader loaded =
        LoaderCache.create(redifu).loadedBy(ids -> SeedQuery.sql("SELECT 1", ids)).getOrLoad(p);
    return pages.of(p, p, p).fetch(1).size()
        + ClashesPageCache.key(p, p, p).length()
        + nested.of(p).fetchAll().size()
        + seeded.size()
        + instances.size()
        + (loaded == null ? 0 : 1);
  }
}
