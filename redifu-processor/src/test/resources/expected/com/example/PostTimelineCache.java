package com.example;

import io.redifu.annotation.Order;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.Keys;
import io.redifu.runtime.internal.Scores;
import io.redifu.runtime.internal.TimelineSpec;
import io.redifu.runtime.internal.TimelineStore;
import java.util.Collection;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Timeline of {@link Post}, key {@code feed:user:{userRandId}:posts}, 20 per page, newest first by {@code createdAt}.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Post"
)
public final class PostTimelineCache {
  /**
   * Key template of each instance.
   */
  public static final String KEY_TEMPLATE = "feed:user:{userRandId}:posts";

  /**
   * Time to live of the timeline's keys, restarted by writes; 0 = no expiry.
   */
  public static final long TTL_MILLIS = 172800000L;

  /**
   * Items per page.
   */
  public static final int PER_PAGE = 20;

  private static final TimelineSpec<Post> SPEC = TimelineSpec.<Post>builder("PostTimelineCache")
      .scoredByTime(value -> Scores.of(value.getCreatedAt(), "createdAt"), "createdAt")
      .perPage(PER_PAGE)
      .order(Order.DESC)
      .ttlMillis(TTL_MILLIS)
      .keyTemplate(KEY_TEMPLATE)
      .build();

  private final TimelineStore<Post> store;

  private PostTimelineCache(TimelineStore<Post> store) {
    this.store = store;
  }

  /**
   * Returns this timeline on {@code redifu}'s Redis.
   */
  public static PostTimelineCache create(Redifu redifu) {
    return new PostTimelineCache(TimelineStore.create(redifu, PostCache.SPEC, SPEC));
  }

  /**
   * This cache without relation resolution: items come back as stored (injected properties null).
   */
  public PostTimelineCache raw() {
    return new PostTimelineCache(store.raw());
  }

  /**
   * The key of one instance: {@code feed:user:{userRandId}:posts}; parameters checked and percent-encoded.
   */
  public static String key(String userRandId) {
    return "feed:user:" + Keys.param("userRandId", userRandId) + ":posts";
  }

  /**
   * Stores {@code value} and indexes it where the cached range covers its score.
   */
  public void add(Post value, String userRandId) {
    store.add(value, key(userRandId));
  }

  /**
   * Takes {@code randId} out of this timeline only; its document stays.
   */
  public void remove(String randId, String userRandId) {
    store.remove(randId, key(userRandId));
  }

  /**
   * The page after the newest of {@code lastRandIds} still here; none: the first page.
   */
  public TimelinePage<Post> fetch(String userRandId, List<String> lastRandIds) {
    return store.fetch(key(userRandId), lastRandIds);
  }

  /**
   * The page after {@code cursor}, even if the item it names was removed.
   */
  public TimelinePage<Post> fetch(String userRandId, Cursor cursor) {
    return store.fetch(key(userRandId), cursor);
  }

  /**
   * Every cached item, in timeline order.
   */
  public List<Post> fetchAll(String userRandId) {
    return store.fetchAll(key(userRandId));
  }

  /**
   * Whether to seed: not cached, or {@code itemsReturned} < PER_PAGE and the cache is not complete.
   */
  public boolean requiresSeeding(String userRandId, int itemsReturned) {
    return store.requiresSeeding(key(userRandId), itemsReturned);
  }

  /**
   * Drops the ids and state of this instance; documents stay.
   */
  public void reset(String userRandId) {
    store.reset(key(userRandId));
  }

  /**
   * Drops the ids and state of this instance and deletes its documents.
   */
  public void purge(String userRandId) {
    store.purge(key(userRandId));
  }

  /**
   * Commits one seeded page and its flags atomically; false when the snapshot is stale.
   */
  public boolean ingest(String userRandId, Collection<Post> items, boolean firstPage,
      boolean reachedEnd, String expectedGen) {
    return store.ingest(key(userRandId), items, firstPage, reachedEnd, expectedGen);
  }

  /**
   * Sets the query that seeds this timeline from SQL, which {@code seed} and {@code fetchOrSeed} run; returns this cache.
   */
  public PostTimelineCache seededBy(Seeder seeder) {
    if (seeder == null) {
      throw new IllegalArgumentException("seeder must not be null");
    }
    store.seededBy(params -> seeder.query(params.get(0)));
    return this;
  }

  /**
   * Seeds the page after {@code lastRandId} (null or empty: the first page) with one query; returns the number of items committed.
   */
  public int seed(String userRandId, String lastRandId) {
    return store.seed(key(userRandId), List.of(userRandId), lastRandId);
  }

  /**
   * Like {@code fetch}, but first seeds from SQL what the page after {@code lastRandIds} needs; concurrent cold fetches run the query once.
   */
  public TimelinePage<Post> fetchOrSeed(String userRandId, List<String> lastRandIds) {
    return store.fetchOrSeed(key(userRandId), List.of(userRandId), lastRandIds);
  }

  /**
   * Like {@code fetch}, but first seeds from SQL what the page after {@code cursor} needs, from its score when its item was removed.
   */
  public TimelinePage<Post> fetchOrSeed(String userRandId, Cursor cursor) {
    return store.fetchOrSeed(key(userRandId), List.of(userRandId), cursor);
  }

  /**
   * The SQL that seeds one instance of this timeline.
   */
  @FunctionalInterface
  public interface Seeder {
    /**
     * The query returning the items of the instance with these key parameters; redifu adds ORDER BY and paging itself.
     */
    SeedQuery query(String userRandId);
  }
}
