package io.redifu.runtime.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.MetricsListener.Count;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every {@link Count} lands on the counter, with the tags, that the README's metrics table names.
 */
class MicrometerMetricsTest {
  /**
   * The README's names, written out: a renamed constant or meter must fail here, not in a chart.
   */
  private static final Map<Count, String> DOCUMENTED = new EnumMap<>(Count.class);

  static {
    DOCUMENTED.put(Count.HITS, "redifu.cache.hits");
    DOCUMENTED.put(Count.MISSES, "redifu.cache.misses");
    DOCUMENTED.put(Count.MISSING_MARKER_HITS, "redifu.cache.missing.markers");
    DOCUMENTED.put(Count.DOCUMENTS_MISSING, "redifu.documents.missing");
    DOCUMENTED.put(Count.DOCUMENTS_UNDECODABLE, "redifu.documents.undecodable");
    DOCUMENTED.put(Count.ROUND_TRIPS, "redifu.round.trips");
    DOCUMENTED.put(Count.NEAR_CACHE_HITS, "redifu.near.hits");
    DOCUMENTED.put(Count.NEAR_CACHE_MISSES, "redifu.near.misses");
    DOCUMENTED.put(Count.NEAR_CACHE_INVALIDATIONS, "redifu.near.invalidations");
    DOCUMENTED.put(Count.NEAR_CACHE_EVICTIONS, "redifu.near.evictions");
  }

  /** The README's near-cache counters: per entity, no {@code op} tag, collection {@code none}. */
  private static final EnumSet<Count> PER_ENTITY =
      EnumSet.of(
          Count.NEAR_CACHE_HITS,
          Count.NEAR_CACHE_MISSES,
          Count.NEAR_CACHE_INVALIDATIONS,
          Count.NEAR_CACHE_EVICTIONS);

  private final MeterRegistry registry = new SimpleMeterRegistry();
  private final MicrometerMetrics metrics = new MicrometerMetrics(registry);

  @ParameterizedTest
  @EnumSource(Count.class)
  void aCountLandsOnItsDocumentedCounter(Count what) {
    assertThat(DOCUMENTED).containsKey(what);
    boolean near = PER_ENTITY.contains(what);
    String collection = near ? MetricsListener.NO_COLLECTION : "PostTimelineCache";

    metrics.counted(what, "Post", collection, "fetch", 2);
    metrics.counted(what, "Post", collection, "fetch", 3);

    Tags tags = Tags.of("entity", "Post", "collection", collection);
    Meter.Id id = registry.get(DOCUMENTED.get(what)).counter().getId();
    assertThat(id.getTags())
        .as("near-cache counters are per entity, the others per operation too")
        .containsExactlyInAnyOrderElementsOf(near ? tags : tags.and("op", "fetch"));
    assertThat(registry.get(DOCUMENTED.get(what)).counter().count()).isEqualTo(5.0);
    assertThat(names())
        .as("no other meter")
        .isSubsetOf(DOCUMENTED.get(what), "cache.gets")
        .contains(DOCUMENTED.get(what));
  }

  @ParameterizedTest
  @EnumSource(
      value = Count.class,
      names = {"HITS", "MISSES"})
  void hitsAndMissesAlsoFollowMicrometersCacheConvention(Count what) {
    metrics.counted(what, "Post", "PostTimelineCache", "fetchOrSeed", 2);
    metrics.counted(what, "Post", MetricsListener.NO_COLLECTION, "get", 3);

    String result = what == Count.HITS ? "hit" : "miss";
    assertThat(cacheGets("PostTimelineCache", result)).isEqualTo(2.0);
    assertThat(cacheGets("Post", result)).as("entity operations: the entity's name").isEqualTo(3.0);
  }

  @ParameterizedTest
  @EnumSource(
      value = Count.class,
      names = {"HITS", "MISSES"},
      mode = EnumSource.Mode.EXCLUDE)
  void otherCountsAreNoCacheGets(Count what) {
    metrics.counted(what, "Post", MetricsListener.NO_COLLECTION, "get", 1);

    assertThat(registry.find("cache.gets").meters()).isEmpty();
  }

  private double cacheGets(String cache, String result) {
    return registry
        .get("cache.gets")
        .tags("cache", cache, "cache.manager", "redifu", "result", result)
        .counter()
        .count();
  }

  private List<String> names() {
    return registry.getMeters().stream()
        .map(meter -> meter.getId().getName())
        .distinct()
        .collect(Collectors.toList());
  }
}
