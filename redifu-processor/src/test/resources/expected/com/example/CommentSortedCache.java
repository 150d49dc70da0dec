package com.example;

import io.redifu.annotation.Order;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimeRange;
import io.redifu.runtime.internal.Keys;
import io.redifu.runtime.internal.Scores;
import io.redifu.runtime.internal.SortedSpec;
import io.redifu.runtime.internal.SortedStore;
import io.redifu.runtime.internal.TimeBounds;
import java.util.Collection;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Sorted collection of {@link Comment}, key {@code tenant:{tenantId}:post:{postRandId}:comments}, scored by {@code likes}.
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

  private static final SortedSpec<Comment> SPEC = SortedSpec.<Comment>builder("CommentSortedCache")
      .scoredBy(value -> Scores.of(value.likes, "likes"), "likes")
      .ttlMillis(TTL_MILLIS)
      .keyTemplate(KEY_TEMPLATE)
      .build();

  private final SortedStore<Comment> store;

  private CommentSortedCache(SortedStore<Comment> store) {
    this.store = store;
  }

  /**
   * Returns this sorted collection on {@code redifu}'s Redis.
   */
  public static CommentSortedCache create(Redifu redifu) {
    return new CommentSortedCache(SortedStore.create(redifu, CommentCache.SPEC, SPEC));
  }

  /**
   * This cache without relation resolution: items come back as stored (injected properties null).
   */
  public CommentSortedCache raw() {
    return new CommentSortedCache(store.raw());
  }

  /**
   * The key of one instance: {@code tenant:{tenantId}:post:{postRandId}:comments}; parameters checked and percent-encoded.
   */
  public static String key(String tenantId, String postRandId) {
    return "tenant:" + Keys.param("tenantId", tenantId) + ":post:" + Keys.param("postRandId", postRandId) + ":comments";
  }

  /**
   * Stores {@code value} and indexes it if this collection is cached.
   */
  public void add(Comment value, String tenantId, String postRandId) {
    store.add(value, key(tenantId, postRandId));
  }

  /**
   * Takes {@code randId} out of this sorted collection only; its document stays.
   */
  public void remove(String randId, String tenantId, String postRandId) {
    store.remove(randId, key(tenantId, postRandId));
  }

  /**
   * Every item, in {@code order} of score.
   */
  public List<Comment> fetch(String tenantId, String postRandId, Order order) {
    return store.fetch(key(tenantId, postRandId), order);
  }

  /**
   * The items scored {@code from} to {@code to} inclusive, in {@code order}.
   */
  public List<Comment> fetchRange(String tenantId, String postRandId, Order order, long from,
      long to) {
    TimeRange range = TimeBounds.range(from, to);
    return store.fetchRange(key(tenantId, postRandId), order, range.from(), range.to());
  }

  /**
   * Whether this collection is not cached and must be seeded.
   */
  public boolean requiresSeeding(String tenantId, String postRandId) {
    return store.requiresSeeding(key(tenantId, postRandId));
  }

  /**
   * Commits the whole seeded set atomically; false when the snapshot is stale.
   */
  public boolean ingest(String tenantId, String postRandId, Collection<Comment> items,
      String expectedGen) {
    return store.ingest(key(tenantId, postRandId), items, expectedGen);
  }

  /**
   * Drops the ids and state of this instance; documents stay.
   */
  public void reset(String tenantId, String postRandId) {
    store.reset(key(tenantId, postRandId));
  }

  /**
   * Drops the ids and state of this instance and deletes its documents.
   */
  public void purge(String tenantId, String postRandId) {
    store.purge(key(tenantId, postRandId));
  }

  /**
   * Sets the query that seeds this sorted collection from SQL, which {@code seed} and {@code fetchOrSeed} run; returns this cache.
   */
  public CommentSortedCache seededBy(Seeder seeder) {
    if (seeder == null) {
      throw new IllegalArgumentException("seeder must not be null");
    }
    store.seededBy(params -> seeder.query(params.get(0), params.get(1)));
    return this;
  }

  /**
   * Seeds the whole collection with one query; returns the number of items committed.
   */
  public int seed(String tenantId, String postRandId) {
    return store.seed(key(tenantId, postRandId), List.of(tenantId, postRandId));
  }

  /**
   * Every item, in {@code order} of score, seeding the collection first when it is not cached.
   */
  public List<Comment> fetchOrSeed(String tenantId, String postRandId, Order order) {
    return store.fetchOrSeed(key(tenantId, postRandId), List.of(tenantId, postRandId), order);
  }

  /**
   * The items scored {@code from} to {@code to} inclusive, in {@code order}, seeding the collection first when it is not cached.
   */
  public List<Comment> fetchRangeOrSeed(String tenantId, String postRandId, Order order, long from,
      long to) {
    TimeRange range = TimeBounds.range(from, to);
    return store.fetchRangeOrSeed(key(tenantId, postRandId), List.of(tenantId, postRandId), order, range.from(), range.to());
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
}
