package io.redifu.bench;

import io.redifu.runtime.Cursor;
import io.redifu.runtime.internal.codec.JsonCodecs;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.redisson.Redisson;
import org.redisson.api.RBatch;
import org.redisson.api.RBuckets;
import org.redisson.api.RScoredSortedSet;
import org.redisson.api.RScoredSortedSetAsync;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/**
 * The Redisson peer: the primitives a Redisson user composes for a feed, with Redisson's default
 * client settings. The timeline is an {@link RScoredSortedSet} of post ids; posts and accounts are
 * buckets holding the same JSON documents redifu writes, read with {@link StringCodec} and decoded
 * with the generated codecs, so only the Redis access differs from redifu.
 */
final class RedissonPeer implements AutoCloseable {
  static final String PREFIX = "bench:redisson:";
  static final String POST = PREFIX + "post:";
  static final String ACCOUNT = PREFIX + "account:";
  static final String TIMELINE = PREFIX + "timeline:" + PageFeed.USER;

  private static final BenchPostCodec POSTS = BenchPostCodec.create();
  private static final BenchAccountCodec ACCOUNTS = BenchAccountCodec.create();

  private final RedissonClient client;
  private final RScoredSortedSet<String> timeline;
  private final RBuckets buckets;

  RedissonPeer(String url) {
    Config config = new Config();
    config.useSingleServer().setAddress(url);
    client = Redisson.create(config);
    timeline = client.getScoredSortedSet(TIMELINE, StringCodec.INSTANCE);
    buckets = client.getBuckets(StringCodec.INSTANCE);
  }

  /** Writes the documents (1 h TTL each) and the timeline in one batch. */
  void seed(PageFeed feed) {
    RBatch batch = client.createBatch();
    for (BenchAccount account : feed.accounts) {
      batch
          .<String>getBucket(ACCOUNT + account.getRandId(), StringCodec.INSTANCE)
          .setAsync(JsonCodecs.encodeToString(ACCOUNTS, account), Duration.ofHours(1));
    }
    RScoredSortedSetAsync<String> zset = batch.getScoredSortedSet(TIMELINE, StringCodec.INSTANCE);
    for (BenchPost post : feed.posts) {
      batch
          .<String>getBucket(POST + post.getRandId(), StringCodec.INSTANCE)
          .setAsync(JsonCodecs.encodeToString(POSTS, post), Duration.ofHours(1));
      zset.addAsync(post.getCreatedAt().toEpochMilli(), post.getRandId());
    }
    zset.expireAsync(Duration.ofHours(1));
    batch.execute();
  }

  BenchPost get(String id) {
    String document = client.<String>getBucket(POST + id, StringCodec.INSTANCE).get();
    return decode(POSTS, document, POST + id);
  }

  /** One {@code RBuckets.get}: a single MGET on one server. */
  List<BenchPost> getAll(Collection<String> ids) {
    Map<String, String> documents = buckets.get(keys(ids, POST));
    List<BenchPost> found = new ArrayList<>(ids.size());
    for (String id : ids) {
      String document = documents.get(POST + id);
      if (document != null) {
        found.add(decode(POSTS, document, POST + id));
      }
    }
    return found;
  }

  /**
   * {@code valueRangeReversed} below the cursor's score with offset 0 and count 20, one {@code
   * RBuckets.get} of the posts, one of their distinct authors.
   */
  List<BenchPost> page(Cursor cursor) {
    Collection<String> ids =
        timeline.valueRangeReversed(
            Double.NEGATIVE_INFINITY, true, cursor.score(), false, 0, PageFeed.PER_PAGE);
    List<BenchPost> page = getAll(ids);
    LinkedHashSet<String> authorIds = new LinkedHashSet<>();
    for (BenchPost post : page) {
      authorIds.add(post.authorRandId);
    }
    Map<String, String> documents = buckets.get(keys(authorIds, ACCOUNT));
    Map<String, BenchAccount> authors = new HashMap<>();
    for (String id : authorIds) {
      String document = documents.get(ACCOUNT + id);
      if (document != null) {
        authors.put(id, decode(ACCOUNTS, document, ACCOUNT + id));
      }
    }
    for (BenchPost post : page) {
      post.author = authors.get(post.authorRandId);
    }
    return page;
  }

  private static String[] keys(Collection<String> ids, String prefix) {
    String[] keys = new String[ids.size()];
    int i = 0;
    for (String id : ids) {
      keys[i++] = prefix + id;
    }
    return keys;
  }

  private static <T> T decode(io.redifu.runtime.EntityCodec<T> codec, String document, String key) {
    return JsonCodecs.decode(codec, document.getBytes(StandardCharsets.UTF_8), key);
  }

  @Override
  public void close() {
    client.shutdown();
  }
}
