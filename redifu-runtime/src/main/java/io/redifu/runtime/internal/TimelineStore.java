package io.redifu.runtime.internal;

import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.collection.CollectionCore;
import io.redifu.runtime.internal.collection.Timeline;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.PagedSpec;
import io.redifu.runtime.internal.seed.TimelineSeeds;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The timeline behind every generated {@code XTimelineCache}: reads and writes go to {@link
 * Timeline}, seeding from SQL to {@link TimelineSeeds}, which works through the same {@code
 * Timeline}. Thread-safe.
 */
public final class TimelineStore<T> extends CollectionStore<T, PagedSpec<T>, TimelineStore<T>> {
  private final Timeline<T> timeline;
  private final TimelineSeeds<T> seeds;

  private TimelineStore(Parts<T, PagedSpec<T>> parts) {
    super(parts, TimelineStore::new);
    this.timeline = new Timeline<>(core, spec, singleRoundTrip());
    this.seeds = new TimelineSeeds<>(timeline, spec, core.documents(), seeders);
  }

  public static <T> TimelineStore<T> create(
      Redifu redifu, EntitySpec<T> entity, PagedSpec<T> spec) {
    return new TimelineStore<>(Parts.of(redifu, entity, spec, CollectionCore.Kind.TIMELINE));
  }

  /** Upserts the document and indexes the id where the cache covers its score, in its order. */
  @Override
  public void add(T value, String collection) {
    timeline.add(value, collection);
  }

  /** The page after the newest of {@code lastRandIds} still in the timeline (empty: first page). */
  public TimelinePage<T> fetch(String collection, List<String> lastRandIds) {
    return timeline.fetch(collection, lastRandIds);
  }

  /** The page after {@code cursor}, even if the item it names was removed. */
  public TimelinePage<T> fetch(String collection, Cursor cursor) {
    return timeline.fetch(collection, cursor);
  }

  /** Every cached item, in timeline order. */
  public List<T> fetchAll(String collection) {
    return timeline.fetchAll(collection);
  }

  /** Whether to seed: not cached, or a short page of a timeline not cached to its end. */
  public boolean requiresSeeding(String collection, int itemsReturned) {
    return timeline.requiresSeeding(collection, itemsReturned);
  }

  /** Commits one seeded page and its flags atomically; false when the snapshot is stale. */
  public boolean ingest(
      String collection,
      Collection<T> items,
      boolean firstPage,
      boolean reachedEnd,
      String expectedGen) {
    return timeline.ingest(collection, items, firstPage, reachedEnd, expectedGen);
  }

  /**
   * Seeds the page after {@code lastRandId} (null or empty: the first page) from SQL; returns the
   * number of items committed.
   */
  public int seed(String collection, Supplier<SeedQuery> seedQuery, String lastRandId) {
    return meter.timed("seed", () -> seeds.seed(collection, seedQuery, lastRandId));
  }

  /** {@link #fetch(String, List)}, seeding from SQL what the page needs first. */
  public TimelinePage<T> fetchOrSeed(
      String collection, Supplier<SeedQuery> seedQuery, List<String> lastRandIds) {
    return meter.timed(
        "fetchOrSeed",
        () -> {
          Timeline.requireLastRandIds(lastRandIds);
          return seeds.fetchOrSeed(collection, seedQuery, lastRandIds);
        });
  }

  /** {@link #fetch(String, Cursor)}, seeding from SQL what the page needs first. */
  public TimelinePage<T> fetchOrSeed(
      String collection, Supplier<SeedQuery> seedQuery, Cursor cursor) {
    return meter.timed(
        "fetchOrSeed",
        () -> {
          if (cursor == null) {
            throw new IllegalArgumentException("cursor must not be null");
          }
          return seeds.fetchOrSeed(collection, seedQuery, cursor);
        });
  }
}
