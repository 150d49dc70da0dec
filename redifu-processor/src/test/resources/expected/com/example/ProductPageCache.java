package com.example;

import io.redifu.annotation.Order;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.internal.PageStore;
import io.redifu.runtime.internal.SeederSlot;
import io.redifu.runtime.internal.model.Keys;
import io.redifu.runtime.internal.model.PagedSpec;
import io.redifu.runtime.internal.model.Scores;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Numbered pages of {@link Product}, key {@code category:{categoryRandId}:products}, 10 per page, oldest first by {@code createdAt}.
 *
 * <p>Key parameters are given once, to {@link #of}, which returns the {@link Instance} they name: {@code cache.of(categoryRandId).remove(randId)}. Its methods take no key parameter, so a randId can never stand where a key parameter belongs, nor the reverse, and every call reads the same way.
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

  private static final PagedSpec<Product> SPEC = PagedSpec.<Product>pagedBuilder("ProductPageCache")
      .scoredByTime(value -> Scores.of(value.createdAt(), "createdAt"), "createdAt")
      .perPage(PER_PAGE)
      .order(Order.ASC)
      .ttlMillis(TTL_MILLIS)
      .keyTemplate(KEY_TEMPLATE)
      .build();

  private final PageStore<Product> store;

  private final SeederSlot<Seeder> seeder;

  private ProductPageCache(PageStore<Product> store, SeederSlot<Seeder> seeder) {
    this.store = store;
    this.seeder = seeder;
  }

  /**
   * Returns this paged collection on {@code redifu}'s Redis.
   */
  public static ProductPageCache create(Redifu redifu) {
    return new ProductPageCache(PageStore.create(redifu, ProductCache.SPEC, SPEC), new SeederSlot<>("ProductPageCache"));
  }

  /**
   * This cache without relation resolution: items come back as stored (injected properties null).
   */
  public ProductPageCache raw() {
    return new ProductPageCache(store.raw(), seeder);
  }

  /**
   * The key of one instance: {@code category:{categoryRandId}:products}; parameters checked and percent-encoded.
   */
  public static String key(String categoryRandId) {
    return "category:" + Keys.param("categoryRandId", categoryRandId) + ":products";
  }

  /**
   * The instance of this paged collection with these key parameters, which are checked and rendered into its key here, once.
   */
  public Instance of(String categoryRandId) {
    return new Instance(categoryRandId);
  }

  /**
   * Sets the query that seeds this paged collection from SQL, which {@code seed} and {@code fetchOrSeed} run; returns this cache.
   */
  public ProductPageCache seededBy(Seeder seeder) {
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
    SeedQuery query(String categoryRandId);
  }

  /**
   * One instance of this paged collection, named by its key parameters; see {@link ProductPageCache#of}.
   */
  public final class Instance {
    private final String categoryRandId;

    private final String key;

    private Instance(String categoryRandId) {
      this.categoryRandId = categoryRandId;
      this.key = key(categoryRandId);
    }

    /**
     * The cached items of page {@code page}, counted from 1; also empty when it is not cached.
     */
    public List<Product> fetch(int page) {
      return store.fetch(key, page);
    }

    /**
     * The cached items of page {@code page} (from 1); {@code Optional.empty()} when not cached.
     */
    public Optional<List<Product>> fetchIfCached(int page) {
      return store.fetchIfCached(key, page);
    }

    /**
     * Whether page {@code page} is not cached and must be seeded.
     */
    public boolean requiresSeeding(int page) {
      return store.requiresSeeding(key, page);
    }

    /**
     * Stores {@code value} and drops the cached pages of this instance.
     */
    public void add(Product value) {
      store.add(value, key);
    }

    /**
     * Takes {@code randId} out of this instance and drops its cached pages; the document stays.
     */
    public void remove(String randId) {
      store.remove(randId, key);
    }

    /**
     * Caches one seeded page atomically; false when the snapshot is stale.
     */
    public boolean ingest(int page, Collection<Product> items, String expectedGen) {
      return store.ingest(key, page, items, expectedGen);
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
     * Seeds page {@code page} (from 1) with one query; returns the number of items committed.
     */
    public int seed(int page) {
      return store.seed(key, this::seedQuery, page);
    }

    /**
     * The items of page {@code page}, counted from 1, seeding the page first when it is not cached.
     */
    public List<Product> fetchOrSeed(int page) {
      return store.fetchOrSeed(key, this::seedQuery, page);
    }

    /**
     * The seeder's query for this instance.
     */
    private SeedQuery seedQuery() {
      return seeder.get().query(categoryRandId);
    }
  }
}
