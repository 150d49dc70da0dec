package com.example;

import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimeRange;
import io.redifu.runtime.TimeSeriesResult;
import io.redifu.runtime.internal.SeederSlot;
import io.redifu.runtime.internal.TimeSeriesStore;
import io.redifu.runtime.internal.model.CollectionSpec;
import io.redifu.runtime.internal.model.Keys;
import io.redifu.runtime.internal.model.Scores;
import io.redifu.runtime.internal.model.TimeBounds;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * Time series of {@link Transaction}, key {@code account:{accountRandId}:txs}, scored by {@code createdAt}.
 *
 * <p>Key parameters are given once, to {@link #of}, which returns the {@link Instance} they name: {@code cache.of(accountRandId).remove(randId)}. Its methods take no key parameter, so a randId can never stand where a key parameter belongs, nor the reverse, and every call reads the same way.
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

  private static final CollectionSpec<Transaction> SPEC = CollectionSpec.<Transaction>builder("TransactionTimeSeriesCache")
      .scoredByTime(value -> Scores.of(value.getCreatedAt(), "createdAt"), "createdAt")
      .ttlMillis(TTL_MILLIS)
      .keyTemplate(KEY_TEMPLATE)
      .build();

  private final TimeSeriesStore<Transaction> store;

  private final SeederSlot<Seeder> seeder;

  private TransactionTimeSeriesCache(TimeSeriesStore<Transaction> store,
      SeederSlot<Seeder> seeder) {
    this.store = store;
    this.seeder = seeder;
  }

  /**
   * Returns this time series on {@code redifu}'s Redis.
   */
  public static TransactionTimeSeriesCache create(Redifu redifu) {
    return new TransactionTimeSeriesCache(TimeSeriesStore.create(redifu, TransactionCache.SPEC, SPEC), new SeederSlot<>("TransactionTimeSeriesCache"));
  }

  /**
   * This cache without relation resolution: items come back as stored (injected properties null).
   */
  public TransactionTimeSeriesCache raw() {
    return new TransactionTimeSeriesCache(store.raw(), seeder);
  }

  /**
   * The key of one instance: {@code account:{accountRandId}:txs}; parameters checked and percent-encoded.
   */
  public static String key(String accountRandId) {
    return "account:" + Keys.param("accountRandId", accountRandId) + ":txs";
  }

  /**
   * The instance of this time series with these key parameters, which are checked and rendered into its key here, once.
   */
  public Instance of(String accountRandId) {
    return new Instance(accountRandId);
  }

  /**
   * Sets the query that seeds this time series from SQL, which {@code seed} and {@code fetchOrSeed} run; returns this cache.
   */
  public TransactionTimeSeriesCache seededBy(Seeder seeder) {
    this.seeder.set(seeder);
    return this;
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

  /**
   * One instance of this time series, named by its key parameters; see {@link TransactionTimeSeriesCache#of}.
   */
  public final class Instance {
    private final String accountRandId;

    private final String key;

    private Instance(String accountRandId) {
      this.accountRandId = accountRandId;
      this.key = key(accountRandId);
    }

    /**
     * Stores {@code value} and indexes it when its score lies in a covered part of the series.
     */
    public void add(Transaction value) {
      store.add(value, key);
    }

    /**
     * Takes {@code randId} out of this time series only; its document stays.
     */
    public void remove(String randId) {
      store.remove(randId, key);
    }

    /**
     * The cached items scored {@code from} to {@code to} inclusive, ascending, and the gaps the cache does not cover.
     */
    public TimeSeriesResult<Transaction> fetch(Instant from, Instant to) {
      TimeRange range = TimeBounds.range(from, to);
      return store.fetch(key, range.from(), range.to());
    }

    /**
     * Drops the ids and state of this instance; documents stay.
     */
    public void reset() {
      store.reset(key);
    }

    /**
     * Drops the ids and state of this instance and deletes its documents.
     */
    public void purge() {
      store.purge(key);
    }

    /**
     * Seeds every gap between {@code from} and {@code to} from SQL; returns the number of items committed.
     */
    public int seed(Instant from, Instant to) {
      TimeRange range = TimeBounds.range(from, to);
      return store.seed(key, this::seedQuery, range.from(), range.to());
    }

    /**
     * Like {@code fetch}, but first seeds from SQL every gap between {@code from} and {@code to}; concurrent cold fetches run the query once.
     */
    public TimeSeriesResult<Transaction> fetchOrSeed(Instant from, Instant to) {
      TimeRange range = TimeBounds.range(from, to);
      return store.fetchOrSeed(key, this::seedQuery, range.from(), range.to());
    }

    /**
     * The seeder's query for this instance.
     */
    private SeedQuery seedQuery() {
      return seeder.get().query(accountRandId);
    }
  }
}
