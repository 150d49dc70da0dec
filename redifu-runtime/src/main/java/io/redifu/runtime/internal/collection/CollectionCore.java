package io.redifu.runtime.internal.collection;

import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.document.Documents;
import io.redifu.runtime.internal.model.CollectionSpec;
import io.redifu.runtime.internal.model.Keys;
import io.redifu.runtime.internal.model.Scores;
import io.redifu.runtime.internal.redis.Meter;
import io.redifu.runtime.internal.redis.Script;
import io.redifu.runtime.internal.redis.ScriptCalls;
import io.redifu.runtime.internal.redis.WriteBatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/**
 * What the four collection kinds do the same way, each with its own keys and scripts: index and
 * unindex an item beside its document, read the write generation, commit seeded items, drop an
 * instance (keeping or deleting its documents). Thread-safe.
 */
public final class CollectionCore<T> {
  private final UnifiedJedis client;
  private final Documents<T> documents;
  private final CollectionSpec<T> spec;
  private final Meter meter;
  private final byte[] ttlArg;

  public CollectionCore(
      UnifiedJedis client, Documents<T> documents, CollectionSpec<T> spec, Meter meter) {
    this.client = client;
    this.documents = documents;
    this.spec = spec;
    this.meter = meter;
    this.ttlArg = Bytes.encode(spec.ttlMillis());
  }

  /** This core without relation resolution: items come back as stored. */
  public CollectionCore<T> raw() {
    return new CollectionCore<>(client, documents.raw(), spec, meter);
  }

  public UnifiedJedis client() {
    return client;
  }

  public Documents<T> documents() {
    return documents;
  }

  public Meter meter() {
    return meter;
  }

  /** The collection's TTL as a script argument. */
  public byte[] ttlArg() {
    return ttlArg;
  }

  /**
   * Upserts the document of {@code value} and runs {@code index} on {@code keys} with the item's
   * id, score, then {@code args}: both in one round trip (or the batch open on this thread), each
   * atomic.
   */
  public void index(T value, Script index, List<byte[]> keys, byte[]... args) {
    meter.timedRun(
        "add",
        () -> {
          ScriptCalls.Call document = documents.setCall(value);
          byte[] randId = Bytes.encode(documents.spec().codec().randId(value));
          byte[] score = Bytes.encode(Scores.text(spec.score().applyAsDouble(value)));
          List<byte[]> all = new ArrayList<>(2 + args.length);
          all.add(randId);
          all.add(score);
          all.addAll(List.of(args));
          ScriptCalls.Call call = new ScriptCalls.Call(index, keys, all);
          WriteBatch.submit(client, meter, "add", List.of(document, call));
        });
  }

  /** Runs {@code remove} on {@code keys} with {@code randId} and the TTL; the document stays. */
  public void unindex(String randId, Script remove, List<byte[]> keys) {
    Keys.requireParam("randId", randId);
    ScriptCalls.Call call =
        new ScriptCalls.Call(remove, keys, List.of(Bytes.encode(randId), ttlArg));
    WriteBatch.submit(client, meter, "remove", List.of(call));
  }

  /**
   * The write generation to pass to a commit after reading the source: read it before the SQL
   * query; the commit is refused if any write reached the instance in between. {@code keys}: any
   * key of the instance, then its meta hash.
   */
  public String generation(List<byte[]> keys) {
    ScriptCalls.Call call =
        new ScriptCalls.Call(CollectionScripts.GENERATION, keys, List.of(ttlArg));
    return Bytes.decode((byte[]) run("generation", call));
  }

  /**
   * Commits seeded items in one round trip: each document where absent, then {@code script} on
   * {@code keys} with {@code head} followed by score/id pairs; answers the script's status.
   */
  public String commit(Collection<T> items, Script script, List<byte[]> keys, List<byte[]> head) {
    return CollectionCalls.ingest(
        client, meter, documents, spec.score(), items, script, keys, head);
  }

  /** Runs {@code drop} on {@code keys}: the instance is gone, its documents stay. */
  public void reset(Script drop, List<byte[]> keys) {
    run("reset", new ScriptCalls.Call(drop, keys, List.of()));
  }

  /** Runs {@code drop} on {@code keys} and deletes the documents the instance held. */
  public void purge(Script drop, List<byte[]> keys) {
    List<?> ids = (List<?>) run("purge", new ScriptCalls.Call(drop, keys, List.of()));
    documents.deleteAll(CollectionCalls.strings(ids));
  }

  /**
   * What is cached of an instance.
   *
   * @param seeded whether it is cached (a timeline: its top)
   * @param complete whether the cache reaches the end of the source (tail or empty)
   */
  public record State(boolean seeded, boolean complete) {}

  /** What is cached of the instance of {@code keys} (ids, meta), read as operation {@code op}. */
  public State state(String op, List<byte[]> keys) {
    List<?> state =
        (List<?>) run(op, new ScriptCalls.Call(CollectionScripts.STATE, keys, List.of()));
    return new State(
        CollectionCalls.flag(state.get(0)),
        CollectionCalls.flag(state.get(1)) || CollectionCalls.flag(state.get(2)));
  }

  /** Runs one script call in one round trip and returns its reply. */
  public Object run(String op, ScriptCalls.Call call) {
    return CollectionCalls.run(client, meter, op, call);
  }
}
