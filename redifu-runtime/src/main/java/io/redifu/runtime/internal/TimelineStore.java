package io.redifu.runtime.internal;

import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.ResetPaginationException;
import io.redifu.runtime.TimelinePage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/**
 * The timeline behind every generated {@code XTimelineCache}: a zset of ids plus a meta hash per
 * instance, documents in the entity store. Thread-safe.
 */
public final class TimelineStore<T> {
  private final UnifiedJedis client;
  private final EntityStore<T> documents;
  private final TimelineSpec<T> spec;
  private final byte[] ttlArg;
  private final byte[] orderArg;
  private final byte[] perPageArg;

  private TimelineStore(UnifiedJedis client, EntityStore<T> documents, TimelineSpec<T> spec) {
    this.client = client;
    this.documents = documents;
    this.spec = spec;
    this.ttlArg = ascii(Long.toString(spec.ttlMillis()));
    this.orderArg = ascii(spec.descending() ? "1" : "0");
    this.perPageArg = ascii(Integer.toString(spec.perPage()));
  }

  public static <T> TimelineStore<T> create(
      Redifu redifu, EntitySpec<T> entity, TimelineSpec<T> spec) {
    return new TimelineStore<>(redifu.client(), EntityStore.create(redifu, entity), spec);
  }

  /**
   * Upserts the document and indexes the id where the cache covers its score; both in one round
   * trip, each atomic.
   */
  public void add(T value, String collection) {
    ScriptCalls.Call document = documents.setCall(value);
    String randId = documents.spec().codec().randId(value);
    double score = spec.score().applyAsDouble(value);
    List<ScriptCalls.Call> calls =
        List.of(
            document,
            call(
                TimelineScripts.ADD,
                collection,
                Keys.bytes(randId),
                ascii(Scores.text(score)),
                orderArg,
                ttlArg));
    RedisCalls.run(spec.name() + ".add", () -> ScriptCalls.run(client, calls));
  }

  /** Takes the id out of this timeline only; its document stays for other collections. */
  public void remove(String randId, String collection) {
    Keys.requireParam("randId", randId);
    ScriptCalls.Call call = call(TimelineScripts.REMOVE, collection, Keys.bytes(randId), ttlArg);
    RedisCalls.run(spec.name() + ".remove", () -> ScriptCalls.run(client, List.of(call)));
  }

  /** The page after the newest of {@code lastRandIds} still in the timeline (empty: first page). */
  public TimelinePage<T> fetch(String collection, List<String> lastRandIds) {
    if (lastRandIds == null) {
      throw new IllegalArgumentException("lastRandIds must not be null (pass an empty list)");
    }
    if (lastRandIds.isEmpty()) {
      return read(collection, List.of(ascii("first")));
    }
    List<byte[]> args = new ArrayList<>();
    args.add(ascii("ids"));
    for (int i = lastRandIds.size() - 1; i >= 0; i--) {
      args.add(Keys.bytes(Keys.requireParam("lastRandIds[" + i + "]", lastRandIds.get(i))));
    }
    return read(collection, args);
  }

  /** The page after {@code cursor}, even if the item it names was removed. */
  public TimelinePage<T> fetch(String collection, Cursor cursor) {
    if (cursor == null) {
      throw new IllegalArgumentException("cursor must not be null");
    }
    return read(
        collection,
        List.of(ascii("cursor"), ascii(Scores.text(cursor.score())), Keys.bytes(cursor.randId())));
  }

  /** Every cached item, in timeline order. */
  public List<T> fetchAll(String collection) {
    return read(collection, List.of(ascii("all"))).items();
  }

  /**
   * Whether the source must be read: the timeline is not cached, or a page came back short ({@code
   * itemsReturned < perPage}) while the cache does not reach the end.
   */
  public boolean requiresSeeding(String collection, int itemsReturned) {
    if (itemsReturned < 0) {
      throw new IllegalArgumentException("itemsReturned must be >= 0, was " + itemsReturned);
    }
    List<?> state =
        (List<?>) single(spec.name() + ".requiresSeeding", call(TimelineScripts.STATE, collection));
    if (!flag(state.get(0))) {
      return true;
    }
    boolean complete = flag(state.get(1)) || flag(state.get(2));
    return !complete && itemsReturned < spec.perPage();
  }

  /** Drops the ids and state of this instance; documents stay. */
  public void reset(String collection) {
    single(spec.name() + ".reset", call(TimelineScripts.DROP, collection));
  }

  /** Drops the ids and state of this instance and the documents it held. */
  public void purge(String collection) {
    List<?> ids = (List<?>) single(spec.name() + ".purge", call(TimelineScripts.DROP, collection));
    for (Object id : ids) {
      documents.delete(Keys.string((byte[]) id));
    }
  }

  /**
   * Commits one seeded page: documents where absent (fresher cached ones win) and ids, atomically
   * per collection. Used by seeding; returns false when the snapshot is stale ({@code expectedGen}
   * differs) or a later page meets an unseeded timeline.
   */
  public boolean ingest(
      String collection, Collection<T> items, boolean firstPage, boolean reachedEnd, String gen) {
    List<byte[]> args = new ArrayList<>();
    args.add(ttlArg);
    args.add(ascii(firstPage ? "1" : "0"));
    args.add(ascii(reachedEnd ? "1" : "0"));
    args.add(ascii(gen == null ? "" : gen));
    List<ScriptCalls.Call> calls = new ArrayList<>();
    for (T item : items) {
      calls.add(documents.setIfAbsentCall(item));
      args.add(ascii(Scores.text(spec.score().applyAsDouble(item))));
      args.add(Keys.bytes(documents.spec().codec().randId(item)));
    }
    calls.add(call(TimelineScripts.INGEST, collection, args.toArray(new byte[0][])));
    List<Object> replies =
        RedisCalls.call(spec.name() + ".ingest", () -> ScriptCalls.run(client, calls));
    List<?> result = (List<?>) replies.get(replies.size() - 1);
    return "ok".equals(Keys.string((byte[]) result.get(0)));
  }

  private TimelinePage<T> read(String collection, List<byte[]> modeArgs) {
    List<byte[]> args = new ArrayList<>();
    args.add(orderArg);
    args.add(perPageArg);
    args.addAll(modeArgs);
    List<?> reply =
        (List<?>)
            single(
                spec.name() + ".fetch",
                call(TimelineScripts.FETCH, collection, args.toArray(new byte[0][])));
    if ("reset".equals(Keys.string((byte[]) reply.get(0)))) {
      throw new ResetPaginationException(
          spec.name()
              + " \""
              + collection
              + "\": no cursor id is in the cached timeline any more; restart from the first page");
    }
    return TimelineReply.of(reply).page(documents);
  }

  private Object single(String operation, ScriptCalls.Call call) {
    return RedisCalls.call(operation, () -> ScriptCalls.run(client, List.of(call))).get(0);
  }

  private static ScriptCalls.Call call(Script script, String collection, byte[]... args) {
    CollectionKeys keys = CollectionKeys.of(collection);
    return new ScriptCalls.Call(script, List.of(keys.zset(), keys.meta()), List.of(args));
  }

  private static boolean flag(Object value) {
    return value instanceof byte[] bytes && bytes.length == 1 && bytes[0] == '1';
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
