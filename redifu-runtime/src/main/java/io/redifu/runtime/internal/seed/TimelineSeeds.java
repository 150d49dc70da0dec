package io.redifu.runtime.internal.seed;

import io.redifu.runtime.Cursor;
import io.redifu.runtime.MetricsListener.Count;
import io.redifu.runtime.Position;
import io.redifu.runtime.ResetPaginationException;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.collection.CollectionCore;
import io.redifu.runtime.internal.collection.Timeline;
import io.redifu.runtime.internal.document.Documents;
import io.redifu.runtime.internal.document.Resolution;
import io.redifu.runtime.internal.model.KeySchema;
import io.redifu.runtime.internal.model.PagedSpec;
import io.redifu.runtime.internal.sql.SeedSql;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Seeding of one timeline store from SQL: a page at a time, in (sortBy, randId) keyset order, so
 * the cache always holds the timeline from its top down to some item. A page after an item beyond
 * the cached end is served from SQL without caching it, because caching it would leave a hole; it
 * starts at the cursor's own score and randId, so a deleted or moved item keeps its place. An
 * explicit seed there is refused.
 */
public final class TimelineSeeds<T> {
  /** Times a cursor is placed before its page is answered from SQL instead. */
  private static final int PLACINGS = 3;

  private final Timeline<T> timeline;
  private final PagedSpec<T> spec;
  private final Documents<T> documents;
  private final Seeders seeders;
  private final TimelinePlaces<T> places;

  public TimelineSeeds(
      Timeline<T> timeline, PagedSpec<T> spec, Documents<T> documents, Seeders seeders) {
    this.timeline = timeline;
    this.spec = spec;
    this.documents = documents;
    this.seeders = seeders;
    this.places = new TimelinePlaces<>(spec, documents, seeders);
  }

  /**
   * Seeds the page after {@code lastRandId} (null or empty: the first page), once across threads
   * and JVMs. A later page is committed only where it continues the cache; a complete timeline has
   * nothing left to seed. A call that waited for another's seed of the same page skips its own when
   * the cache has the page ({@code lastRandId} is no longer its open end).
   *
   * @throws ResetPaginationException when the timeline is not cached, or {@code lastRandId} lies
   *     beyond the cached end: committing the page after it would leave the rows between uncached
   */
  public int seed(String collection, Supplier<SeedQuery> seedQuery, String lastRandId) {
    SeedQuery query = seeders.query(seedQuery);
    boolean first = lastRandId == null || lastRandId.isEmpty();
    return SeedFlight.at(
            documents.client(),
            seeders.meter(),
            collection,
            first ? KeySchema.WHOLE : KeySchema.after(lastRandId))
        .explicit(
            () ->
                first
                    ? timeline.requiresSeeding(collection, spec.perPage())
                    : openEnd(collection, lastRandId),
            () ->
                first
                    ? commitFirst(collection, query)
                    : commitContinuing(collection, query, lastRandId));
  }

  /**
   * Whether {@code randId} is the cached end of a timeline that does not reach the source's end.
   */
  private boolean openEnd(String collection, String randId) {
    return timeline.requiresSeeding(collection, 0)
        && timeline.end(collection).map(Cursor::randId).filter(randId::equals).isPresent();
  }

  /** Commits the page after {@code lastRandId} where it continues the cache; see {@link #seed}. */
  private int commitContinuing(String collection, SeedQuery query, String lastRandId) {
    return commitAfter(
        collection,
        query,
        () -> {
          CollectionCore.State state = timeline.state(collection, "seed");
          return state.seeded() && state.complete()
              ? Optional.empty()
              : Optional.of(continuing(collection, query, lastRandId, state));
        });
  }

  /**
   * Where {@code randId} sorts, provided the page after it continues the cache: it is cached, or
   * sorts at or before the cached end. Read after the generation, so a write meanwhile (such as the
   * end moving) fails the commit.
   */
  private SeedSql.After continuing(
      String collection, SeedQuery query, String randId, CollectionCore.State state) {
    if (!state.seeded()) {
      throw new ResetPaginationException(
          spec.name()
              + " \""
              + collection
              + "\" is not cached, so the page after \""
              + randId
              + "\" cannot continue it: seed the first page (no lastRandId) first");
    }
    Optional<Double> cached = timeline.score(collection, randId);
    if (cached.isPresent()) {
      return new SeedSql.After(cached.get(), randId);
    }
    SeedSql.After position = places.place(query, randId);
    Optional<Cursor> end = timeline.end(collection);
    if (end.isEmpty() || places.sortsAfter(position, end.get())) {
      throw new ResetPaginationException(
          spec.name()
              + " \""
              + collection
              + "\": \""
              + randId
              + "\" lies beyond the cached end "
              + end.map(cursor -> "\"" + cursor.randId() + "\"").orElse("(no item is cached)")
              + ", so seeding the page after it would leave the rows between uncached; seed after"
              + " the cached end, restart from the first page, or use fetchOrSeed, which answers"
              + " such a page from SQL");
    }
    return position;
  }

