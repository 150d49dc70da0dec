package test;

import io.redifu.annotation.Order;
import io.redifu.runtime.Redifu;
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
    sorted.fetchRange(p, p, p, p, p, Order.DESC, 1L, 2L);
    sorted.ingest(p, p, p, p, p, List.of(item), p);
    ClashesPageCache pages = ClashesPageCache.create(redifu);
    pages.ingest(p, p, p, 2, List.of(item), null);
    Clashes_NestedTimelineCache nested = Clashes_NestedTimelineCache.create(redifu);
    return pages.fetch(p, p, p, 1).size()
        + ClashesPageCache.key(p, p, p).length()
        + nested.fetchAll(p).size();
  }
}
