package io.redifu.runtime.internal;

import io.redifu.annotation.Order;
import io.redifu.runtime.MetricsListener.Count;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.collection.CollectionCalls;
import io.redifu.runtime.internal.collection.CollectionCore;
import io.redifu.runtime.internal.collection.PageScripts;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.KeySchema;
import io.redifu.runtime.internal.model.PagedSpec;
import io.redifu.runtime.internal.model.SpecChecks;
import io.redifu.runtime.internal.redis.ScriptCalls;
import io.redifu.runtime.internal.seed.SeedConflict;
import io.redifu.runtime.internal.seed.SeedFlight;
import io.redifu.runtime.internal.seed.Seeders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The collection behind every generated {@code XPageCache}: numbered pages (1-based), each cached
 * on its own; any add or remove drops every cached page of the instance, because offsets shift.
 * Once a seed meets the end of the rows (a short or empty page), the instance remembers where it
 * is: every page past it is answered empty with no key, field or query of its own, so page numbers
 * from clients cannot grow Redis or the work per request. Thread-safe.
 */
public final class PageStore<T> extends CollectionStore<T, PagedSpec<T>, PageStore<T>> {
  private PageStore(Parts<T, PagedSpec<T>> parts) {
    super(parts, PageStore::new);
  }

  public static <T> PageStore<T> create(Redifu redifu, EntitySpec<T> entity, PagedSpec<T> spec) {
    return new PageStore<>(Parts.of(redifu, entity, spec, CollectionCore.Kind.PAGES));
  }

  /**
   * Seeds {@code page} from SQL, once across threads and JVMs; returns the number of items
   * committed (0 when it waited for another's seed of the page, which cached it).
   */
  public int seed(String collection, Supplier<SeedQuery> seedQuery, int page) {
    return meter.timed(
        "seed",
        () -> {
          SpecChecks.page(page);
          SeedQuery query = seeders.query(seedQuery);
          return SeedFlight.at(core.client(), meter, collection, KeySchema.page(page))
              .explicit(
                  () -> requiresSeeding(collection, page), () -> seedNow(collection, query, page));
        });
  }

  /**
   * Queries {@code page} and commits it; the caller holds the page's seed lock. An empty page also
   * counts the rows, so the end is known exactly and no later page past it costs a query.
   */
  private int seedNow(String collection, SeedQuery query, int page) {
    return seeders.commit(
        collection,
        () -> generation(collection),
        gen -> {
          List<T> rows = rows(query, page);
          Integer end = end(page, rows.size());
          if (rows.isEmpty() && page > 1) {
            long count = sql().count(query);
            end = (int) Math.min(page, count == 0 ? 1 : (count - 1) / spec.perPage() + 2);
          }
          return new Seeders.Committed(commit(collection, page, rows, gen, end), rows.size());
        });
  }

  /**
   * The first page past the rows that {@code page} holding {@code items} shows: none for a full
   * page, the next for a short one, at most this one for an empty one.
   */
  private Integer end(int page, int items) {
    if (items == spec.perPage()) {
      return null;
    }
    return items > 0 ? page + 1 : page;
  }

  /**
   * {@link #fetch}, seeding the page from SQL first when it is not cached. A write that drops the
   * pages between the seed's commit and the read makes it seed again; a page dropped after each of
   * {@link Seeders#ATTEMPTS} seeds, or written to during each seed's query, is answered from SQL
   * without caching. So it never answers a dropped page as empty.
   */
  public List<T> fetchOrSeed(String collection, Supplier<SeedQuery> seedQuery, int page) {
    return meter.timed(
        "fetchOrSeed",
        () -> {
          SpecChecks.page(page);
          Optional<List<String>> ids = cachedIds(collection, page, "fetchOrSeed");
          if (ids.isPresent()) {
            meter.count(Count.HITS, "fetchOrSeed", 1);
            return CollectionCalls.documents(core.documents(), ids.get(), collection);
          }
          for (int seed = 1; seed <= Seeders.ATTEMPTS; seed++) {
            try {
              seedOnce(collection, seedQuery, page);
            } catch (SeedConflict busy) { // written to during every attempt
              return fromSql(seedQuery, page);
            }
            ids = cachedIds(collection, page, "fetchOrSeed");
            if (ids.isPresent()) {
              return CollectionCalls.documents(core.documents(), ids.get(), collection);
            }
          }
          return fromSql(seedQuery, page);
        });
  }

