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
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Time series {@code Ledger} of {@link Transaction}, key {@code ledger:{ledgerId}:entries}, scored by {@code sequence}.
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

  private static final TimeSeriesSpec<Transaction> SPEC = TimeSeriesSpec.<Transaction>builder("TransactionLedgerCache")
      .scoredBy(value -> Scores.of(value.getSequence(), "sequence"), "sequence")
      .ttlMillis(TTL_MILLIS)
      .keyTemplate(KEY_TEMPLATE)
      .build();

  private final TimeSeriesStore<Transaction> store;

  private TransactionLedgerCache(TimeSeriesStore<Transaction> store) {
    this.store = store;
  }

  /**
   * Returns this time series on {@code redifu}'s Redis.
   */
  public static TransactionLedgerCache create(Redifu redifu) {
    return new TransactionLedgerCache(TimeSeriesStore.create(redifu, TransactionCache.SPEC, SPEC));
  }

  /**
   * This cache without relation resolution: items come back as stored (injected properties null).
   */
  public TransactionLedgerCache raw() {
    return new TransactionLedgerCache(store.raw());
  }

  /**
   * The key of one instance: {@code ledger:{ledgerId}:entries}; parameters checked and percent-encoded.
   */
  public static String key(String ledgerId) {
    return "ledger:" + Keys.param("ledgerId", ledgerId) + ":entries";
  }

  /**
   * Stores {@code value} and indexes it when its score lies in a covered part of the series.
   */
  public void add(Transaction value, String ledgerId) {
    store.add(value, key(ledgerId));
  }

  /**
   * Takes {@code randId} out of this time series only; its document stays.
   */
  public void remove(String randId, String ledgerId) {
    store.remove(randId, key(ledgerId));
  }

  /**
   * The cached items scored {@code from} to {@code to} inclusive, ascending, and the gaps the cache does not cover.
   */
  public TimeSeriesResult<Transaction> fetch(String ledgerId, long from, long to) {
    TimeRange range = TimeBounds.range(from, to);
    return store.fetch(key(ledgerId), range.from(), range.to());
  }

  /**
   * Drops the ids and state of this instance; documents stay.
   */
  public void reset(String ledgerId) {
    store.reset(key(ledgerId));
  }

  /**
   * Drops the ids and state of this instance and deletes its documents.
   */
  public void purge(String ledgerId) {
    store.purge(key(ledgerId));
  }

  /**
   * Sets the query that seeds this time series from SQL, which {@code seed} and {@code fetchOrSeed} run; returns this cache.
   */
  public TransactionLedgerCache seededBy(Seeder seeder) {
    if (seeder == null) {
      throw new IllegalArgumentException("seeder must not be null");
    }
    store.seededBy(params -> seeder.query(params.get(0)));
    return this;
  }

  /**
   * Seeds every gap between {@code from} and {@code to} from SQL; returns the number of items committed.
   */
  public int seed(String ledgerId, long from, long to) {
    TimeRange range = TimeBounds.range(from, to);
    return store.seed(key(ledgerId), List.of(ledgerId), range.from(), range.to());
  }

  /**
   * Like {@code fetch}, but first seeds from SQL every gap between {@code from} and {@code to}; concurrent cold fetches run the query once.
   */
  public TimeSeriesResult<Transaction> fetchOrSeed(String ledgerId, long from, long to) {
    TimeRange range = TimeBounds.range(from, to);
    return store.fetchOrSeed(key(ledgerId), List.of(ledgerId), range.from(), range.to());
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
}
