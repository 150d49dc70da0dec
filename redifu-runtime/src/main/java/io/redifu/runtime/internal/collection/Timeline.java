package io.redifu.runtime.internal.collection;

import static io.redifu.runtime.internal.collection.CollectionCalls.call;

import io.redifu.runtime.Cursor;
import io.redifu.runtime.ResetPaginationException;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.document.Documents;
import io.redifu.runtime.internal.model.KeySchema;
import io.redifu.runtime.internal.model.Keys;
import io.redifu.runtime.internal.model.PagedSpec;
import io.redifu.runtime.internal.model.Relation;
import io.redifu.runtime.internal.model.Scores;
import io.redifu.runtime.internal.redis.ClusterSupport;
import io.redifu.runtime.internal.redis.Meter;
import io.redifu.runtime.internal.redis.ScriptCalls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.Tuple;

/**
 * The timelines of one generated {@code XTimelineCache} in Redis: a zset of ids plus a meta hash
 * per instance, documents in the entity's {@link Documents}. Seeding ({@code TimelineSeeds}) reads
 * and commits through this class; it never calls seeding. Thread-safe.
 */
public final class Timeline<T> {
  /**
   * The most ids a page may be asked after: each costs a lookup (and, when none is cached, one
   * placement of all of them), so a client's list must not make a request's work unbounded.
   */
  public static final int MAX_LAST_RAND_IDS = 100;

  /** Empty document key affixes and no relations: the fetch script reads ids only. */
  private static final List<byte[]> NO_DOCUMENTS =
      List.of(new byte[0], new byte[0], new byte[0], Bytes.encode("0"));

  private final CollectionCore<T> core;
  private final UnifiedJedis client;
  private final Documents<T> documents;
  private final PagedSpec<T> spec;
  private final byte[] orderArg;
  private final byte[] perPageArg;
  private final List<byte[]> documentArgs;

  /** Script-free reads of first and cursor pages; null on the single-round-trip path. */
  private final TimelineReads reads;

  private final Meter meter;

  public Timeline(CollectionCore<T> core, PagedSpec<T> spec, boolean singleRoundTrip) {
    this.core = core;
    this.client = core.client();
    this.documents = core.documents();
    this.meter = core.meter();
    this.spec = spec;
    this.orderArg = Bytes.encode(spec.descending() ? "1" : "0");
    this.perPageArg = Bytes.encode(Integer.toString(spec.perPage()));
    this.documentArgs = singleRoundTrip ? documentArgs(documents) : NO_DOCUMENTS;
    // MULTI is routed by no key, so a cluster reads through the script (declared keys, one slot)
    this.reads =
        singleRoundTrip || ClusterSupport.isCluster(client)
            ? null
            : new TimelineReads(client, spec.descending(), spec.perPage());
  }

  public PagedSpec<T> spec() {
    return spec;
  }

  public Documents<T> documents() {
    return documents;
  }

  /**
   * What the fetch script needs to read the documents and prefetch the first relation level itself:
   * the document key affixes and sliding TTL, then each relation's id property, target key affixes,
   * kind and target's sliding TTL.
   */
  private static List<byte[]> documentArgs(Documents<?> documents) {
    List<byte[]> args = new ArrayList<>(documents.spec().keyAffixes());
    args.add(documents.spec().slidingTtlArg());
    List<? extends Relation<?, ?>> relations =
        documents.reads().resolvesRelations() ? documents.spec().relations().all() : List.of();
    args.add(Bytes.encode(Integer.toString(relations.size())));
    for (Relation<?, ?> relation : relations) {
      args.add(Bytes.encode(relation.reference()));
      args.addAll(relation.target().keyAffixes());
      args.add(Bytes.encode(relation.isMany() ? "1" : "0"));
      args.add(relation.target().slidingTtlArg());
    }
    return args;
  }

  /**
   * Upserts the document and indexes the id where the cache covers its score; both in one round
   * trip, each atomic.
   */
  public void add(T value, String collection) {
    core.index(value, collection, orderArg);
  }

  /** The id and score of the item at the cached end of the timeline, if any is cached. */
  public Optional<Cursor> end(String collection) {
    byte[] zset = KeySchema.of(collection).zset();
    List<Tuple> last =
        meter.call(
            "seed",
            // timeline order: descending ends at the lowest score, ascending at the highest
            () ->
                spec.descending()
                    ? client.zrangeWithScores(zset, 0, 0)
                    : client.zrangeWithScores(zset, -1, -1));
    return last.isEmpty()
        ? Optional.empty()
        : Optional.of(
            Cursor.of(last.get(0).getScore(), Bytes.decode(last.get(0).getBinaryElement())));
  }

