package io.redifu.runtime.internal;

import static io.redifu.runtime.internal.CollectionCalls.ascii;
import static io.redifu.runtime.internal.CollectionCalls.call;
import static io.redifu.runtime.internal.CollectionCalls.flag;

import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.ResetPaginationException;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimelinePage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.Tuple;

/**
 * The timeline behind every generated {@code XTimelineCache}: a zset of ids plus a meta hash per
 * instance, documents in the entity store. Thread-safe.
 */
public final class TimelineStore<T> {
  /**
   * The most ids a page may be asked after: each costs a lookup (and, when none is cached, one
   * placement of all of them), so a client's list must not make a request's work unbounded.
   */
  static final int MAX_LAST_RAND_IDS = 100;

  /** Empty document key affixes and no relations: the fetch script reads ids only. */
  private static final List<byte[]> NO_DOCUMENTS =
      List.of(new byte[0], new byte[0], new byte[0], ascii("0"));

  private final UnifiedJedis client;
  private final EntityStore<T> documents;
  private final TimelineSpec<T> spec;
  private final byte[] ttlArg;
  private final byte[] orderArg;
  private final byte[] perPageArg;
  private final List<byte[]> documentArgs;

  /** Script-free reads of first and cursor pages; null on the single-round-trip path. */
  private final TimelineReads reads;

  private final Seeders seeders;
  private final Meter meter;
  private final TimelineSeeds<T> seeds;

  private TimelineStore(
      UnifiedJedis client,
      EntityStore<T> documents,
      TimelineSpec<T> spec,
      boolean singleRoundTrip,
      Seeders seeders) {
    this.client = client;
    this.documents = documents;
    this.spec = spec;
    this.ttlArg = ascii(Long.toString(spec.ttlMillis()));
    this.orderArg = ascii(spec.descending() ? "1" : "0");
    this.perPageArg = ascii(Integer.toString(spec.perPage()));
    this.documentArgs = singleRoundTrip ? documentArgs(documents) : NO_DOCUMENTS;
    // MULTI is routed by no key, so a cluster reads through the script (declared keys, one slot)
    this.reads =
        singleRoundTrip || ClusterSupport.isCluster(client)
            ? null
            : new TimelineReads(client, spec.descending(), spec.perPage());
    this.seeders = seeders;
    this.meter = seeders.meter();
    this.seeds = new TimelineSeeds<>(this, spec, documents, seeders);
  }

  public static <T> TimelineStore<T> create(
      Redifu redifu, EntitySpec<T> entity, TimelineSpec<T> spec) {
    RuntimeContext context = RuntimeContext.of(redifu);
    context.keySpace().collection(spec.name(), spec.keyTemplate());
    return new TimelineStore<>(
        context.client(),
        EntityStore.create(redifu, entity),
        spec,
        context.settings().singleRoundTripReads(),
        new Seeders(
            context.dataSource(),
            Meter.collection(context.metrics(), entity.entityName(), spec.name(), "timeline"),
            spec.timed()));
  }

  /** This timeline without relation resolution: items come back as stored. */
  public TimelineStore<T> raw() {
    return new TimelineStore<>(
        client, documents.raw(), spec, documentArgs != NO_DOCUMENTS, seeders);
  }

  /**
   * What the fetch script needs to read the documents and prefetch the first relation level itself:
   * the document key affixes and sliding TTL, then each relation's id property, target key affixes,
   * kind and target's sliding TTL.
   */
  private static List<byte[]> documentArgs(EntityStore<?> documents) {
    List<byte[]> args = new ArrayList<>(documents.spec().keyAffixes());
    args.add(documents.spec().slidingTtlArg());
    List<? extends Relation<?, ?>> relations =
        documents.reads().resolvesRelations() ? documents.spec().relations().all() : List.of();
    args.add(ascii(Integer.toString(relations.size())));
    for (Relation<?, ?> relation : relations) {
      args.add(Keys.bytes(relation.reference()));
      args.addAll(relation.target().keyAffixes());
      args.add(ascii(relation.isMany() ? "1" : "0"));
      args.add(relation.target().slidingTtlArg());
    }
    return args;
  }

  /**
   * Upserts the document and indexes the id where the cache covers its score; both in one round
   * trip, each atomic.
   */
  public void add(T value, String collection) {
    meter.timedRun(
        "add",
        () -> {
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
          WriteBatch.submit(client, meter, "add", calls);
        });
  }

  /**
   * Seeds the page after {@code lastRandId} (null or empty: the first page) from SQL; returns the
   * number of items committed.
   */
  public int seed(String collection, Supplier<SeedQuery> seedQuery, String lastRandId) {
    return meter.timed(
        "seed",
        () -> {
          return seeds.seed(collection, seedQuery, lastRandId);
        });
  }

  /** {@link #fetch(String, List)}, seeding from SQL what the page needs first. */
  public TimelinePage<T> fetchOrSeed(
      String collection, Supplier<SeedQuery> seedQuery, List<String> lastRandIds) {
    return meter.timed(
        "fetchOrSeed",
        () -> {
          requireLastRandIds(lastRandIds);
          return seeds.fetchOrSeed(collection, seedQuery, lastRandIds);
        });
  }