  /**
   * The page after the newest of {@code lastRandIds} in the cache; when none is cached, the page
   * after the newest that still has a document or a row, placed by that item's score.
   */
  public TimelinePage<T> fetchOrSeed(
      String collection, Supplier<SeedQuery> seedQuery, List<String> lastRandIds) {
    TimelinePage<T> page;
    try {
      page = timeline.fetch(collection, lastRandIds);
    } catch (ResetPaginationException e) {
      SeedSql.After after = places.placeNewest(seeders.query(seedQuery), lastRandIds);
      return fetchOrSeed(collection, seedQuery, Cursor.of(after.score(), after.randId()));
    }
    return complete(
        collection,
        seedQuery,
        page,
        query -> start(collection, query, lastRandIds),
        () -> timeline.fetch(collection, lastRandIds));
  }

  /**
   * A cursor resets only when the timeline is not cached as the cursor is placed. When it is cached
   * again by the time that is known (another request seeded it), the cursor is placed there;
   * otherwise, or after {@value #PLACINGS} such races, the page is answered from SQL.
   */
  public TimelinePage<T> fetchOrSeed(
      String collection, Supplier<SeedQuery> seedQuery, Cursor cursor) {
    for (int placing = 1; ; placing++) {
      try {
        TimelinePage<T> page = timeline.fetch(collection, cursor);
        return complete(
            collection,
            seedQuery,
            page,
            query -> new SeedSql.After(cursor.score(), cursor.randId()),
            () -> timeline.fetch(collection, cursor));
      } catch (ResetPaginationException notCached) {
        if (placing == PLACINGS || timeline.requiresSeeding(collection, 0)) {
          seeders.meter().count(Count.MISSES, "fetchOrSeed", 1);
          return fromSql(
              seeders.query(seedQuery), new SeedSql.After(cursor.score(), cursor.randId()));
        }
      }
    }
  }

  /**
   * A short page of a cache that does not reach the end needs the next page from SQL: seeded after
   * the cache's last item when the page ends there, else the whole page read from SQL without
   * caching, from {@code start} (where the request starts; null: the top). The page is read again
   * first when the cached end moved meanwhile (another request seeded it). A page still short after
   * its seed is read from SQL: a request seeds at most one page.
   */
  private TimelinePage<T> complete(
      String collection,
      Supplier<SeedQuery> seedQuery,
      TimelinePage<T> page,
      Function<SeedQuery, SeedSql.After> start,
      Supplier<TimelinePage<T>> refetch) {
    for (int look = 0; ; look++) {
      if (pageSize(page) >= spec.perPage()
          || !timeline.requiresSeeding(collection, pageSize(page))) {
        if (look == 0) {
          seeders.meter().count(Count.HITS, "fetchOrSeed", 1);
        }
        return page;
      }
      String end = page.validLastId(); // null for an empty first page
      Optional<String> cachedEnd = timeline.end(collection).map(Cursor::randId);
      boolean top = end == null; // an empty first page
      SeedQuery query = seeders.query(seedQuery);
      if (top || cachedEnd.map(end::equals).orElse(false)) {
        try {
          SeedFlight.at(
                  documents.client(),
                  seeders.meter(),
                  collection,
                  top ? KeySchema.WHOLE : KeySchema.after(end))
              .run(
                  () -> timeline.requiresSeeding(collection, pageSize(refetch.get())),
                  () ->
                      top
                          ? commitFirst(collection, query)
                          : commitAfterEnd(collection, query, end));
        } catch (SeedConflict busy) { // written to during every attempt: answer from SQL
          return fromSql(query, start.apply(query));
        }
        TimelinePage<T> seeded = refetch.get();
        if (pageSize(seeded) >= spec.perPage()
            || !timeline.requiresSeeding(collection, pageSize(seeded))) {
          return seeded;
        }
        // Still short: the request starts deeper than the cached end it named (a cursor with its
        // item's id but another score), or a write took items meanwhile. One seed per request.
        seeders.meter().count(Count.MISSES, "fetchOrSeed", 1);
        return fromSql(query, start.apply(query));
      }
      if (look > 0) {
        seeders.meter().count(Count.MISSES, "fetchOrSeed", 1);
        return fromSql(query, start.apply(query));
      }
      page = refetch.get();
    }
  }

