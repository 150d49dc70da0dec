package com.example;

import io.redifu.annotation.Order;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.internal.PageStore;
import io.redifu.runtime.internal.SeederSlot;
import io.redifu.runtime.internal.model.PagedSpec;
import io.redifu.runtime.internal.model.Scores;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Numbered pages {@code Arrivals} of {@link Shipment}, key {@code arrivals}, 50 per page, newest first by {@code eta}.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Shipment"
)
public final class ShipmentArrivalsCache {
  /**
   * Key template of each instance.
   */
  public static final String KEY_TEMPLATE = "arrivals";

  /**
   * Time to live of the paged collection's keys, restarted by writes; 0 = no expiry.
   */
  public static final long TTL_MILLIS = 172800000L;

  /**
   * Items per page.
   */
  public static final int PER_PAGE = 50;

  private static final PagedSpec<Shipment> SPEC = PagedSpec.<Shipment>pagedBuilder("ShipmentArrivalsCache")
      .scoredByTime(value -> Scores.of(value.eta, "eta"), "eta")
      .perPage(PER_PAGE)
      .order(Order.DESC)
      .ttlMillis(TTL_MILLIS)
      .keyTemplate(KEY_TEMPLATE)
      .build();

  private final PageStore<Shipment> store;

  private final SeederSlot<Seeder> seeder;

  private ShipmentArrivalsCache(PageStore<Shipment> store, SeederSlot<Seeder> seeder) {
    this.store = store;
    this.seeder = seeder;
  }

  /**
   * Returns this paged collection on {@code redifu}'s Redis.
   */
  public static ShipmentArrivalsCache create(Redifu redifu) {
    return new ShipmentArrivalsCache(PageStore.create(redifu, ShipmentCache.SPEC, SPEC), new SeederSlot<>("ShipmentArrivalsCache"));
  }

  /**
   * This cache without relation resolution: items come back as stored (injected properties null).
   */
  public ShipmentArrivalsCache raw() {
    return new ShipmentArrivalsCache(store.raw(), seeder);
  }

  /**
   * The key of one instance: {@code arrivals}.
   */
  public static String key() {
    return "arrivals";
  }

  /**
   * The cached items of page {@code page}, counted from 1; also empty when it is not cached.
   */
  public List<Shipment> fetch(int page) {
    return store.fetch(key(), page);
  }

  /**
   * The cached items of page {@code page} (from 1); {@code Optional.empty()} when not cached.
   */
  public Optional<List<Shipment>> fetchIfCached(int page) {
    return store.fetchIfCached(key(), page);
  }

  /**
   * Whether page {@code page} is not cached and must be seeded.
   */
  public boolean requiresSeeding(int page) {
    return store.requiresSeeding(key(), page);
  }

  /**
   * Stores {@code value} and drops the cached pages of this instance.
   */
  public void add(Shipment value) {
    store.add(value, key());
  }

  /**
   * Takes {@code randId} out of this instance and drops its cached pages; the document stays.
   */
  public void remove(String randId) {
    store.remove(randId, key());
  }

  /**
   * Caches one seeded page atomically; false when the snapshot is stale.
   */
  public boolean ingest(int page, Collection<Shipment> items, String expectedGen) {
    return store.ingest(key(), page, items, expectedGen);
  }

  /**
   * Drops the ids and state of this instance; documents stay.
   */
  public void reset() {
    store.reset(key());
  }

  /**
   * Drops the ids and state of this instance and deletes its documents.
   */
  public void purge() {
    store.purge(key());
  }

  /**
   * Seeds page {@code page} (from 1) with one query; returns the number of items committed.
   */
  public int seed(int page) {
    return store.seed(key(), this::seedQuery, page);
  }

  /**
   * The items of page {@code page}, counted from 1, seeding the page first when it is not cached.
   */
  public List<Shipment> fetchOrSeed(int page) {
    return store.fetchOrSeed(key(), this::seedQuery, page);
  }

  /**
   * The seeder's query for this instance.
   */
  private SeedQuery seedQuery() {
    return seeder.get().query();
  }

  /**
   * Sets the query that seeds this paged collection from SQL, which {@code seed} and {@code fetchOrSeed} run; returns this cache.
   */
  public ShipmentArrivalsCache seededBy(Seeder seeder) {
    this.seeder.set(seeder);
    return this;
  }

  /**
   * The SQL that seeds one instance of this paged collection.
   */
  @FunctionalInterface
  public interface Seeder {
    /**
     * The query returning the items of the instance with these key parameters; redifu adds ORDER BY and paging itself.
     */
    SeedQuery query();
  }
}