  /** The rows of {@code page} straight from SQL, relations resolved; nothing cached. */
  private List<T> fromSql(Supplier<SeedQuery> seedQuery, int page) {
    List<T> rows = rows(seeders.query(seedQuery), page);
    return core.documents().reads().resolveLogged(rows, spec.name() + ".fetchOrSeed");
  }

  /** The rows of {@code page} from SQL. */
  private List<T> rows(SeedQuery query, int page) {
    long offset = (long) (page - 1) * spec.perPage();
    return sql().page(query, null, spec.order() == Order.DESC, spec.perPage(), offset);
  }

  private void seedOnce(String collection, Supplier<SeedQuery> seedQuery, int page) {
    SeedQuery query = seeders.query(seedQuery);
    SeedFlight.at(core.client(), meter, collection, KeySchema.page(page))
        .run(() -> requiresSeeding(collection, page), () -> seedNow(collection, query, page));
  }

  /**
   * The cached items of {@code page} in page order, or an empty list when the page is not cached:
   * use {@link #fetchIfCached} to tell the two apart. 2 round trips (ids, documents).
   */
  public List<T> fetch(String collection, int page) {
    return meter.timed(
        "fetch",
        () -> {
          return fetchIfCached(collection, page).orElse(List.of());
        });
  }

  /**
   * The cached items of {@code page} in page order (empty for a page seeded empty, past the last
   * row), or empty when the page is not cached (never seeded, dropped by a write, or expired); the
   * ids and their state in one read. 2 round trips (ids, documents).
   */
  public Optional<List<T>> fetchIfCached(String collection, int page) {
    return meter.timed(
        "fetch",
        () -> {
          SpecChecks.page(page);
          return cachedIds(collection, page, "fetch")
              .map(ids -> CollectionCalls.documents(core.documents(), ids, collection));
        });
  }

  /** The ids of {@code page} if it is cached (none past the known end); 1 round trip. */
  private Optional<List<String>> cachedIds(String collection, int page, String operation) {
    SpecChecks.page(page);
    List<?> reply =
        (List<?>)
            CollectionCalls.run(
                core.client(),
                meter,
                operation,
                new ScriptCalls.Call(
                    PageScripts.FETCH,
                    core.keys(collection),
                    List.of(Bytes.encode(Integer.toString(page)))));
    if ((Long) reply.get(0) == 0) {
      return Optional.empty();
    }
    return Optional.of(CollectionCalls.strings(reply.subList(1, reply.size())));
  }

  /** Whether {@code page} is not cached (never seeded, dropped by a write, or expired). */
  public boolean requiresSeeding(String collection, int page) {
    return cachedIds(collection, page, "requiresSeeding").isEmpty();
  }

  /**
   * Caches one seeded page: documents where absent, the page's ids in page order. A short page also
   * tells where the rows end (an empty one: at most here). Returns false when {@code expectedGen}
   * is given and a write came in since.
   */
  public boolean ingest(String collection, int page, Collection<T> items, String expectedGen) {
    SpecChecks.page(page);
    int size = items == null ? 0 : items.size();
    return "ok".equals(commit(collection, page, items, expectedGen, end(page, size)));
  }

  /** {@link #ingest} with the end the page shows (null: none), answering 'ok' or 'conflict'. */
  private String commit(
      String collection, int page, Collection<T> items, String expectedGen, Integer end) {
    if (items != null && items.size() > spec.perPage()) {
      throw new IllegalArgumentException(
          "a page holds at most " + spec.perPage() + " items, got " + items.size());
    }
    return core.commit(
        items == null ? null : pageOrder(items),
        PageScripts.INGEST,
        collection,
        List.of(
            core.ttlArg(),
            Bytes.encode(Integer.toString(page)),
            Bytes.encode(expectedGen == null ? "" : expectedGen),
            Bytes.encode(end == null ? "" : end.toString())));
  }

  /** {@code items} once each (the last of an id wins), in page order: score, then id bytes. */
  private List<T> pageOrder(Collection<T> items) {
    Map<String, T> byId = new LinkedHashMap<>();
    for (T item : items) {
      if (item == null) {
        throw new IllegalArgumentException(
            core.documents().spec().entityName() + " must not be null");
      }
      byId.put(core.documents().spec().codec().randId(item), item);
    }
    Comparator<T> order =
        Comparator.<T>comparingDouble(spec.score())
            .thenComparing(
                item -> Bytes.encode(core.documents().spec().codec().randId(item)),
                Arrays::compareUnsigned);
    List<T> sorted = new ArrayList<>(byId.values());
    sorted.sort(spec.order() == Order.DESC ? order.reversed() : order);
    return sorted;
  }
}
