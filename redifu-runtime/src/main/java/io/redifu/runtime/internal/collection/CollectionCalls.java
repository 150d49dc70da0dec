package io.redifu.runtime.internal.collection;

import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.document.Documents;
import io.redifu.runtime.internal.document.EntityReads;
import io.redifu.runtime.internal.document.MissingDocuments;
import io.redifu.runtime.internal.model.KeySchema;
import io.redifu.runtime.internal.model.Scores;
import io.redifu.runtime.internal.redis.Meter;
import io.redifu.runtime.internal.redis.Script;
import io.redifu.runtime.internal.redis.ScriptCalls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import redis.clients.jedis.UnifiedJedis;

/** Script calls and document reads shared by the collection stores. */
public final class CollectionCalls {
  private CollectionCalls() {}

  /** A call of {@code script} on the zset and meta of {@code collection}. */
  public static ScriptCalls.Call call(Script script, String collection, byte[]... args) {
    KeySchema keys = KeySchema.of(collection);
    return new ScriptCalls.Call(script, List.of(keys.zset(), keys.meta()), List.of(args));
  }

  /** Runs one call in one round trip and returns its reply. */
  public static Object run(UnifiedJedis client, Meter meter, String op, ScriptCalls.Call call) {
    return meter.call(op, () -> ScriptCalls.run(client, List.of(call))).get(0);
  }

  /**
   * The documents of {@code ids} in order with their relations, in one round trip plus one per
   * relation level. Ids whose document is gone are left out, counted and logged (DEBUG): they come
   * back when the collection is seeded again.
   */
  public static <T> List<T> documents(Documents<T> documents, List<String> ids, String collection) {
    EntityReads.PageRead<T> read = documents.reads().readPage(ids);
    Map<String, T> found = read.found();
    if (found.size() < ids.size()) {
      List<String> missing = new ArrayList<>(ids);
      missing.removeAll(found.keySet());
      MissingDocuments.leftOut(documents.reads().meter(), collection, missing);
    }
    return documents
        .reads()
        .resolveLogged(new ArrayList<>(found.values()), read.related(), collection);
  }

  /**
   * Commits seeded items in one round trip: each document where absent, then {@code script} with
   * {@code head} arguments followed by score/id pairs. Returns the script's status: 'ok',
   * 'conflict' (the generation moved) or 'unseeded' (a later page of an unseeded collection).
   */
  public static <T> String ingest(
      UnifiedJedis client,
      Meter meter,
      Documents<T> documents,
      ToDoubleFunction<T> score,
      Collection<T> items,
      Script script,
      List<byte[]> keys,
      List<byte[]> head) {
    if (items == null) {
      throw new IllegalArgumentException("items must not be null");
    }
    List<byte[]> args = new ArrayList<>(head);
    List<ScriptCalls.Call> calls = new ArrayList<>();
    for (T item : items) {
      calls.add(documents.setIfAbsentCall(item));
      args.add(Bytes.encode(Scores.text(score.applyAsDouble(item))));
      args.add(Bytes.encode(documents.spec().codec().randId(item)));
    }
    calls.add(new ScriptCalls.Call(script, keys, args));
    List<Object> replies = meter.call("ingest", () -> ScriptCalls.run(client, calls));
    List<?> result = (List<?>) replies.get(replies.size() - 1);
    String status = Bytes.decode((byte[]) result.get(0));
    if (status.equals("conflict")) {
      takeBack(client, meter, calls, replies);
    }
    return status;
  }

  /**
   * Deletes the documents a refused commit stored where none was cached, unless rewritten since:
   * its snapshot is stale, and a document of an entity deleted meanwhile must not come back.
   */
  private static void takeBack(
      UnifiedJedis client, Meter meter, List<ScriptCalls.Call> calls, List<Object> replies) {
    List<ScriptCalls.Call> deletes = new ArrayList<>();
    for (int i = 0; i < calls.size() - 1; i++) {
      if (Long.valueOf(1).equals(replies.get(i))) {
        ScriptCalls.Call stored = calls.get(i);
        deletes.add(
            new ScriptCalls.Call(
                Script.DELETE_IF_EQUAL,
                List.of(stored.keys().get(0)),
                List.of(stored.args().get(0))));
      }
    }
    if (!deletes.isEmpty()) {
      meter.call("ingest", () -> ScriptCalls.run(client, deletes));
    }
  }

  public static boolean flag(Object value) {
    return value instanceof byte[] bytes && bytes.length == 1 && bytes[0] == '1';
  }

  public static List<String> strings(List<?> replies) {
    List<String> strings = new ArrayList<>(replies.size());
    for (Object reply : replies) {
      strings.add(Bytes.decode((byte[]) reply));
    }
    return strings;
  }
}
