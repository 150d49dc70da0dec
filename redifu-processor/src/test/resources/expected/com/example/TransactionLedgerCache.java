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
import javax.annotation.processing.Generated;

/**
 * Time series {@code Ledger} of {@link Transaction}, key {@code ledger:{ledgerId}:entries}, scored by {@code sequence}.
 *
 * <p>Key parameters are given once, to {@link #of}, which returns the {@link Instance} they name: {@code cache.of(ledgerId).remove(randId)}. Its methods take no key parameter, so a randId can never stand where a key parameter belongs, nor the reverse, and every call reads the same way.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Transaction"
)
public final class TransactionLedgerCache {
  /**
   * Key template of each instance.
   */
  public static final String KEY_TEMPLATE = "ledger:{ledgerId}:entries";

  /**
   * Time to live of the time series' keys, restarted by writes; 0 = no expiry.
   */
  public static final long TTL_MILLIS = 0L;

  private static final CollectionSpec<Transaction> SPEC = CollectionSpec.<Transaction>builder("TransactionLedgerCache")
      .scoredBy(value -> Scores.of(value.getSequence(), "sequence"), "sequence")
      .ttlMillis(TTL_MILLIS)
      .keyTemplate(KEY_TEMPLATE)
      .build();

  private final TimeSeriesStore<Transaction> store;

  private final SeederSlot<Seeder> seeder;

  private TransactionLedgerCache(TimeSeriesStore<Transaction> store, SeederSlot<Seeder> seeder) {
    this.store = store;
    this.seeder = seeder;
  }

  /**
   * Returns this time series on {@code redifu}'s Redis.
   */
  public static TransactionLedgerCache create(Redifu redifu) {
    return new TransactionLedgerCache(TimeSeriesStore.create(redifu, TransactionCache.SPEC, SPEC), new SeederSlot<>("TransactionLedgerCache"));
  }

  /**
   * This cache without relation resolution: items come back as stored (injected properties null).
   */
  public TransactionLedgerCache raw() {
    return new TransactionLedgerCache(store.raw(), seeder);
  }

  /**
   * The key of one instance: {@code ledger:{ledgerId}:entries}; parameters checked and percent-encoded.
   */
  public static String key(String ledgerId) {
    return "ledger:" + Keys.param("ledgerId", ledgerId) + ":entries";
  }

  /**
   * The instance of this time series with these key parameters, which are checked and rendered into its key here, once.
   */
  public Instance of(String ledgerId) {
    return new Instance(ledgerId);
  }

  /**
   * Sets the query that seeds this time series from SQL, which {@code seed} and {@code fetchOrSeed} run; returns this cache.
   */
  public TransactionLedgerCache seededBy(Seeder seeder) {
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
    SeedQuery query(String ledgerId);
  }

  /**
   * One instance of this time series, named by its key parameters; see {@link TransactionLedgerCache#of}.
   */
  public final class Instance {
    private final String ledgerId;

    private final String key;

    private Instance(String ledgerId) {
      this.ledgerId = ledgerId;
      this.key = key(ledgerId);
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
    public TimeSeriesResult<Transaction> fetch(long from, long to) {
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
    public int seed(long from, long to) {
      TimeRange range = TimeBounds.range(from, to);
      return store.seed(key, this::seedQuery, range.from(), range.to());
    }

    /**
     * Like {@code fetch}, but first seeds from SQL every gap between {@code from} and {@code to}; concurrent cold fetches run the query once.
     */
    public TimeSeriesResult<Transaction> fetchOrSeed(long from, long to) {
      TimeRange range = TimeBounds.range(from, to);
      return store.fetchOrSeed(key, this::seedQuery, range.from(), range.to());
    }

    /**
     * The seeder's query for this instance.
     */
    private SeedQuery seedQuery() {
      return seeder.get().query(ledgerId);
    }
  }
}
