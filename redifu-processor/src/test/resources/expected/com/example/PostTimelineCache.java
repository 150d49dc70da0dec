package com.example;

import io.redifu.annotation.Order;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.SeederSlot;
import io.redifu.runtime.internal.TimelineStore;
import io.redifu.runtime.internal.model.Keys;
import io.redifu.runtime.internal.model.PagedSpec;
import io.redifu.runtime.internal.model.Scores;
import java.util.Collection;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Timeline of {@link Post}, key {@code feed:user:{userRandId}:posts}, 20 per page, newest first by {@code createdAt}.
 *
 * <p>Key parameters are given once, to {@link #of}, which returns the {@link Instance} they name: {@code cache.of(userRandId).remove(randId)}. Its methods take no key parameter, so a randId can never stand where a key parameter belongs, nor the reverse, and every call reads the same way.
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

  private static final PagedSpec<Post> SPEC = PagedSpec.<Post>pagedBuilder("PostTimelineCache")
      .scoredByTime(value -> Scores.of(value.getCreatedAt(), "createdAt"), "createdAt")
      .perPage(PER_PAGE)
      .order(Order.DESC)
      .ttlMillis(TTL_MILLIS)
      .keyTemplate(KEY_TEMPLATE)
      .build();

  private final TimelineStore<Post> store;

  private final SeederSlot<Seeder> seeder;

  private PostTimelineCache(TimelineStore<Post> store, SeederSlot<Seeder> seeder) {
    this.store = store;
    this.seeder = seeder;
  }

  /**
   * Returns this timeline on {@code redifu}'s Redis.
   */
  public static PostTimelineCache create(Redifu redifu) {
    return new PostTimelineCache(TimelineStore.create(redifu, PostCache.SPEC, SPEC), new SeederSlot<>("PostTimelineCache"));
  }

  /**
   * This cache without relation resolution: items come back as stored (injected properties null).
   */
  public PostTimelineCache raw() {
    return new PostTimelineCache(store.raw(), seeder);
  }

  /**
   * The key of one instance: {@code feed:user:{userRandId}:posts}; parameters checked and percent-encoded.
   */
  public static String key(String userRandId) {
    return "feed:user:" + Keys.param("userRandId", userRandId) + ":posts";
  }

  /**
   * The instance of this timeline with these key parameters, which are checked and rendered into its key here, once.
   */
  public Instance of(String userRandId) {
    return new Instance(userRandId);
  }

  /**
   * Sets the query that seeds this timeline from SQL, which {@code seed} and {@code fetchOrSeed} run; returns this cache.
   */
  public PostTimelineCache seededBy(Seeder seeder) {
    this.seeder.set(seeder);
    return this;
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

  /**
   * One instance of this timeline, named by its key parameters; see {@link PostTimelineCache#of}.
   */
  public final class Instance {
    private final String userRandId;

    private final String key;

    private Instance(String userRandId) {
      this.userRandId = userRandId;
      this.key = key(userRandId);
    }

    /**
     * Stores {@code value} and indexes it where the cached range covers its score.
     */
    public void add(Post value) {
      store.add(value, key);
    }

    /**
     * Takes {@code randId} out of this timeline only; its document stays.
     */
    public void remove(String randId) {
      store.remove(randId, key);
    }

    /**
     * The page after the newest of {@code lastRandIds} still here; none: the first page.
     */
    public TimelinePage<Post> fetch(List<String> lastRandIds) {
      return store.fetch(key, lastRandIds);
    }

    /**
     * The page after {@code cursor}, even if the item it names was removed.
     */
    public TimelinePage<Post> fetch(Cursor cursor) {
      return store.fetch(key, cursor);
    }

    /**
     * Every cached item, in timeline order.
     */
    public List<Post> fetchAll() {
      return store.fetchAll(key);
    }

    /**
     * Whether to seed: not cached, or {@code itemsReturned} < PER_PAGE and the cache is not complete.
     */
    public boolean requiresSeeding(int itemsReturned) {
      return store.requiresSeeding(key, itemsReturned);
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
     * Commits one seeded page and its flags atomically; false when the snapshot is stale.
     */
    public boolean ingest(Collection<Post> items, boolean firstPage, boolean reachedEnd,
        String expectedGen) {
      return store.ingest(key, items, firstPage, reachedEnd, expectedGen);
    }

    /**
     * Seeds the page after {@code lastRandId} (null or empty: the first page) with one query; returns the number of items committed.
     */
    public int seed(String lastRandId) {
      return store.seed(key, this::seedQuery, lastRandId);
    }

    /**
     * Like {@code fetch}, but first seeds from SQL what the page after {@code lastRandIds} needs; concurrent cold fetches run the query once.
     */
    public TimelinePage<Post> fetchOrSeed(List<String> lastRandIds) {
      return store.fetchOrSeed(key, this::seedQuery, lastRandIds);
    }

    /**
     * Like {@code fetch}, but first seeds from SQL what the page after {@code cursor} needs, from its score when its item was removed.
     */
    public TimelinePage<Post> fetchOrSeed(Cursor cursor) {
      return store.fetchOrSeed(key, this::seedQuery, cursor);
    }

    /**
     * The seeder's query for this instance.
     */
    private SeedQuery seedQuery() {
      return seeder.get().query(userRandId);
    }
  }
}
