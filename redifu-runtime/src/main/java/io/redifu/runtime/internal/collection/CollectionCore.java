package io.redifu.runtime.internal.collection;

import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.document.Documents;
import io.redifu.runtime.internal.model.CollectionSpec;
import io.redifu.runtime.internal.model.KeySchema;
import io.redifu.runtime.internal.model.Keys;
import io.redifu.runtime.internal.model.Scores;
import io.redifu.runtime.internal.redis.Meter;
import io.redifu.runtime.internal.redis.Script;
import io.redifu.runtime.internal.redis.ScriptCalls;
import io.redifu.runtime.internal.redis.WriteBatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import redis.clients.jedis.UnifiedJedis;

/**
 * What the four collection kinds do the same way, each with its own keys and scripts: index and
 * unindex an item beside its document, read the write generation, commit seeded items, drop an
 * instance (keeping or deleting its documents). Thread-safe.
 *
 * @param meter where the collection reports: every call here goes through it
 */
public record CollectionCore<T>(
    Kind kind, UnifiedJedis client, Documents<T> documents, CollectionSpec<T> spec, Meter meter) {
  /**
   * One kind of collection: its name in metrics, the keys its scripts take (the generation's: any
   * key, then the meta hash), the scripts that index an item (ARGV: id, score, ttl, then the kind's
   * own) and take one out (ARGV: id, ttl), and the one that drops an instance and answers the ids
   * it held.
   */
  public record Kind(
      String name,
      Function<KeySchema, List<byte[]>> keys,
      Function<KeySchema, List<byte[]>> generationKeys,
      Script add,
      Script remove,
      Script drop) {
    /** Cursor timelines: ids, meta; a write indexes the id where the cache covers its position. */
    public static final Kind TIMELINE =
        zsetAndMeta("timeline", TimelineScripts.ADD, CollectionScripts.REMOVE);

    /** Sorted collections: ids, meta; a write indexes the id if the collection is cached. */
    public static final Kind SORTED =
        zsetAndMeta("sorted", SortedScripts.ADD, CollectionScripts.REMOVE);

    /** Time series: ids, meta, covered segments. */
    public static final Kind TIME_SERIES =
        new Kind(
            "timeseries",
            KeySchema::timeSeries,
            KeySchema::zsetAndMeta,
            TimeSeriesScripts.ADD,
            TimeSeriesScripts.REMOVE,
            TimeSeriesScripts.DROP);

    /**
     * Numbered pages: meta, pages hash; the generation reads the meta as its second key. A write
     * drops the cached pages, whose boundaries it may have moved.
     */
    public static final Kind PAGES =
        new Kind(
            "page",
            KeySchema::pageCache,
            keys -> List.of(keys.pages(), keys.meta()),
            PageScripts.ADD,
            PageScripts.REMOVE,
            PageScripts.DROP);

    private static Kind zsetAndMeta(String name, Script add, Script remove) {
      return new Kind(
          name,
          KeySchema::zsetAndMeta,
          KeySchema::zsetAndMeta,
          add,
          remove,
          CollectionScripts.DROP);
    }
  }

  /** This core without relation resolution: items come back as stored. */
  public CollectionCore<T> raw() {
    return new CollectionCore<>(kind, client, documents.raw(), spec, meter);
  }

  /** The keys of {@code collection}'s scripts. */
  public List<byte[]> keys(String collection) {
    return kind.keys().apply(KeySchema.of(collection));
  }

  /** The collection's TTL as a script argument. */
  public byte[] ttlArg() {
    return Bytes.encode(spec.ttlMillis());
  }

  /**
   * Upserts the document of {@code value} and runs the kind's {@code add} on {@code collection}
   * with the item's id, score, the TTL, then {@code extra}: both in one round trip (or the batch
   * open on this thread), each atomic.
   */
  public void index(T value, String collection, byte[]... extra) {
    meter.timedRun(
        "add",
        () -> {
          ScriptCalls.Call document = documents.setCall(value);
          byte[] randId = Bytes.encode(documents.spec().codec().randId(value));
          byte[] score = Bytes.encode(Scores.text(spec.score().applyAsDouble(value)));
          List<byte[]> args = new ArrayList<>(3 + extra.length);
          args.add(randId);
          args.add(score);
          args.add(ttlArg());
          args.addAll(List.of(extra));
          ScriptCalls.Call call = new ScriptCalls.Call(kind.add(), keys(collection), args);
          WriteBatch.submit(
              client, meter, "add", List.of(document, call), () -> documents.written(value));
        });
  }

  /**
   * Runs the kind's {@code remove} on {@code collection} with {@code randId} and the TTL; the
   * document stays.
   */
  public void unindex(String randId, String collection) {
    Keys.requireParam("randId", randId);
    ScriptCalls.Call call =
        new ScriptCalls.Call(
            kind.remove(), keys(collection), List.of(Bytes.encode(randId), ttlArg()));
    WriteBatch.submit(client, meter, "remove", List.of(call));
  }

  /**
   * The write generation to pass to a commit after reading the source: read it before the SQL
   * query; the commit is refused if any write reached the instance in between.
   */
  public String generation(String collection) {
    List<byte[]> keys = kind.generationKeys().apply(KeySchema.of(collection));
    ScriptCalls.Call call =
        new ScriptCalls.Call(CollectionScripts.GENERATION, keys, List.of(ttlArg()));
    return Bytes.decode((byte[]) run("generation", call));
  }

  /**
   * Commits seeded items in one round trip: each document where absent, then {@code script} on
   * {@code collection} with {@code head} followed by score/id pairs; answers the script's status.
   */
  public String commit(Collection<T> items, Script script, String collection, List<byte[]> head) {
    return CollectionCalls.ingest(
        client, meter, documents, spec.score(), items, script, keys(collection), head);
  }

  /** Drops the instance (ids and state); its documents stay. */
  public void reset(String collection) {
    run("reset", new ScriptCalls.Call(kind.drop(), keys(collection), List.of()));
  }

  /** Drops the instance and deletes the documents it held. */
  public void purge(String collection) {
    List<?> ids =
        (List<?>) run("purge", new ScriptCalls.Call(kind.drop(), keys(collection), List.of()));
    documents.deleteAll(CollectionCalls.strings(ids));
  }

  /**
   * What is cached of an instance.
   *
   * @param seeded whether it is cached (a timeline: its top)
   * @param complete whether the cache reaches the end of the source (tail or empty)
   */
  public record State(boolean seeded, boolean complete) {}

  /** What is cached of the instance {@code collection}, read as operation {@code op}. */
  public State state(String op, String collection) {
    List<?> state =
        (List<?>)
            run(op, new ScriptCalls.Call(CollectionScripts.STATE, keys(collection), List.of()));
    return new State(
        CollectionCalls.flag(state.get(0)),
        CollectionCalls.flag(state.get(1)) || CollectionCalls.flag(state.get(2)));
  }

  /** Runs one script call in one round trip and returns its reply. */
  public Object run(String op, ScriptCalls.Call call) {
    return CollectionCalls.run(client, meter, op, call);
  }
}
