package io.redifu.runtime.internal;

import io.redifu.runtime.Cursor;
import io.redifu.runtime.Position;
import io.redifu.runtime.ResetPaginationException;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimelinePage;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Seeding of one timeline store from SQL: a page at a time, in (sortBy, randId) keyset order, so
 * the cache always holds the timeline from its top down to some item. A page after an item beyond
 * the cached end is served from SQL without caching it, because caching it would leave a hole.
 */
final class TimelineSeeds<T> {
  /** Times a cursor is placed before its page is answered from SQL instead. */
  private static final int PLACINGS = 3;

  private final TimelineStore<T> store;
  private final TimelineSpec<T> spec;
  private final EntityStore<T> documents;
  private final Seeders seeders;

  TimelineSeeds(
      TimelineStore<T> store, TimelineSpec<T> spec, EntityStore<T> documents, Seeders seeders) {
    this.store = store;
    this.spec = spec;
    this.documents = documents;
    this.seeders = seeders;
  }

  /**
   * Seeds the page after {@code lastRandId} (null or empty: the first page), once across threads
   * and JVMs: a call that waited for another's seed of the same page skips its own when the cache
   * has the page (the timeline is seeded; {@code lastRandId} is no longer its open end).
   */
  int seed(String collection, List<String> params, String lastRandId) {
    SeedQuery query = seeders.query(params);
    boolean first = lastRandId == null || lastRandId.isEmpty();
    return SeedFlight.explicit(
        documents.client(),
        seeders.meter(),
        collection,
        first ? SeedLock.WHOLE : SeedLock.after(lastRandId),
        () ->
            first
                ? store.requiresSeeding(collection, spec.perPage())
                : openEnd(collection, lastRandId),
        () -> commit(collection, query, first ? null : place(query, lastRandId), first));
  }

  /**
   * Whether {@code randId} is the cached end of a timeline that does not reach the source's end.
   */
  private boolean openEnd(String collection, String randId) {
    return store.requiresSeeding(collection, 0)
        && store.end(collection).map(Cursor::randId).filter(randId::equals).isPresent();
  }

  TimelinePage<T> fetchOrSeed(String collection, List<String> params, List<String> lastRandIds) {
    TimelinePage<T> page;
    try {
      page = store.fetch(collection, lastRandIds);
    } catch (ResetPaginationException e) {
      SeedQuery query = seeders.query(params);
      String newest = lastRandIds.get(lastRandIds.size() - 1);
      SeedSql.After after = place(query, newest);
      return fetchOrSeed(collection, params, Cursor.of(after.score(), after.randId()));
    }
    return complete(collection, params, page, () -> store.fetch(collection, lastRandIds));
  }

  /**
   * A cursor resets only when the timeline is not cached as the cursor is placed. When it is cached
   * again by the time that is known (another request seeded it), the cursor is placed there;
   * otherwise, or after {@value #PLACINGS} such races, the page is answered from SQL.
   */
  TimelinePage<T> fetchOrSeed(String collection, List<String> params, Cursor cursor) {
    for (int placing = 1; ; placing++) {
      try {
        TimelinePage<T> page = store.fetch(collection, cursor);
        return complete(collection, params, page, () -> store.fetch(collection, cursor));
      } catch (ResetPaginationException notCached) {
        if (placing == PLACINGS || store.requiresSeeding(collection, 0)) {
          seeders.meter().misses("fetchOrSeed", 1);
          return fromSql(seeders.query(params), new SeedSql.After(cursor.score(), cursor.randId()));
        }
      }
    }
  }

  /**
   * A short page of a cache that does not reach the end needs the next page from SQL: seeded after
   * the cache's last item when the page ends there, else read from SQL without caching. The page is
   * read again first when the cached end moved meanwhile (another request seeded it).
   */
  private TimelinePage<T> complete(
      String collection,
      List<String> params,
      TimelinePage<T> page,
      Supplier<TimelinePage<T>> refetch) {
    for (int look = 0; ; look++) {
      if (pageSize(page) >= spec.perPage() || !store.requiresSeeding(collection, pageSize(page))) {
        if (look == 0) {
          seeders.meter().hits("fetchOrSeed", 1);
        }
        return page;
      }
      String end = page.validLastId(); // null for an empty first page
      Optional<String> cachedEnd = store.end(collection).map(Cursor::randId);
      boolean top = end == null || cachedEnd.isEmpty();
      SeedQuery query = seeders.query(params);
      if (top || cachedEnd.get().equals(end)) {
        try {
          SeedFlight.run(
              documents.client(),
              seeders.meter(),
              collection,
              top ? SeedLock.WHOLE : SeedLock.after(end),
              () -> store.requiresSeeding(collection, pageSize(refetch.get())),
              () ->
                  top
                      ? commit(collection, query, null, true)
                      : commitAfter(collection, query, end));
        } catch (SeedConflict busy) { // written to during every attempt: answer from SQL
          return fromSql(query, top ? null : place(query, end));
        }
        return refetch.get();
      }
      if (look > 0) {
        seeders.meter().misses("fetchOrSeed", 1);
        return fromSql(query, place(query, end));
      }
      page = refetch.get();
    }
  }

  /** The ids a page read: items, plus those whose documents were gone. */
  private static int pageSize(TimelinePage<?> page) {
    return page.items().size() + page.missingIds().size();
  }

  /** Queries one page (plus one row, to know whether it ends the source) and commits it. */
  private int commit(String collection, SeedQuery query, SeedSql.After after, boolean first) {
    SeedSql<T> sql = seeders.sql(documents.spec(), spec.sortBy());
    return seeders.commit(
        collection,
        () -> store.generation(collection),
        gen -> commitPage(collection, sql, query, after, first, gen));
  }

  /**
   * Seeds the page after {@code end}, the cached end, placed by its score in the zset as read after
   * the generation: a write since then (such as {@code end} moving) fails the commit, so the page
   * continues exactly where the cache ends and never leaves a hole. Seeds nothing when {@code end}
   * is no longer the cached end.
   */
  private int commitAfter(String collection, SeedQuery query, String end) {
    SeedSql<T> sql = seeders.sql(documents.spec(), spec.sortBy());
    return seeders.commit(
        collection,
        () -> store.generation(collection),
        gen -> {
          Optional<Cursor> cached = store.end(collection);
          if (cached.isEmpty() || !cached.get().randId().equals(end)) {
            return new Seeders.Committed("moved", 0);
          }
          SeedSql.After after = new SeedSql.After(cached.get().score(), end);
          return commitPage(collection, sql, query, after, false, gen);
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
    String status = store.commit(collection, items, first, reachedEnd, gen);
    return new Seeders.Committed(status, items.size());
  }

  /**
   * The page after {@code after} (null: the first page) straight from SQL, relations resolved;
   * nothing cached.
   */
  private TimelinePage<T> fromSql(SeedQuery query, SeedSql.After after) {
    SeedSql<T> sql = seeders.sql(documents.spec(), spec.sortBy());
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

  /** Where {@code randId} sorts: from its cached document, else from its SQL row. */
  private SeedSql.After place(SeedQuery query, String randId) {
    Optional<T> cached = documents.raw().get(randId);
    T item =
        cached.orElseGet(
            () -> {
              List<T> rows = seeders.sql(documents.spec(), spec.sortBy()).item(query, randId);
              if (rows.isEmpty()) {
                throw new ResetPaginationException(
                    spec.name()
                        + ": \""
                        + randId
                        + "\" is neither cached nor in the source;"
                        + " restart from the first page");
              }
              return rows.get(0);
            });
    return new SeedSql.After(spec.score().applyAsDouble(item), randId);
  }
}
