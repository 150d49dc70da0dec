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
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Sorted collection {@code Replies} of {@link Comment}, key {@code comment:{randId}:replies}, scored by {@code createdAt}.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Comment"
)
public final class CommentRepliesCache {
  /**
   * Key template of each instance.
   */
  public static final String KEY_TEMPLATE = "comment:{randId}:replies";

  /**
   * Time to live of the sorted collection's keys, restarted by writes; 0 = no expiry.
   */
  public static final long TTL_MILLIS = 172800000L;

  private static final SortedSpec<Comment> SPEC = SortedSpec.<Comment>builder("CommentRepliesCache")
      .scoredByTime(value -> Scores.of(value.getCreatedAt(), "createdAt"), "createdAt")
      .ttlMillis(TTL_MILLIS)
      .keyTemplate(KEY_TEMPLATE)
      .build();

  private final SortedStore<Comment> store;

  private CommentRepliesCache(SortedStore<Comment> store) {
    this.store = store;
  }

  /**
   * Returns this sorted collection on {@code redifu}'s Redis.
   */
  public static CommentRepliesCache create(Redifu redifu) {
    return new CommentRepliesCache(SortedStore.create(redifu, CommentCache.SPEC, SPEC));
  }

  /**
   * This cache without relation resolution: items come back as stored (injected properties null).
   */
  public CommentRepliesCache raw() {
    return new CommentRepliesCache(store.raw());
  }

  /**
   * The key of one instance: {@code comment:{randId}:replies}; parameters checked and percent-encoded.
   */
  public static String key(String randId) {
    return "comment:" + Keys.param("randId", randId) + ":replies";
  }

  /**
   * Stores {@code value} and indexes it if this collection is cached.
   */
  public void add(Comment value, String randId) {
    store.add(value, key(randId));
  }

  /**
   * Takes {@code randId_} out of this sorted collection only; its document stays.
   */
  public void remove(String randId_, String randId) {
    store.remove(randId_, key(randId));
  }

  /**
   * Every item, in {@code order} of score.
   */
  public List<Comment> fetch(String randId, Order order) {
    return store.fetch(key(randId), order);
  }

  /**
   * The items scored {@code from} to {@code to} inclusive, in {@code order}.
   */
  public List<Comment> fetchRange(String randId, Order order, Instant from, Instant to) {
    TimeRange range = TimeBounds.range(from, to);
    return store.fetchRange(key(randId), order, range.from(), range.to());
  }

  /**
   * Whether this collection is not cached and must be seeded.
   */
  public boolean requiresSeeding(String randId) {
    return store.requiresSeeding(key(randId));
  }

  /**
   * Commits the whole seeded set atomically; false when the snapshot is stale.
   */
  public boolean ingest(String randId, Collection<Comment> items, String expectedGen) {
    return store.ingest(key(randId), items, expectedGen);
  }

  /**
   * Drops the ids and state of this instance; documents stay.
   */
  public void reset(String randId) {
    store.reset(key(randId));
  }

  /**
   * Drops the ids and state of this instance and deletes its documents.
   */
  public void purge(String randId) {
    store.purge(key(randId));
  }

  /**
   * Sets the query that seeds this sorted collection from SQL, which {@code seed} and {@code fetchOrSeed} run; returns this cache.
   */
  public CommentRepliesCache seededBy(Seeder seeder) {
    if (seeder == null) {
      throw new IllegalArgumentException("seeder must not be null");
    }
    store.seededBy(params -> seeder.query(params.get(0)));
    return this;
  }

  /**
   * Seeds the whole collection with one query; returns the number of items committed.
   */
  public int seed(String randId) {
    return store.seed(key(randId), List.of(randId));
  }

  /**
   * Every item, in {@code order} of score, seeding the collection first when it is not cached.
   */
  public List<Comment> fetchOrSeed(String randId, Order order) {
    return store.fetchOrSeed(key(randId), List.of(randId), order);
  }

  /**
   * The items scored {@code from} to {@code to} inclusive, in {@code order}, seeding the collection first when it is not cached.
   */
  public List<Comment> fetchRangeOrSeed(String randId, Order order, Instant from, Instant to) {
    TimeRange range = TimeBounds.range(from, to);
    return store.fetchRangeOrSeed(key(randId), List.of(randId), order, range.from(), range.to());
  }

  /**
   * The SQL that seeds one instance of this sorted collection.
   */
  @FunctionalInterface
  public interface Seeder {
    /**
     * The query returning the items of the instance with these key parameters; redifu adds ORDER BY and paging itself.
     */
    SeedQuery query(String randId);
  }
}