  /** The page after the newest of {@code lastRandIds} still in the timeline (empty: first page). */
  public TimelinePage<T> fetch(String collection, List<String> lastRandIds) {
    return meter.timed(
        "fetch",
        () -> {
          requireLastRandIds(lastRandIds);
          if (lastRandIds.isEmpty()) {
            if (reads != null) {
              TimelineReply reply =
                  meter.call("fetch", () -> reads.first(KeySchema.of(collection)));
              return reply.page(documents);
            }
            return read(collection, List.of(Bytes.encode("first")));
          }
          List<byte[]> args = new ArrayList<>();
          args.add(Bytes.encode("ids"));
          for (int i = lastRandIds.size() - 1; i >= 0; i--) {
            args.add(Bytes.encode(lastRandIds.get(i)));
          }
          return read(collection, args);
        });
  }

  public static void requireLastRandIds(List<String> lastRandIds) {
    if (lastRandIds == null) {
      throw new IllegalArgumentException("lastRandIds must not be null (pass an empty list)");
    }
    if (lastRandIds.size() > MAX_LAST_RAND_IDS) {
      throw new IllegalArgumentException(
          "lastRandIds holds %d ids, at most %d are taken (the newest ones a client saw)"
              .formatted(lastRandIds.size(), MAX_LAST_RAND_IDS));
    }
    for (int i = 0; i < lastRandIds.size(); i++) {
      Keys.requireParam("lastRandIds[" + i + "]", lastRandIds.get(i));
    }
  }

  /** The page after {@code cursor}, even if the item it names was removed. */
  public TimelinePage<T> fetch(String collection, Cursor cursor) {
    return meter.timed(
        "fetch",
        () -> {
          if (cursor == null) {
            throw new IllegalArgumentException("cursor must not be null");
          }
          if (reads != null) {
            TimelineReply reply =
                meter.call("fetch", () -> reads.after(KeySchema.of(collection), cursor));
            if (reply != null) {
              return reply.page(documents);
            }
          }
          return read(
              collection,
              List.of(
                  Bytes.encode("cursor"),
                  Bytes.encode(Scores.text(cursor.score())),
                  Bytes.encode(cursor.randId())));
        });
  }

  /** Every cached item, in timeline order. */
  public List<T> fetchAll(String collection) {
    return meter.timed(
        "fetchAll",
        () -> {
          return read(collection, List.of(Bytes.encode("all"))).items();
        });
  }

  /**
   * Whether the source must be read: the timeline is not cached, or a page came back short ({@code
   * itemsReturned < perPage}) while the cache does not reach the end.
   */
  public boolean requiresSeeding(String collection, int itemsReturned) {
    if (itemsReturned < 0) {
      throw new IllegalArgumentException("itemsReturned must be >= 0, was " + itemsReturned);
    }
    CollectionCore.State state = state(collection, "requiresSeeding");
    return !state.seeded() || (!state.complete() && itemsReturned < spec.perPage());
  }

  /** The instance's write generation, which a seed's commit must still find. */
  public String generation(String collection) {
    return core.generation(collection);
  }

  public CollectionCore.State state(String collection, String operation) {
    return core.state(operation, collection);
  }

  /** The score of {@code randId} in the timeline, if it is cached. */
  public Optional<Double> score(String collection, String randId) {
    byte[] zset = KeySchema.of(collection).zset();
    return Optional.ofNullable(meter.call("seed", () -> client.zscore(zset, Bytes.encode(randId))));
  }

  /**
   * Commits one seeded page: documents where absent (fresher cached ones win) and ids, atomically
   * per collection. Used by seeding; returns false when the snapshot is stale ({@code expectedGen}
   * differs) or a later page meets an unseeded timeline.
   */
  public boolean ingest(
      String collection, Collection<T> items, boolean firstPage, boolean reachedEnd, String gen) {
    return "ok".equals(commit(collection, items, firstPage, reachedEnd, gen));
  }

  /** {@link #ingest}, answering 'ok', 'conflict' or 'unseeded'. */
  public String commit(
      String collection, Collection<T> items, boolean firstPage, boolean reachedEnd, String gen) {
    return core.commit(
        items,
        TimelineScripts.INGEST,
        collection,
        List.of(
            core.ttlArg(),
            Bytes.encode(firstPage ? "1" : "0"),
            Bytes.encode(reachedEnd ? "1" : "0"),
            Bytes.encode(gen == null ? "" : gen)));
  }

  private TimelinePage<T> read(String collection, List<byte[]> modeArgs) {
    List<byte[]> args = new ArrayList<>();
    args.add(orderArg);
    args.add(perPageArg);
    args.addAll(documentArgs);
    args.addAll(modeArgs);
    List<?> reply =
        (List<?>)
            single("fetch", call(TimelineScripts.FETCH, collection, args.toArray(new byte[0][])));
    if ("reset".equals(Bytes.decode((byte[]) reply.get(0)))) {
      throw new ResetPaginationException(
          spec.name()
              + " \""
              + collection
              + "\": the page cannot be placed (no cursor id is in the cached timeline any more, or"
              + " the timeline is not cached: expired or reset); restart from the first page");
    }
    return TimelineReply.of(reply).page(documents);
  }

  private Object single(String operation, ScriptCalls.Call call) {
    return core.run(operation, call);
  }
}
