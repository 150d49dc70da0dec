package io.redifu.runtime.internal;

import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimeSeriesResult;
import java.util.List;
import java.util.function.Function;
import redis.clients.jedis.UnifiedJedis;

/**
 * The time series behind every generated {@code XTimeSeriesCache}: a zset of ids scored by time,
 * the covered ranges ("segments") beside it, documents in the entity store. Thread-safe.
 */
public final class TimeSeriesStore<T> {
  private final UnifiedJedis client;
  private final EntityStore<T> documents;
  private final TimeSeriesSpec<T> spec;
  private final Seeders seeders;

  private TimeSeriesStore(
      UnifiedJedis client, EntityStore<T> documents, TimeSeriesSpec<T> spec, Seeders seeders) {
    this.client = client;
    this.documents = documents;
    this.spec = spec;
    this.seeders = seeders;
  }

  public static <T> TimeSeriesStore<T> create(
      Redifu redifu, EntitySpec<T> entity, TimeSeriesSpec<T> spec) {
    return new TimeSeriesStore<>(
        redifu.client(),
        EntityStore.create(redifu, entity),
        spec,
        new Seeders(redifu.dataSource().orElse(null), spec.name()));
  }

  /** This series without relation resolution: items come back as stored. */
  public TimeSeriesStore<T> raw() {
    return new TimeSeriesStore<>(client, documents.raw(), spec, seeders);
  }

  /** Upserts the document; indexes the id when its time lies in a covered segment. */
  public void add(T value, String collection) {
    throw new UnsupportedOperationException("time series: in progress");
  }

  /** Takes the id out of this series only; its document stays. */
  public void remove(String randId, String collection) {
    throw new UnsupportedOperationException("time series: in progress");
  }

  /** The cached items of [from, to] (inclusive) and the gaps the cache does not cover. */
  public TimeSeriesResult<T> fetch(String collection, long from, long to) {
    throw new UnsupportedOperationException("time series: in progress");
  }

  /** Sets the query that seeds an instance from SQL: key parameters in template order → query. */
  public void seededBy(Function<List<String>, SeedQuery> seeder) {
    seeders.set(seeder);
  }

  /** Seeds every gap of [from, to] from SQL; returns the number of items committed. */
  public int seed(String collection, List<String> params, long from, long to) {
    throw new UnsupportedOperationException("time series: in progress");
  }

  /** {@link #fetch}, seeding every gap from SQL first. */
  public TimeSeriesResult<T> fetchOrSeed(
      String collection, List<String> params, long from, long to) {
    throw new UnsupportedOperationException("time series: in progress");
  }

  /** Drops the ids and segments of this instance; documents stay. */
  public void reset(String collection) {
    throw new UnsupportedOperationException("time series: in progress");
  }

  /** Drops the ids and segments of this instance and the documents it held. */
  public void purge(String collection) {
    throw new UnsupportedOperationException("time series: in progress");
  }
}
