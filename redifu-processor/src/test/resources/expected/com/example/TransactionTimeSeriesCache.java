package com.example;

import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimeRange;
import io.redifu.runtime.TimeSeriesResult;
import io.redifu.runtime.internal.Keys;
import io.redifu.runtime.internal.Scores;
import io.redifu.runtime.internal.TimeBounds;
import io.redifu.runtime.internal.TimeSeriesSpec;
import io.redifu.runtime.internal.TimeSeriesStore;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Time series of {@link Transaction}, key {@code account:{accountRandId}:txs}, scored by {@code createdAt}.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Transaction"
)
public final class TransactionTimeSeriesCache {
  /**
   * Key template of each instance.
   */
  public static final String KEY_TEMPLATE = "account:{accountRandId}:txs";

  /**
   * Time to live of the time series' keys, restarted by writes; 0 = no expiry.
   */
  public static final long TTL_MILLIS = 86400000L;

  private static final TimeSeriesSpec<Transaction> SPEC = TimeSeriesSpec.<Transaction>builder("TransactionTimeSeriesCache")
      .scoredByTime(value -> Scores.of(value.getCreatedAt(), "createdAt"), "createdAt")
      .ttlMillis(TTL_MILLIS)
      .keyTemplate(KEY_TEMPLATE)
      .build();

  private final TimeSeriesStore<Transaction> store;

  private TransactionTimeSeriesCache(TimeSeriesStore<Transaction> store) {
    this.store = store;
  }

  /**
   * Returns this time series on {@code redifu}'s Redis.
   */
  public static TransactionTimeSeriesCache create(Redifu redifu) {
    return new TransactionTimeSeriesCache(TimeSeriesStore.create(redifu, TransactionCache.SPEC, SPEC));
  }

  /**
   * This cache without relation resolution: items come back as stored (injected properties null).
   */
  public TransactionTimeSeriesCache raw() {
    return new TransactionTimeSeriesCache(store.raw());
  }

  /**
   * The key of one instance: {@code account:{accountRandId}:txs}; parameters checked and percent-encoded.
   */
  public static String key(String accountRandId) {
    return "account:" + Keys.param("accountRandId", accountRandId) + ":txs";
  }

  /**
   * Stores {@code value} and indexes it when its score lies in a covered part of the series.
   */
  public void add(Transaction value, String accountRandId) {
    store.add(value, key(accountRandId));
  }

  /**
   * Takes {@code randId} out of this time series only; its document stays.
   */
  public void remove(String randId, String accountRandId) {
    store.remove(randId, key(accountRandId));
  }

  /**
   * The cached items scored {@code from} to {@code to} inclusive, ascending, and the gaps the cache does not cover.
   */
  public TimeSeriesResult<Transaction> fetch(String accountRandId, Instant from, Instant to) {
    TimeRange range = TimeBounds.range(from, to);
    return store.fetch(key(accountRandId), range.from(), range.to());
  }

  /**
   * Drops the ids and state of this instance; documents stay.
   */
  public void reset(String accountRandId) {
    store.reset(key(accountRandId));
  }

  /**
   * Drops the ids and state of this instance and deletes its documents.
   */
  public void purge(String accountRandId) {
    store.purge(key(accountRandId));
  }

  /**
   * Sets the query that seeds this time series from SQL, which {@code seed} and {@code fetchOrSeed} run; returns this cache.
   */
  public TransactionTimeSeriesCache seededBy(Seeder seeder) {
    if (seeder == null) {
      throw new IllegalArgumentException("seeder must not be null");
    }
    store.seededBy(params -> seeder.query(params.get(0)));
    return this;
  }

  /**
   * Seeds every gap between {@code from} and {@code to} from SQL; returns the number of items committed.
   */
  public int seed(String accountRandId, Instant from, Instant to) {
    TimeRange range = TimeBounds.range(from, to);
    return store.seed(key(accountRandId), List.of(accountRandId), range.from(), range.to());
  }

  /**
   * Like {@code fetch}, but first seeds from SQL every gap between {@code from} and {@code to}; concurrent cold fetches run the query once.
   */
  public TimeSeriesResult<Transaction> fetchOrSeed(String accountRandId, Instant from, Instant to) {
    TimeRange range = TimeBounds.range(from, to);
    return store.fetchOrSeed(key(accountRandId), List.of(accountRandId), range.from(), range.to());
  }

  /**
   * The SQL that seeds one instance of this time series.
   */
  @FunctionalInterface
  public interface Seeder {
    /**
     * The query returning the items of the instance with these key parameters; redifu adds ORDER BY and the range condition itself.
     */
    SeedQuery query(String accountRandId);
  }
}
