package io.redifu.runtime.internal;

import static io.redifu.runtime.internal.CollectionCalls.ascii;

import io.redifu.annotation.Order;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import redis.clients.jedis.UnifiedJedis;

/**
 * The collection behind every generated {@code XPageCache}: numbered pages (1-based), each cached
 * on its own; any add or remove drops every cached page of the instance, because offsets shift.
 * Thread-safe.
 */
public final class PageStore<T> {
  private final UnifiedJedis client;
  private final EntityStore<T> documents;
  private final PageSpec<T> spec;
  private final byte[] ttlArg;

  private final Seeders seeders;
  private final Meter meter;

  private PageStore(
      UnifiedJedis client, EntityStore<T> documents, PageSpec<T> spec, Seeders seeders) {
    this.client = client;
    this.documents = documents;
    this.spec = spec;
    this.ttlArg = ascii(Long.toString(spec.ttlMillis()));
    this.seeders = seeders;
    this.meter = seeders.meter();
  }

  /** This collection without relation resolution: items come back as stored. */
  public PageStore<T> raw() {
    return new PageStore<>(client, documents.raw(), spec, seeders);
  }

  public static <T> PageStore<T> create(Redifu redifu, EntitySpec<T> entity, PageSpec<T> spec) {
    redifu.keySpace().collection(spec.name(), spec.keyTemplate());
    return new PageStore<>(
        redifu.client(),
        EntityStore.create(redifu, entity),
        spec,
        new Seeders(
            redifu.dataSource().orElse(null),
            Meter.collection(redifu.metrics(), entity.entityName(), spec.name()),
            spec.timed()));
  }

  /** Sets the query that seeds an instance from SQL: key parameters in template order → query. */
  public void seededBy(Function<List<String>, SeedQuery> seeder) {
    seeders.set(seeder);
  }

  /**
   * Seeds {@code page} from SQL, once across threads and JVMs; returns the number of items
   * committed (0 when it waited for another's seed of the page, which cached it).
   */
  public int seed(String collection, List<String> params, int page) {
    SpecChecks.page(page);
    SeedQuery query = seeders.query(params);
    return SeedFlight.explicit(
        client,
        meter,
        collection,
        SeedLock.page(page),
        () -> requiresSeeding(collection, page),
        () -> seedNow(collection, query, page));
  }

  /** Queries {@code page} and commits it; the caller holds the page's seed lock. */
  private int seedNow(String collection, SeedQuery query, int page) {
    return seeders.commit(
        collection,
        () -> generation(collection),
        gen -> {
          List<T> rows = rows(query, page);
          return new Seeders.Committed(commit(collection, page, rows, gen), rows.size());
        });
  }

  /**
   * {@link #fetch}, seeding the page from SQL first when it is not cached. A write that drops the
   * pages between the seed's commit and the read makes it seed again; a page dropped after each of
   * {@link Seeders#ATTEMPTS} seeds, or written to during each seed's query, is answered from SQL
   * without caching. So it never answers a dropped page as empty.
   */
  public List<T> fetchOrSeed(String collection, List<String> params, int page) {
    SpecChecks.page(page);
    Optional<List<String>> ids = cachedIds(collection, page, "fetchOrSeed");
    if (ids.isPresent()) {
      meter.hits("fetchOrSeed", 1);
      return CollectionCalls.documents(documents, ids.get(), collection);
    }
    for (int seed = 1; seed <= Seeders.ATTEMPTS; seed++) {
      try {
        seedOnce(collection, params, page);
      } catch (SeedConflict busy) { // written to during every attempt
        return fromSql(params, page);
      }
      ids = cachedIds(collection, page, "fetchOrSeed");
      if (ids.isPresent()) {
        return CollectionCalls.documents(documents, ids.get(), collection);
      }
    }
    return fromSql(params, page);
  }

  /** The rows of {@code page} straight from SQL, relations resolved; nothing cached. */
  private List<T> fromSql(List<String> params, int page) {
    List<T> rows = rows(seeders.query(params), page);
    return documents.reads().resolveLogged(rows, spec.name() + ".fetchOrSeed");
  }

  /** The rows of {@code page} from SQL. */
  private List<T> rows(SeedQuery query, int page) {
    long offset = (long) (page - 1) * spec.perPage();
    return seeders
        .sql(documents.spec(), spec.sortBy(), spec.score())
        .page(query, null, spec.order() == Order.DESC, spec.perPage(), offset);
  }

  private void seedOnce(String collection, List<String> params, int page) {
    SeedQuery query = seeders.query(params);
    SeedFlight.run(
        client,
        meter,
        collection,
        SeedLock.page(page),
        () -> requiresSeeding(collection, page),
        () -> seedNow(collection, query, page));
  }

  /**
   * The cached items of {@code page} in page order, or an empty list when the page is not cached:
   * use {@link #fetchIfCached} to tell the two apart. 2 round trips (ids, documents).
   */
  public List<T> fetch(String collection, int page) {
    return fetchIfCached(collection, page).orElse(List.of());
  }

  /**
   * The cached items of {@code page} in page order (empty for a page seeded empty, past the last
   * row), or empty when the page is not cached (never seeded, dropped by a write, or expired); the
   * ids and their state in one read. 2 round trips (ids, documents).
   */
  public Optional<List<T>> fetchIfCached(String collection, int page) {
    SpecChecks.page(page);
    return cachedIds(collection, page, "fetch")
        .map(ids -> CollectionCalls.documents(documents, ids, collection));
  }

