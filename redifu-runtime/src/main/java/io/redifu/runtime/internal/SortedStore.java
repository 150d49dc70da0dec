package io.redifu.runtime.internal;

import io.redifu.annotation.Order;
import io.redifu.runtime.MetricsListener.Count;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.collection.CollectionCalls;
import io.redifu.runtime.internal.collection.CollectionCore;
import io.redifu.runtime.internal.collection.SortedScripts;
import io.redifu.runtime.internal.model.CollectionSpec;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.KeySchema;
import io.redifu.runtime.internal.seed.SeedConflict;
import io.redifu.runtime.internal.seed.SeedFlight;
import io.redifu.runtime.internal.seed.Seeders;
import io.redifu.runtime.internal.sql.SeedSql;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The collection behind every generated {@code XSortedCache}: cached whole, read whole or by an
 * inclusive score range, in either order. Thread-safe.
 */
public final class SortedStore<T> extends CollectionStore<T, CollectionSpec<T>, SortedStore<T>> {
  private SortedStore(Parts<T, CollectionSpec<T>> parts) {
    super(parts, SortedStore::new);
  }

  public static <T> SortedStore<T> create(
      Redifu redifu, EntitySpec<T> entity, CollectionSpec<T> spec) {
    return new SortedStore<>(Parts.of(redifu, entity, spec, CollectionCore.Kind.SORTED));
  }

  /**
   * Seeds the whole collection from SQL, once across threads and JVMs; returns the number of items
   * committed (0 when it waited for another's seed, which cached the collection).
   */
  public int seed(String collection, Supplier<SeedQuery> seedQuery) {
    return meter.timed(
        "seed",
        () -> {
          SeedQuery query = seeders.query(seedQuery);
          return SeedFlight.at(core.client(), meter, collection, KeySchema.WHOLE)
              .explicit(() -> requiresSeeding(collection), () -> seedNow(collection, query));
        });
  }

  /** Queries every row and commits them; the caller holds the collection's seed lock. */
  private int seedNow(String collection, SeedQuery query) {
    SeedSql<T> sql = sql();
    return seeders.commit(
        collection,
        () -> generation(collection),
        gen -> {
          List<T> rows = sql.page(query, null, false, 0, 0);
          return new Seeders.Committed(commit(collection, rows, gen), rows.size());
        });
  }

  /** {@link #fetch}, seeding the collection from SQL first when it is not cached. */
  public List<T> fetchOrSeed(String collection, Supplier<SeedQuery> seedQuery, Order order) {
    return orSeed(
        collection,
        seedQuery,
        order,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY,
        () -> fetch(collection, order));
  }

  /** {@link #fetchRange}, seeding the collection from SQL first when it is not cached. */
  public List<T> fetchRangeOrSeed(
      String collection, Supplier<SeedQuery> seedQuery, Order order, long lower, long upper) {
    return orSeed(
        collection,
        seedQuery,
        order,
        lower,
        upper,
        () -> fetchRange(collection, order, lower, upper));
  }

  /**
   * The cached items once the collection is seeded; when writes refused every seed attempt, the
   * items scored within {@code lower..upper} straight from SQL.
   */
  private List<T> orSeed(
      String collection,
      Supplier<SeedQuery> seedQuery,
      Order order,
      double lower,
      double upper,
      Supplier<List<T>> cached) {
    return meter.timed(
        "fetchOrSeed",
        () -> {
          requireOrder(order);
          try {
            seedIfNeeded(collection, seedQuery);
          } catch (SeedConflict busy) {
            return fromSql(seedQuery, order, lower, upper);
          }
          return cached.get();
        });
  }

  /**
   * The items scored within {@code lower..upper} straight from SQL, relations resolved, nothing
   * cached: for a collection written to during every seed attempt.
   */
  private List<T> fromSql(Supplier<SeedQuery> seedQuery, Order order, double lower, double upper) {
    List<T> items = new ArrayList<>();
    for (T row : sql().page(seeders.query(seedQuery), null, false, 0, 0)) {
      double score = spec.score().applyAsDouble(row);
      if (score >= lower && score <= upper) {
        items.add(row);
      }
    }
    if (order == Order.DESC) {
      Collections.reverse(items); // as ZREVRANGE orders ties: by randId, descending
    }
    return core.documents().reads().resolveLogged(items, spec.name() + ".fetchOrSeed");
  }

  private void seedIfNeeded(String collection, Supplier<SeedQuery> seedQuery) {
    if (requiresSeeding(collection)) {
      SeedQuery query = seeders.query(seedQuery);
      SeedFlight.at(core.client(), meter, collection, KeySchema.WHOLE)
          .run(() -> requiresSeeding(collection), () -> seedNow(collection, query));
    } else {
      meter.count(Count.HITS, "fetchOrSeed", 1);
    }
  }

  /** Every cached item in {@code order}; 2 round trips (ids, documents). */
  public List<T> fetch(String collection, Order order) {
    return meter.timed(
        "fetch",
        () -> read(collection, order, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "fetch"));
  }

  /** The cached items scored within {@code lower..upper} (inclusive), in {@code order}. */
  public List<T> fetchRange(String collection, Order order, long lower, long upper) {
    return meter.timed(
        "fetch",
        () -> {
          if (lower > upper) {
            throw new IllegalArgumentException(
                "lower (" + lower + ") must not be greater than upper (" + upper + ")");
          }
          return read(collection, order, lower, upper, "fetchRange");
        });
  }

  /**
   * The cached items scored within {@code lower..upper}, their ids read as operation {@code op}.
   */
  private List<T> read(String collection, Order order, double lower, double upper, String op) {
    requireOrder(order);
    byte[] zset = KeySchema.of(collection).zset();
    List<byte[]> ids =
        meter.call(
            op,
            () ->
                order == Order.ASC
                    ? core.client().zrangeByScore(zset, lower, upper)
                    : core.client().zrevrangeByScore(zset, upper, lower));
    return CollectionCalls.documents(core.documents(), CollectionCalls.strings(ids), collection);
  }

  /** Whether the collection is not cached and must be seeded. */
  public boolean requiresSeeding(String collection) {
    return !core.state("requiresSeeding", collection).seeded();
  }

  /**
   * Commits the whole seeded set: documents where absent, ids replacing the cached ones. Returns
   * false when {@code expectedGen} is given and a write came in since.
   */
  public boolean ingest(String collection, Collection<T> items, String expectedGen) {
    return "ok".equals(commit(collection, items, expectedGen));
  }

  /** {@link #ingest}, answering 'ok' or 'conflict'. */
  String commit(String collection, Collection<T> items, String expectedGen) {
    return core.commit(
        items,
        SortedScripts.INGEST,
        collection,
        List.of(core.ttlArg(), Bytes.encode(expectedGen == null ? "" : expectedGen)));
  }

  private static void requireOrder(Order order) {
    if (order == null) {
      throw new IllegalArgumentException("order must not be null");
    }
  }
}
