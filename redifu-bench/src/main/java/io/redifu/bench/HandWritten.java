package io.redifu.bench;

import static java.nio.charset.StandardCharsets.US_ASCII;

import io.redifu.runtime.Cursor;
import io.redifu.runtime.internal.codec.JsonCodecs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Protocol.Command;
import redis.clients.jedis.Protocol.Keyword;
import redis.clients.jedis.Response;

/**
 * The peers redifu is measured against, written directly on Jedis' {@code RedisClient} with the
 * generated codecs for decoding (so only the Redis access differs): the best hand-written code for
 * each round-trip budget, and the naive one-GET-per-key pattern of the Go version.
 */
final class HandWritten {
  private static final BenchPostCodec POSTS = BenchPostCodec.create();
  private static final BenchAccountCodec ACCOUNTS = BenchAccountCodec.create();
  private static final byte[] MINUS_INF = ascii("-inf");
  private static final byte[][] NO_ARGS = new byte[0][];
  private static final byte[] SEEDED = ascii("seeded");
  private static final byte[] TAIL = ascii("tail");
  private static final byte[] EMPTY = ascii("empty");

  private HandWritten() {}

  /** ZREVRANGEBYSCORE after the cursor, then one MGET of the posts: 2 round trips. */
  static List<BenchPost> page(PageFeed feed, Cursor cursor) {
    List<String> ids = ids(feed, feed.zsetKey, cursor);
    return decodePosts(ids, feed.raw.mget(keys(ids, "bench:post:")));
  }

  /**
   * Redifu's default read written by hand: the feed's state ({@code HMGET}) and the ids after the
   * cursor with their scores ({@code ZRANGE … BYSCORE REV LIMIT 0 23 WITHSCORES}) in one {@code
   * MULTI}/{@code EXEC}, then one MGET: the same commands, so the difference is the library's own
   * work. 2 round trips.
   */
  static List<BenchPost> sameCommandsPage(PageFeed feed, Cursor cursor) {
    List<String> ids = idsAndState(feed, cursor);
    return decodePosts(ids, feed.raw.mget(keys(ids, "bench:post:")));
  }

  /**
   * The first round trip of {@link #sameCommandsPage} alone: the feed's state and the ids after the
   * cursor in one {@code MULTI}/{@code EXEC}. What a page costs at least while collections stay in
   * Redis, however near its documents are.
   */
  static List<String> idsAndState(PageFeed feed, Cursor cursor) {
    Response<Object> exec;
    try (AbstractPipeline pipeline = feed.raw.pipelined()) {
      pipeline.sendCommand(Command.MULTI, NO_ARGS);
      pipeline.sendCommand(Command.HMGET, feed.metaKey, SEEDED, TAIL, EMPTY);
      pipeline.sendCommand(
          Command.ZRANGE,
          feed.zsetKey,
          ascii(Long.toString((long) cursor.score())),
          MINUS_INF,
          Keyword.BYSCORE.getRaw(),
          Keyword.REV.getRaw(),
          Keyword.LIMIT.getRaw(),
          ascii("0"),
          ascii(Integer.toString(PageFeed.PER_PAGE + 3)),
          Keyword.WITHSCORES.getRaw());
      exec = pipeline.sendCommand(Command.EXEC, NO_ARGS);
      pipeline.sync();
    }
    List<?> range = (List<?>) ((List<?>) exec.get()).get(1);
    List<String> ids = new ArrayList<>(PageFeed.PER_PAGE);
    double lastScore = Double.NaN; // what the next page's cursor needs
    for (int i = 0; i < range.size() && ids.size() < PageFeed.PER_PAGE; i += 2) {
      String id = new String((byte[]) range.get(i), StandardCharsets.UTF_8);
      if (!id.equals(cursor.randId())) {
        ids.add(id);
        lastScore = Double.parseDouble(new String((byte[]) range.get(i + 1), US_ASCII));
      }
    }
    if (Double.isNaN(lastScore) && !ids.isEmpty()) {
      throw new IllegalStateException("no score for " + ids);
    }
    return ids;
  }

  /** The same ids, then one GET per post: 21 round trips. */
  static List<BenchPost> naivePage(PageFeed feed, Cursor cursor) {
    List<BenchPost> page = new ArrayList<>(PageFeed.PER_PAGE);
    for (String id : ids(feed, feed.zsetKey, cursor)) {
      page.addAll(
          decodePosts(List.of(id), List.of(feed.raw.get(keys(List.of(id), "bench:post:")[0]))));
    }
    return page;
  }

  /** Ids, one MGET of the posts, one MGET of their distinct authors: 3 round trips. */
  static List<BenchPost> authoredPage(PageFeed feed, Cursor cursor) {
    List<String> ids = ids(feed, feed.zsetKey, cursor);
    List<BenchPost> page = decodePosts(ids, feed.raw.mget(keys(ids, "bench:post:")));
    List<String> authors = new ArrayList<>(new LinkedHashSet<>(authorIds(page)));
    inject(page, authors, feed.raw.mget(keys(authors, "bench:account:")));
    return page;
  }

