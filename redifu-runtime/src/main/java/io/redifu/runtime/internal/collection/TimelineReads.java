package io.redifu.runtime.internal.collection;

import io.redifu.runtime.Cursor;
import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.model.KeySchema;
import io.redifu.runtime.internal.model.Scores;
import io.redifu.runtime.internal.redis.Transaction;
import io.redifu.runtime.internal.redis.Transaction.Queued;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import redis.clients.jedis.Protocol.Command;
import redis.clients.jedis.Protocol.Keyword;
import redis.clients.jedis.UnifiedJedis;

/**
 * The default read of a timeline's first page and of the page after a cursor: plain sorted-set
 * commands in one MULTI/EXEC, sent as one pipeline. One round trip and one consistent snapshot,
 * like the fetch script, at a fraction of its Redis CPU (a script call costs Redis 20–30 µs, these
 * commands a few). Pages after a cursor are found by score, so no rank lookup is needed: the items
 * after (score, randId) are the ties at that score that sort after the randId, then the items
 * beyond the score. Each query asks for one item more than a page to learn whether the page reaches
 * the end.
 *
 * @param descending whether pages run from the highest score down
 * @param perPage the items of a page
 */
public record TimelineReads(UnifiedJedis client, boolean descending, int perPage) {
  /**
   * Items tying with the cursor and sorting before it (usually just the cursor's own item) that one
   * read can step over; with more, the caller uses the script. Small, because every item read here
   * costs Redis CPU on every page.
   */
  static final int TIES_SKIPPED = 2;

  private static final byte[] META_SEEDED = Bytes.encode("seeded");
  private static final byte[] META_TAIL = Bytes.encode("tail");
  private static final byte[] META_EMPTY = Bytes.encode("empty");

  /**
   * The first page. Nothing at the top and no {@code empty} flag means the zset is gone while the
   * meta stayed (evicted, see {@code CollectionScripts.HELPERS}): not complete, so it is seeded.
   */
  public TimelineReply first(KeySchema keys) {
    List<Object> replies = transaction(keys, List.of(byRank(keys, perPage)));
    List<?> meta = (List<?>) replies.get(0);
    List<Scored> found = Scored.of(replies.get(1));
    boolean complete =
        TimelineReply.isSet(meta.get(2)) || (TimelineReply.isSet(meta.get(1)) && !found.isEmpty());
    return reply(null, true, complete, found);
  }

  /**
   * The page after {@code cursor}; null when the script must decide: the timeline is not seeded
   * (the cursor cannot be placed), no item at the cursor's score sorts at or before it (its item
   * was removed or moved, and whether the page is the first takes a count this read does not pay
   * for on every page), or more than {@link #TIES_SKIPPED} items tie with the cursor and sort
   * before it.
   */
  public TimelineReply after(KeySchema keys, Cursor cursor) {
    String score = Scores.text(cursor.score());
    int limit = perPage + 1 + TIES_SKIPPED;
    List<Object> replies =
        transaction(keys, List.of(byScore(keys, score, descending ? "-inf" : "+inf", limit)));
    List<?> meta = (List<?>) replies.get(0);
    if (!TimelineReply.isSet(meta.get(0))) {
      return null;
    }
    List<Scored> range = Scored.of(replies.get(1));
    byte[] cursorId = Bytes.encode(cursor.randId());
    int skipped = 0; // ties that sort before the cursor, or are its item: a prefix of the range
    while (skipped < range.size() && range.get(skipped).score() == cursor.score()) {
      int order = Arrays.compareUnsigned(range.get(skipped).id(), cursorId);
      if (descending ? order < 0 : order > 0) {
        break;
      }
      skipped++;
    }
    if (skipped == 0 || (range.size() == limit && skipped > TIES_SKIPPED)) {
      return null;
    }
    // A skipped item (usually the cursor's own) precedes the page, so the page is not the first.
    boolean complete = TimelineReply.isSet(meta.get(1)) || TimelineReply.isSet(meta.get(2));
    return reply(cursor.randId(), false, complete, range.subList(skipped, range.size()));
  }

  /** {@code found} holds up to one item more than a page: whether it exists tells the end. */
  private TimelineReply reply(
      String cursorId, boolean atTop, boolean complete, List<Scored> found) {
    boolean reachesEnd = complete && found.size() <= perPage;
    List<Scored> page = found.size() > perPage ? found.subList(0, perPage) : found;
    List<String> ids = new ArrayList<>(page.size());
    for (Scored item : page) {
      ids.add(Bytes.decode(item.id()));
    }
    double lastScore = page.isEmpty() ? Double.NaN : page.get(page.size() - 1).score();
    return new TimelineReply(cursorId, atTop, reachesEnd, ids, lastScore, null, List.of());
  }

  /** The items of ranks 0..{@code stop} in timeline order, with scores. */
  private Queued byRank(KeySchema keys, int stop) {
    List<byte[]> args =
        new ArrayList<>(List.of(keys.zset(), Bytes.encode("0"), Bytes.encode(stop)));
    if (descending) {
      args.add(Keyword.REV.getRaw());
    }
    args.add(Keyword.WITHSCORES.getRaw());
    return new Queued(Command.ZRANGE, args.toArray(new byte[0][]));
  }

  /** Up to {@code count} items from score {@code from} towards {@code to}, in timeline order. */
  private Queued byScore(KeySchema keys, String from, String to, int count) {
    List<byte[]> args = new ArrayList<>(8);
    args.add(keys.zset());
    args.add(Bytes.encode(from));
    args.add(Bytes.encode(to));
    args.add(Keyword.BYSCORE.getRaw());
    if (descending) {
      args.add(Keyword.REV.getRaw());
    }
    args.add(Keyword.LIMIT.getRaw());
    args.add(Bytes.encode("0"));
    args.add(Bytes.encode(count));
    args.add(Keyword.WITHSCORES.getRaw());
    return new Queued(Command.ZRANGE, args.toArray(new byte[0][]));
  }

  /** HMGET of the state, then {@code commands}, in one transaction; the state's reply first. */
  private List<Object> transaction(KeySchema keys, List<Queued> commands) {
    List<Queued> all = new ArrayList<>(commands.size() + 1);
    all.add(new Queued(Command.HMGET, keys.meta(), META_SEEDED, META_TAIL, META_EMPTY));
    all.addAll(commands);
    return Transaction.run(client, all);
  }

  /**
   * An id with its score as Redis wrote it, from a WITHSCORES reply; parsed only where needed (the
   * ties at the cursor and the page's last item), since a page reads a few more.
   */
  private record Scored(byte[] id, byte[] scoreText) {
    double score() {
      return Double.parseDouble(Bytes.decode(scoreText));
    }

    static List<Scored> of(Object withScores) {
      List<?> flat = (List<?>) withScores;
      List<Scored> items = new ArrayList<>(flat.size() / 2);
      for (int i = 0; i < flat.size(); i += 2) {
        items.add(new Scored((byte[]) flat.get(i), (byte[]) flat.get(i + 1)));
      }
      return items;
    }
  }
}
