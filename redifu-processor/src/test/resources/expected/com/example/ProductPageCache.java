package com.example;

import io.redifu.annotation.Order;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.internal.Keys;
import io.redifu.runtime.internal.PageSpec;
import io.redifu.runtime.internal.PageStore;
import io.redifu.runtime.internal.Scores;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Numbered pages of {@link Product}, key {@code category:{categoryRandId}:products}, 10 per page, oldest first by {@code createdAt}.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Product"
)
public final class ProductPageCache {
  /**
   * Key template of each instance.
   */
  public static final String KEY_TEMPLATE = "category:{categoryRandId}:products";

  /**
   * Time to live of the paged collection's keys, restarted by writes; 0 = no expiry.
   */
  public static final long TTL_MILLIS = 3600000L;

  /**
   * Items per page.
   */
  public static final int PER_PAGE = 10;

  private static final PageSpec<Product> SPEC = PageSpec.<Product>builder("ProductPageCache")
      .scoredByTime(value -> Scores.of(value.createdAt(), "createdAt"), "createdAt")
      .perPage(PER_PAGE)
      .order(Order.ASC)
      .ttlMillis(TTL_MILLIS)
      .keyTemplate(KEY_TEMPLATE)
      .build();

  private final PageStore<Product> store;

  private ProductPageCache(PageStore<Product> store) {
    this.store = store;
  }

  /**
   * Returns this paged collection on {@code redifu}'s Redis.
   */
  public static ProductPageCache create(Redifu redifu) {
    return new ProductPageCache(PageStore.create(redifu, ProductCache.SPEC, SPEC));
  }

  /**
   * This cache without relation resolution: items come back as stored (injected properties null).
   */
  public ProductPageCache raw() {
    return new ProductPageCache(store.raw());
  }

  /**
   * The key of one instance: {@code category:{categoryRandId}:products}; parameters checked and percent-encoded.
   */
  public static String key(String categoryRandId) {
    return "category:" + Keys.param("categoryRandId", categoryRandId) + ":products";
  }

  /**
   * The cached items of page {@code page}, counted from 1; also empty when it is not cached.
   */
  public List<Product> fetch(String categoryRandId, int page) {
    return store.fetch(key(categoryRandId), page);
  }

  /**
   * The cached items of page {@code page} (from 1); {@code Optional.empty()} when not cached.
   */
  public Optional<List<Product>> fetchIfCached(String categoryRandId, int page) {
    return store.fetchIfCached(key(categoryRandId), page);
  }

  /**
   * Whether page {@code page} is not cached and must be seeded.
   */
  public boolean requiresSeeding(String categoryRandId, int page) {
    return store.requiresSeeding(key(categoryRandId), page);
  }

  /**
   * Stores {@code value} and drops the cached pages of this instance.
   */
  public void add(Product value, String categoryRandId) {
    store.add(value, key(categoryRandId));
  }

  /**
   * Takes {@code randId} out of this instance and drops its cached pages; the document stays.
   */
  public void remove(String randId, String categoryRandId) {
    store.remove(randId, key(categoryRandId));
  }

  /**
   * Caches one seeded page atomically; false when the snapshot is stale.
   */
  public boolean ingest(String categoryRandId, int page, Collection<Product> items,
      String expectedGen) {
    return store.ingest(key(categoryRandId), page, items, expectedGen);
  }

  /**
   * Drops the ids and state of this instance; documents stay.
   */
  public void reset(String categoryRandId) {
    store.reset(key(categoryRandId));
  }

  /**
   * Drops the ids and state of this instance and deletes its documents.
   */
  public void purge(String categoryRandId) {
    store.purge(key(categoryRandId));
  }

  /**
   * Sets the query that seeds this paged collection from SQL, which {@code seed} and {@code fetchOrSeed} run; returns this cache.
   */
  public ProductPageCache seededBy(Seeder seeder) {
    if (seeder == null) {
      throw new IllegalArgumentException("seeder must not be null");
    }
    store.seededBy(params -> seeder.query(params.get(0)));
    return this;
  }

  /**
   * Seeds page {@code page} (from 1) with one query; returns the number of items committed.
   */
  public int seed(String categoryRandId, int page) {
    return store.seed(key(categoryRandId), List.of(categoryRandId), page);
  }

  /**
   * The items of page {@code page}, counted from 1, seeding the page first when it is not cached.
   */
  public List<Product> fetchOrSeed(String categoryRandId, int page) {
    return store.fetchOrSeed(key(categoryRandId), List.of(categoryRandId), page);
  }

  /**
   * The SQL that seeds one instance of this paged collection.
   */
  @FunctionalInterface
  public interface Seeder {
    /**
     * The query returning the items of the instance with these key parameters; redifu adds ORDER BY and paging itself.
     */
    SeedQuery query(String categoryRandId);
  }
}