  /**
   * Where a page after {@code lastRandIds} starts: the newest of them still cached, at the score
   * the cache holds it at; else placed as when none was cached; null for the first page.
   */
  private SeedSql.After start(String collection, SeedQuery query, List<String> lastRandIds) {
    if (lastRandIds.isEmpty()) {
      return null;
    }
    for (int i = lastRandIds.size() - 1; i >= 0; i--) {
      String id = lastRandIds.get(i);
      Optional<Double> score = timeline.score(collection, id);
      if (score.isPresent()) {
        return new SeedSql.After(score.get(), id);
      }
    }
    return places.placeNewest(query, lastRandIds);
  }

  /** The ids a page read: items, plus those whose documents were gone. */
  private static int pageSize(TimelinePage<?> page) {
    return page.items().size() + page.missingIds().size();
  }

  /** Queries the first page (plus one row, to know whether it ends the source) and commits it. */
  private int commitFirst(String collection, SeedQuery query) {
    SeedSql<T> sql = sql();
    return seeders.commit(
        collection,
        () -> timeline.generation(collection),
        gen -> commitPage(collection, sql, query, null, true, gen));
  }

  /**
   * Seeds the page after {@code end}, the cached end, placed by its score in the zset as read after
   * the generation: a write since then (such as {@code end} moving) fails the commit, so the page
   * continues exactly where the cache ends and never leaves a hole. Seeds nothing when {@code end}
   * is no longer the cached end.
   */
  private int commitAfterEnd(String collection, SeedQuery query, String end) {
    return commitAfter(
        collection,
        query,
        () ->
            timeline
                .end(collection)
                .filter(cached -> cached.randId().equals(end))
                .map(cached -> new SeedSql.After(cached.score(), end)));
  }

  /**
   * Commits the page after the position {@code start} reads once the generation is read, so that a
   * write meanwhile fails the commit; commits nothing when it reads none (nothing left to seed).
   */
  private int commitAfter(
      String collection, SeedQuery query, Supplier<Optional<SeedSql.After>> start) {
    SeedSql<T> sql = sql();
    return seeders.commit(
        collection,
        () -> timeline.generation(collection),
        gen -> {
          Optional<SeedSql.After> after = start.get();
          return after.isEmpty()
              ? new Seeders.Committed("ok", 0)
              : commitPage(collection, sql, query, after.get(), false, gen);
        });
  }

  private Seeders.Committed commitPage(
      String collection,
      SeedSql<T> sql,
      SeedQuery query,
      SeedSql.After after,
      boolean first,
      String gen) {
    List<T> rows = sql.page(query, after, spec.descending(), spec.perPage() + 1, 0);
    boolean reachedEnd = rows.size() <= spec.perPage();
    List<T> items = reachedEnd ? rows : rows.subList(0, spec.perPage());
    String status = timeline.commit(collection, items, first, reachedEnd, gen);
    return new Seeders.Committed(status, items.size());
  }

  /**
   * The page after {@code after} (null: the first page) straight from SQL, relations resolved;
   * nothing cached.
   */
  private TimelinePage<T> fromSql(SeedQuery query, SeedSql.After after) {
    SeedSql<T> sql = sql();
    List<T> rows = sql.page(query, after, spec.descending(), spec.perPage() + 1, 0);
    boolean more = rows.size() > spec.perPage();
    List<T> items = more ? rows.subList(0, spec.perPage()) : rows;
    Resolution<T> resolved = documents.reads().resolve(items, List.of());
    T last = items.isEmpty() ? null : items.get(items.size() - 1);
    String lastId =
        last != null
            ? documents.spec().codec().randId(last)
            : after == null ? null : after.randId();
    Position position =
        after == null ? Position.FIRST_PAGE : more ? Position.MIDDLE_PAGE : Position.LAST_PAGE;
    return new TimelinePage<>(
        resolved.items(),
        lastId,
        position,
        more,
        last == null ? null : Cursor.of(spec.score().applyAsDouble(last), lastId).token(),
        List.of(),
        resolved.missing());
  }

  private SeedSql<T> sql() {
    return seeders.sql(documents.spec(), spec.sortBy(), spec.score());
  }
}