  /** The ids of {@code page} if it is cached; 1 round trip. */
  private Optional<List<String>> cachedIds(String collection, int page, String operation) {
    byte[] descending = ascii(spec.order() == Order.DESC ? "1" : "0");
    List<?> reply =
        (List<?>)
            CollectionCalls.run(
                client,
                meter,
                operation,
                new ScriptCalls.Call(
                    PageScripts.FETCH,
                    keys(collection, page),
                    List.of(ascii(Integer.toString(page)), descending)));
    if ((Long) reply.get(0) == 0) {
      return Optional.empty();
    }
    return Optional.of(CollectionCalls.strings(reply.subList(1, reply.size())));
  }

  /** Whether {@code page} is not cached (never seeded, dropped by a write, or expired). */
  public boolean requiresSeeding(String collection, int page) {
    List<?> state =
        (List<?>)
            CollectionCalls.run(
                client,
                meter,
                "requiresSeeding",
                call(PageScripts.STATE, collection, page, ascii(Integer.toString(page))));
    if (!(state.get(0) instanceof byte[] count)) {
      return true;
    }
    boolean seededEmpty = Keys.string(count).equals("0");
    return !seededEmpty && (Long) state.get(1) == 0;
  }

  /** Upserts the document and drops the cached pages of this instance; 1 round trip. */
  public void add(T value, String collection) {
    ScriptCalls.Call document = documents.setCall(value);
    ScriptCalls.Call invalidate = invalidateCall(collection);
    WriteBatch.submit(client, meter, "add", List.of(document, invalidate));
  }

  /** Drops the cached pages of this instance (the id's position is gone); the document stays. */
  public void remove(String randId, String collection) {
    Keys.requireParam("randId", randId);
    WriteBatch.submit(client, meter, "remove", List.of(invalidateCall(collection)));
  }

  /**
   * Caches one seeded page: documents where absent, the page's ids. Returns false when {@code
   * expectedGen} is given and a write came in since.
   */
  public boolean ingest(String collection, int page, Collection<T> items, String expectedGen) {
    return "ok".equals(commit(collection, page, items, expectedGen));
  }

  /** {@link #ingest}, answering 'ok', 'conflict' or 'unseeded'. */
  String commit(String collection, int page, Collection<T> items, String expectedGen) {
    if (items != null && items.size() > spec.perPage()) {
      throw new IllegalArgumentException(
          "a page holds at most " + spec.perPage() + " items, got " + items.size());
    }
    return CollectionCalls.ingest(
        client,
        meter,
        documents,
        spec.score(),
        items,
        PageScripts.INGEST,
        keys(collection, page),
        List.of(
            ttlArg,
            ascii(Integer.toString(page)),
            ascii(expectedGen == null ? "" : expectedGen),
            Keys.bytes(prefix(collection))));
  }

  /**
   * The write generation to pass to {@code ingest} after reading the source: read it before the SQL
   * query; the commit is refused if any write reached this instance in between.
   */
  public String generation(String collection) {
    List<byte[]> instance = instanceKeys(collection);
    // GENERATION reads KEYS[2] as the meta hash and gives both keys the TTL.
    ScriptCalls.Call call =
        new ScriptCalls.Call(
            CollectionScripts.GENERATION,
            List.of(instance.get(1), instance.get(0)),
            List.of(ttlArg));
    return Keys.string((byte[]) CollectionCalls.run(client, meter, "generation", call));
  }

  /** Drops every page and the state; documents stay. */
  public void reset(String collection) {
    drop(collection, "reset");
  }

  /** Drops every page, the state, and the documents the pages held. */
  public void purge(String collection) {
    documents.deleteAll(CollectionCalls.strings(drop(collection, "purge")));
  }

  private List<?> drop(String collection, String operation) {
    return (List<?>)
        CollectionCalls.run(
            client,
            meter,
            operation,
            new ScriptCalls.Call(
                PageScripts.DROP,
                instanceKeys(collection),
                List.of(Keys.bytes(prefix(collection)))));
  }

  private ScriptCalls.Call invalidateCall(String collection) {
    return new ScriptCalls.Call(
        PageScripts.INVALIDATE,
        instanceKeys(collection),
        List.of(ttlArg, Keys.bytes(prefix(collection))));
  }

  private ScriptCalls.Call call(Script script, String collection, int page, byte[] arg) {
    return new ScriptCalls.Call(script, keys(collection, page), List.of(arg));
  }

  /** Meta and page index of the instance. */
  private static List<byte[]> instanceKeys(String collection) {
    CollectionKeys keys = CollectionKeys.of(collection);
    return List.of(keys.meta(), Keys.bytes(keys.zsetKey() + ":pages"));
  }

  /** Meta, page index, and the key of {@code page}. */
  private static List<byte[]> keys(String collection, int page) {
    List<byte[]> instance = instanceKeys(collection);
    return List.of(instance.get(0), instance.get(1), Keys.bytes(pageKey(collection, page)));
  }

  private static String pageKey(String collection, int page) {
    SpecChecks.page(page);
    return prefix(collection) + page;
  }

  /** Page n lives at {@code {collection}:page:n}. */
  private static String prefix(String collection) {
    return CollectionKeys.of(collection).zsetKey() + ":page:";
  }
}