  /** {@link #fetch(String, Cursor)}, seeding from SQL what the page needs first. */
  public TimelinePage<T> fetchOrSeed(
      String collection, Supplier<SeedQuery> seedQuery, Cursor cursor) {
    return meter.timed(
        "fetchOrSeed",
        () -> {
          if (cursor == null) {
            throw new IllegalArgumentException("cursor must not be null");
          }
          return seeds.fetchOrSeed(collection, seedQuery, cursor);
        });
  }

  /** The id and score of the item at the cached end of the timeline, if any is cached. */
  Optional<Cursor> end(String collection) {
    byte[] zset = CollectionKeys.of(collection).zset();
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
            Cursor.of(last.get(0).getScore(), Keys.string(last.get(0).getBinaryElement())));
  }

  /** Takes the id out of this timeline only; its document stays for other collections. */
  public void remove(String randId, String collection) {
    Keys.requireParam("randId", randId);
    ScriptCalls.Call call = call(CollectionScripts.REMOVE, collection, Keys.bytes(randId), ttlArg);
    WriteBatch.submit(client, meter, "remove", List.of(call));
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
                  meter.call("fetch", () -> reads.first(CollectionKeys.of(collection)));
              return reply.page(documents);
            }
            return read(collection, List.of(ascii("first")));
          }
          List<byte[]> args = new ArrayList<>();
          args.add(ascii("ids"));
          for (int i = lastRandIds.size() - 1; i >= 0; i--) {
            args.add(Keys.bytes(lastRandIds.get(i)));
          }
          return read(collection, args);
        });
  }

  private static void requireLastRandIds(List<String> lastRandIds) {
    if (lastRandIds == null) {
      throw new IllegalArgumentException("lastRandIds must not be null (pass an empty list)");
    }
    if (lastRandIds.size() > MAX_LAST_RAND_IDS) {
      throw new IllegalArgumentException(
          "lastRandIds holds "
              + lastRandIds.size()
              + " ids, at most "
              + MAX_LAST_RAND_IDS
              + " are taken (the newest ones a client saw)");
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
                meter.call("fetch", () -> reads.after(CollectionKeys.of(collection), cursor));
            if (reply != null) {
              return reply.page(documents);
            }
          }
          return read(
              collection,
              List.of(
                  ascii("cursor"),
                  ascii(Scores.text(cursor.score())),
                  Keys.bytes(cursor.randId())));
        });
  }

  /** Every cached item, in timeline order. */
  public List<T> fetchAll(String collection) {
    return meter.timed(
        "fetchAll",
        () -> {
          return read(collection, List.of(ascii("all"))).items();
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
    State state = state(collection, "requiresSeeding");
    return !state.seeded() || (!state.complete() && itemsReturned < spec.perPage());
  }

  /**
   * What is cached of an instance.
   *
   * @param seeded whether its top is cached
   * @param complete whether the cache reaches the end of the source (tail or empty)
   */
  record State(boolean seeded, boolean complete) {}

  State state(String collection, String operation) {
    List<?> state = (List<?>) single(operation, call(CollectionScripts.STATE, collection));
    return new State(flag(state.get(0)), flag(state.get(1)) || flag(state.get(2)));
  }

  /** The score of {@code randId} in the timeline, if it is cached. */
  Optional<Double> score(String collection, String randId) {
    byte[] zset = CollectionKeys.of(collection).zset();
    return Optional.ofNullable(meter.call("seed", () -> client.zscore(zset, Keys.bytes(randId))));
  }

  /**
   * The write generation to pass to {@code ingest} after reading the source: read it before the SQL
   * query; the commit is refused if any write reached this instance in between.
   */
  public String generation(String collection) {
    Object gen = single("generation", call(CollectionScripts.GENERATION, collection, ttlArg));
    return Keys.string((byte[]) gen);
  }

  /** Drops the ids and state of this instance; documents stay. */
  public void reset(String collection) {
    single("reset", call(CollectionScripts.DROP, collection));
  }

  /** Drops the ids and state of this instance and the documents it held. */
  public void purge(String collection) {
    List<?> ids = (List<?>) single("purge", call(CollectionScripts.DROP, collection));
    documents.deleteAll(CollectionCalls.strings(ids));
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
  String commit(
      String collection, Collection<T> items, boolean firstPage, boolean reachedEnd, String gen) {
    CollectionKeys keys = CollectionKeys.of(collection);
    return CollectionCalls.ingest(
        client,
        meter,
        documents,
        spec.score(),
        items,
        TimelineScripts.INGEST,
        List.of(keys.zset(), keys.meta()),
        List.of(
            ttlArg,
            ascii(firstPage ? "1" : "0"),
            ascii(reachedEnd ? "1" : "0"),
            ascii(gen == null ? "" : gen)));
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
    if ("reset".equals(Keys.string((byte[]) reply.get(0)))) {
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
    return CollectionCalls.run(client, meter, operation, call);
  }
}