  /**
   * The denormalised timeline ({@code postId|authorRandId} members) gives post and author ids in
   * the first round trip; one pipeline of two MGETs reads both: 2 round trips.
   */
  static List<BenchPost> authoredDenormalisedPage(PageFeed feed, Cursor cursor) {
    List<String> ids = new ArrayList<>(PageFeed.PER_PAGE);
    LinkedHashSet<String> authorSet = new LinkedHashSet<>();
    for (String member : ids(feed, feed.denormalisedKey, cursor)) {
      int bar = member.indexOf('|');
      ids.add(member.substring(0, bar));
      authorSet.add(member.substring(bar + 1));
    }
    List<String> authors = new ArrayList<>(authorSet);
    Response<List<byte[]>> postDocuments;
    Response<List<byte[]>> authorDocuments;
    try (AbstractPipeline pipeline = feed.raw.pipelined()) {
      postDocuments = pipeline.mget(keys(ids, "bench:post:"));
      authorDocuments = pipeline.mget(keys(authors, "bench:account:"));
      pipeline.sync();
    }
    List<BenchPost> page = decodePosts(ids, postDocuments.get());
    inject(page, authors, authorDocuments.get());
    return page;
  }

  /**
   * The floor no strategy can beat (the oracle of {@code reference/perf-baseline.md}): the page's
   * post ids and their authors known in advance, one MGET of all their keys, decoded: 1 round trip
   * and no ids read.
   */
  static List<BenchPost> oraclePage(PageFeed feed, Cursor cursor) {
    int at = feed.cursorPostIndex.get(cursor.randId());
    List<String> ids = new ArrayList<>(PageFeed.PER_PAGE);
    LinkedHashSet<String> authorSet = new LinkedHashSet<>();
    for (int older = 1; older <= PageFeed.PER_PAGE; older++) {
      BenchPost post = feed.posts.get(at - older); // post i was created in minute i
      ids.add(post.getRandId());
      authorSet.add(post.authorRandId);
    }
    List<String> authors = new ArrayList<>(authorSet);
    byte[][] postKeys = keys(ids, "bench:post:");
    byte[][] authorKeys = keys(authors, "bench:account:");
    byte[][] all = Arrays.copyOf(postKeys, postKeys.length + authorKeys.length);
    System.arraycopy(authorKeys, 0, all, postKeys.length, authorKeys.length);
    List<byte[]> documents = feed.raw.mget(all);
    List<BenchPost> page = decodePosts(ids, documents.subList(0, ids.size()));
    inject(page, authors, documents.subList(ids.size(), documents.size()));
    return page;
  }

  /** The ids, one GET per post and one GET per post's author: 41 round trips. */
  static List<BenchPost> authoredNaivePage(PageFeed feed, Cursor cursor) {
    List<BenchPost> page = naivePage(feed, cursor);
    for (BenchPost post : page) {
      List<String> author = List.of(post.authorRandId);
      inject(List.of(post), author, List.of(feed.raw.get(keys(author, "bench:account:")[0])));
    }
    return page;
  }

  private static List<String> ids(PageFeed feed, byte[] zset, Cursor cursor) {
    byte[] max = ("(" + (long) cursor.score()).getBytes(US_ASCII);
    List<byte[]> members = feed.raw.zrevrangeByScore(zset, max, MINUS_INF, 0, PageFeed.PER_PAGE);
    List<String> ids = new ArrayList<>(members.size());
    for (byte[] member : members) {
      ids.add(new String(member, StandardCharsets.UTF_8));
    }
    return ids;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(US_ASCII);
  }

  private static byte[][] keys(List<String> ids, String prefix) {
    byte[][] keys = new byte[ids.size()][];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = (prefix + ids.get(i)).getBytes(StandardCharsets.UTF_8);
    }
    return keys;
  }

  private static List<BenchPost> decodePosts(List<String> ids, List<byte[]> documents) {
    List<BenchPost> page = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      if (documents.get(i) != null) {
        page.add(JsonCodecs.decode(POSTS, documents.get(i), "bench:post:" + ids.get(i)));
      }
    }
    return page;
  }

  private static List<String> authorIds(List<BenchPost> page) {
    List<String> ids = new ArrayList<>(page.size());
    for (BenchPost post : page) {
      ids.add(post.authorRandId);
    }
    return ids;
  }

  private static void inject(List<BenchPost> page, List<String> authors, List<byte[]> documents) {
    Map<String, BenchAccount> byId = new HashMap<>();
    for (int i = 0; i < authors.size(); i++) {
      if (documents.get(i) != null) {
        String key = "bench:account:" + authors.get(i);
        byId.put(authors.get(i), JsonCodecs.decode(ACCOUNTS, documents.get(i), key));
      }
    }
    for (BenchPost post : page) {
      post.author = byId.get(post.authorRandId);
    }
  }
}
