package com.example;

import io.redifu.annotation.Order;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimeRange;
import io.redifu.runtime.internal.SeederSlot;
import io.redifu.runtime.internal.SortedStore;
import io.redifu.runtime.internal.model.CollectionSpec;
import io.redifu.runtime.internal.model.Keys;
import io.redifu.runtime.internal.model.Scores;
import io.redifu.runtime.internal.model.TimeBounds;
import java.util.Collection;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Sorted collection of {@link Comment}, key {@code tenant:{tenantId}:post:{postRandId}:comments}, scored by {@code likes}.
 *
 * <p>Key parameters are given once, to {@link #of}, which returns the {@link Instance} they name: {@code cache.of(tenantId, postRandId).remove(randId)}. Its methods take no key parameter, so a randId can never stand where a key parameter belongs, nor the reverse, and every call reads the same way.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Comment"
)
public final class CommentSortedCache {
  /**
   * Key template of each instance.
   */
  public static final String KEY_TEMPLATE = "tenant:{tenantId}:post:{postRandId}:comments";

  /**
   * Time to live of the sorted collection's keys, restarted by writes; 0 = no expiry.
   */
  public static final long TTL_MILLIS = 86400000L;

  private static final CollectionSpec<Comment> SPEC = CollectionSpec.<Comment>builder("CommentSortedCache")
      .scoredBy(value -> Scores.of(value.likes, "likes"), "likes")
      .ttlMillis(TTL_MILLIS)
      .keyTemplate(KEY_TEMPLATE)
      .build();

  private final SortedStore<Comment> store;

  private final SeederSlot<Seeder> seeder;

  private CommentSortedCache(SortedStore<Comment> store, SeederSlot<Seeder> seeder) {
    this.store = store;
    this.seeder = seeder;
  }

  /**
   * Returns this sorted collection on {@code redifu}'s Redis.
   */
  public static CommentSortedCache create(Redifu redifu) {
    return new CommentSortedCache(SortedStore.create(redifu, CommentCache.SPEC, SPEC), new SeederSlot<>("CommentSortedCache"));
  }

  /**
   * This cache without relation resolution: items come back as stored (injected properties null).
   */
  public CommentSortedCache raw() {
    return new CommentSortedCache(store.raw(), seeder);
  }

  /**
   * The key of one instance: {@code tenant:{tenantId}:post:{postRandId}:comments}; parameters checked and percent-encoded.
   */
  public static String key(String tenantId, String postRandId) {
    return "tenant:" + Keys.param("tenantId", tenantId) + ":post:" + Keys.param("postRandId", postRandId) + ":comments";
  }

  /**
   * The instance of this sorted collection with these key parameters, which are checked and rendered into its key here, once.
   */
  public Instance of(String tenantId, String postRandId) {
    return new Instance(tenantId, postRandId);
  }

  /**
   * Sets the query that seeds this sorted collection from SQL, which {@code seed} and {@code fetchOrSeed} run; returns this cache.
   */
  public CommentSortedCache seededBy(Seeder seeder) {
    this.seeder.set(seeder);
    return this;
  }

  /**
   * The SQL that seeds one instance of this sorted collection.
   */
  @FunctionalInterface
  public interface Seeder {
    /**
     * The query returning the items of the instance with these key parameters; redifu adds ORDER BY and paging itself.
     */
    SeedQuery query(String tenantId, String postRandId);
  }

  /**
   * One instance of this sorted collection, named by its key parameters; see {@link CommentSortedCache#of}.
   */
  public final class Instance {
    private final String tenantId;

    private final String postRandId;

    private final String key;

    private Instance(String tenantId, String postRandId) {
      this.tenantId = tenantId;
      this.postRandId = postRandId;
      this.key = key(tenantId, postRandId);
    }

    /**
     * Stores {@code value} and indexes it if this collection is cached.
     */
    public void add(Comment value) {
      store.add(value, key);
    }

    /**
     * Takes {@code randId} out of this sorted collection only; its document stays.
     */
    public void remove(String randId) {
      store.remove(randId, key);
    }

    /**
     * Every item, in {@code order} of score.
     */
    public List<Comment> fetch(Order order) {
      return store.fetch(key, order);
    }

    /**
     * The items scored {@code from} to {@code to} inclusive, in {@code order}.
     */
    public List<Comment> fetchRange(Order order, long from, long to) {
      TimeRange range = TimeBounds.range(from, to);
      return store.fetchRange(key, order, range.from(), range.to());
    }

    /**
     * Whether this collection is not cached and must be seeded.
     */
    public boolean requiresSeeding() {
      return store.requiresSeeding(key);
    }

    /**
     * Commits the whole seeded set atomically; false when the snapshot is stale.
     */
    public boolean ingest(Collection<Comment> items, String expectedGen) {
      return store.ingest(key, items, expectedGen);
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
     * Seeds the whole collection with one query; returns the number of items committed.
     */
    public int seed() {
      return store.seed(key, this::seedQuery);
    }

    /**
     * Every item, in {@code order} of score, seeding the collection first when it is not cached.
     */
    public List<Comment> fetchOrSeed(Order order) {
      return store.fetchOrSeed(key, this::seedQuery, order);
    }

    /**
     * The items scored {@code from} to {@code to} inclusive, in {@code order}, seeding the collection first when it is not cached.
     */
    public List<Comment> fetchRangeOrSeed(Order order, long from, long to) {
      TimeRange range = TimeBounds.range(from, to);
      return store.fetchRangeOrSeed(key, this::seedQuery, order, range.from(), range.to());
    }

    /**
     * The seeder's query for this instance.
     */
    private SeedQuery seedQuery() {
      return seeder.get().query(tenantId, postRandId);
    }
  }
}
