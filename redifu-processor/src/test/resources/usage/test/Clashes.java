package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Page;
import io.redifu.annotation.Sorted;
import io.redifu.annotation.TimeSeries;
import io.redifu.annotation.Timeline;
import io.redifu.runtime.BaseRecord;

/**
 * Placeholders named like generated parameters, fields or methods, or a Java keyword; a nested entity.
 */
@Entity
@Timeline(key = "t:{value}:{randId}:{cursor}:{lastRandIds}:{itemsReturned}:{items}:{store}")
@Sorted(key = "s:{order}:{lower}:{upper}:{expectedGen}:{class}")
@Page(key = "p:{page}:{redifu}:{SPEC}")
@TimeSeries(key = "ts:{from}:{to}:{range}:{seeder}:{key}:{seedQuery}")
public class Clashes extends BaseRecord {
  /** A nested entity: its caches are named Clashes_NestedCache, Clashes_NestedTimelineCache. */
  @Entity
  @Timeline(key = "nested:{parentRandId}")
  public static class Nested extends BaseRecord {}
}
