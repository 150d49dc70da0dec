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
 * Timeline {@code AuthorFeed} of {@link Post}, key {@code author:{authorRandId}:posts}, 10 per page, lowest first by {@code likes}.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Post"
)
public final class PostAuthorFeedCache {
  /**
   * Key template of each instance.
   */
  public static final String KEY_TEMPLATE = "author:{authorRandId}:posts";

  /**
   * Time to live of the timeline's keys, restarted by writes; 0 = no expiry.
   */
  public static final long TTL_MILLIS = 0L;

  /**
   * Items per page.
   */
  public static final int PER_PAGE = 10;

  private static final TimelineSpec<Post> SPEC = TimelineSpec.<Post>builder("PostAuthorFeedCache")
      .scoredBy(value -> Scores.of(value.getLikes(), "likes"), "likes")
      .perPage(PER_PAGE)
      .order(Order.ASC)
      .ttlMillis(TTL_MILLIS)
      .keyTemplate(KEY_TEMPLATE)
      .build();

  private final TimelineStore<Post> store;

  private PostAuthorFeedCache(TimelineStore<Post> store) {
    this.store = store;
  }

  /**
   * Returns this timeline on {@code redifu}'s Redis.
   */
  public static PostAuthorFeedCache create(Redifu redifu) {
    return new PostAuthorFeedCache(TimelineStore.create(redifu, PostCache.SPEC, SPEC));
  }

  /**
   * This cache without relation resolution: items come back as stored (injected properties null).
   */
  public PostAuthorFeedCache raw() {
    return new PostAuthorFeedCache(store.raw());
  }

  /**
   * The key of one instance: {@code author:{authorRandId}:posts}; parameters checked and percent-encoded.
   */
  public static String key(String authorRandId) {
    return "author:" + Keys.param("authorRandId", authorRandId) + ":posts";
  }

  /**
   * Stores {@code value} and indexes it where the cached range covers its score.
   */
  public void add(Post value, String authorRandId) {
    store.add(value, key(authorRandId));
  }

  /**
   * Takes {@code randId} out of this timeline only; its document stays.
   */
  public void remove(String randId, String authorRandId) {
    store.remove(randId, key(authorRandId));
  }

  /**
   * The page after the newest of {@code lastRandIds} still here; none: the first page.
   */
  public TimelinePage<Post> fetch(String authorRandId, List<String> lastRandIds) {
    return store.fetch(key(authorRandId), lastRandIds);
  }

  /**
   * The page after {@code cursor}, even if the item it names was removed.
   */
  public TimelinePage<Post> fetch(String authorRandId, Cursor cursor) {
    return store.fetch(key(authorRandId), cursor);
  }

  /**
   * Every cached item, in timeline order.
   */
  public List<Post> fetchAll(String authorRandId) {
    return store.fetchAll(key(authorRandId));
  }

  /**
   * Whether to seed: not cached, or {@code itemsReturned} < PER_PAGE and the cache is not complete.
   */
  public boolean requiresSeeding(String authorRandId, int itemsReturned) {
    return store.requiresSeeding(key(authorRandId), itemsReturned);
  }

  /**
   * Drops the ids and state of this instance; documents stay.
   */
  public void reset(String authorRandId) {
    store.reset(key(authorRandId));
  }

  /**
   * Drops the ids and state of this instance and deletes its documents.
   */
  public void purge(String authorRandId) {
    store.purge(key(authorRandId));
  }

  /**
   * Commits one seeded page and its flags atomically; false when the snapshot is stale.
   */
  public boolean ingest(String authorRandId, Collection<Post> items, boolean firstPage,
      boolean reachedEnd, String expectedGen) {
    return store.ingest(key(authorRandId), items, firstPage, reachedEnd, expectedGen);
  }

  /**
   * Sets the query that seeds this timeline from SQL, which {@code seed} and {@code fetchOrSeed} run; returns this cache.
   */
  public PostAuthorFeedCache seededBy(Seeder seeder) {
    if (seeder == null) {
      throw new IllegalArgumentException("seeder must not be null");
    }
    store.seededBy(params -> seeder.query(params.get(0)));
    return this;
  }

  /**
   * Seeds the page after {@code lastRandId} (null or empty: the first page) with one query; returns the number of items committed.
   */
  public int seed(String authorRandId, String lastRandId) {
    return store.seed(key(authorRandId), List.of(authorRandId), lastRandId);
  }

  /**
   * Like {@code fetch}, but first seeds from SQL what the page after {@code lastRandIds} needs; concurrent cold fetches run the query once.
   */
  public TimelinePage<Post> fetchOrSeed(String authorRandId, List<String> lastRandIds) {
    return store.fetchOrSeed(key(authorRandId), List.of(authorRandId), lastRandIds);
  }

  /**
   * Like {@code fetch}, but first seeds from SQL what the page after {@code cursor} needs, from its score when its item was removed.
   */
  public TimelinePage<Post> fetchOrSeed(String authorRandId, Cursor cursor) {
    return store.fetchOrSeed(key(authorRandId), List.of(authorRandId), cursor);
  }

  /**
   * The SQL that seeds one instance of this timeline.
   */
  @FunctionalInterface
  public interface Seeder {
    /**
     * The query returning the items of the instance with these key parameters; redifu adds ORDER BY and paging itself.
     */
    SeedQuery query(String authorRandId);
  }
}
