package io.redifu.runtime.internal;

import io.redifu.runtime.MetricsListener.Count;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimeRange;
import io.redifu.runtime.TimeSeriesResult;
import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.collection.CollectionCore;
import io.redifu.runtime.internal.collection.TimeSeriesReads;
import io.redifu.runtime.internal.collection.TimeSeriesScripts;
import io.redifu.runtime.internal.document.EntityReads;
import io.redifu.runtime.internal.document.MissingDocuments;
import io.redifu.runtime.internal.model.CollectionSpec;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.KeySchema;
import io.redifu.runtime.internal.model.Scores;
import io.redifu.runtime.internal.model.Segments;
import io.redifu.runtime.internal.seed.SeedConflict;
import io.redifu.runtime.internal.seed.SeedFlight;
import io.redifu.runtime.internal.seed.Seeders;
import io.redifu.runtime.internal.sql.SeedSql;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The time series behind every generated {@code XTimeSeriesCache}: a zset of ids scored by time,
 * the covered ranges ("segments", see {@link TimeSeriesScripts}) beside it, documents in the entity
 * store. A fetch returns the items of the covered parts of a range and the exact gaps; a seed reads
 * the gaps from SQL and commits items and segments in one script. Thread-safe.
 */
public final class TimeSeriesStore<T>
    extends CollectionStore<T, CollectionSpec<T>, TimeSeriesStore<T>> {
  private final TimeSeriesReads reads;

  private TimeSeriesStore(Parts<T, CollectionSpec<T>> parts) {
    super(parts, TimeSeriesStore::new);
    this.reads = new TimeSeriesReads(core.client(), core.documents().spec());
  }

  public static <T> TimeSeriesStore<T> create(
      Redifu redifu, EntitySpec<T> entity, CollectionSpec<T> spec) {
    return new TimeSeriesStore<>(Parts.of(redifu, entity, spec, CollectionCore.Kind.TIME_SERIES));
  }

  /**
   * The cached items of [from, to] (inclusive) in ascending order and the gaps the cache does not
   * cover: ids and segments in one round trip, documents in a second — or all in one script with
   * {@code singleRoundTripReads}.
   */
  public TimeSeriesResult<T> fetch(String collection, long from, long to) {
    return meter.timed(
        "fetch",
        () -> {
          requireRange(from, to);
          TimeSeriesReads.Snapshot snapshot =
              meter.call("fetch", () -> reads.read(collection, from, to, singleRoundTrip()));
          EntityReads.PageRead<T> read =
              snapshot.documents() == null
                  ? core.documents().reads().readPage(snapshot.ids())
                  : core.documents()
                      .reads()
                      .completePage(snapshot.ids(), snapshot.documents(), List.of());
          Map<String, T> found = read.found();
          List<T> items = new ArrayList<>(found.size());
          List<String> missing = new ArrayList<>();
          for (String id : snapshot.ids()) {
            T item = found.get(id);
            if (item == null) {
              missing.add(id);
            } else {
              items.add(item);
            }
          }
          MissingDocuments.reported(core.documents().reads().meter(), missing.size(), 0);
          List<T> resolved =
              core.documents().reads().resolveLogged(items, read.related(), spec.name() + ".fetch");
          return new TimeSeriesResult<>(
              resolved, Segments.gaps(from, to, snapshot.covered()), missing);
        });
  }

  /**
   * Seeds every gap of [from, to] from SQL, one bounded query per gap (measured against one query
   * over the gaps' hull, which re-reads every covered row: BENCHMARKS.md § Time series seeding);
   * for times, the range is covered only up to now. Once across threads and JVMs: returns the items
   * committed (0 when it waited for another's seed of these gaps, which covered them).
   */
  public int seed(String collection, Supplier<SeedQuery> seedQuery, long from, long to) {
    return meter.timed(
        "seed",
        () -> {
          requireRange(from, to);
          long end = seedableEnd(to);
          if (end < from) {
            return 0; // entirely in the future: nothing can be known yet
          }
          SeedQuery query = seeders.query(seedQuery);
          SeedSql<T> sql = sql();
          List<TimeRange> gaps = gaps(collection, from, end);
          if (gaps.isEmpty()) {
            return 0;
          }
          return SeedFlight.at(core.client(), meter, collection, lockPosition(gaps, end))
              .explicit(
                  () -> !gaps(collection, from, end).isEmpty(),
                  () -> seedNow(collection, query, sql, from, end));
        });
  }

  /** Queries the gaps of [from, end] and commits them; the caller holds their seed lock. */
  private int seedNow(String collection, SeedQuery query, SeedSql<T> sql, long from, long end) {
    return seeders.commit(
        collection,
        () -> generation(collection),
        gen -> {
          List<TimeRange> gaps = gaps(collection, from, end);
          if (gaps.isEmpty()) {
            return new Seeders.Committed("ok", 0);
          }
          List<T> rows = new ArrayList<>();
          for (TimeRange gap : gaps) {
            rows.addAll(sql.range(query, gap.from(), gap.to()));
          }
          return new Seeders.Committed(commit(collection, rows, gaps, gen), rows.size());
        });
  }

  /** {@link #fetch}, seeding every gap from SQL first (once across threads and JVMs). */
  public TimeSeriesResult<T> fetchOrSeed(
      String collection, Supplier<SeedQuery> seedQuery, long from, long to) {
    return meter.timed(
        "fetchOrSeed",
        () -> {
          TimeSeriesResult<T> result = fetch(collection, from, to);
          long end = seedableEnd(to);
          // gaps are ascending: if the first starts after "now", nothing seedable is missing
          if (!result.needsSeed() || result.gaps().get(0).from() > end) {
            meter.count(Count.HITS, "fetchOrSeed", 1);
            return result;
          }
          try {
            SeedQuery query = seeders.query(seedQuery);
            SeedSql<T> sql = sql();
            SeedFlight.at(core.client(), meter, collection, lockPosition(result.gaps(), end))
                .run(
                    () -> !gaps(collection, from, end).isEmpty(),
                    () -> seedNow(collection, query, sql, from, end));
          } catch (SeedConflict busy) { // written to during every attempt: answer from SQL
            List<T> rows = sql().range(seeders.query(seedQuery), from, to);
            return new TimeSeriesResult<>(
                core.documents().reads().resolveLogged(rows, spec.name() + ".fetchOrSeed"),
                List.of(),
                List.of());
          }
          return fetch(collection, from, to);
        });
  }

  /** The last time a seed of a range ending at {@code to} covers: for times, not after now. */
  private long seedableEnd(long to) {
    return spec.timed() ? Math.min(to, Scores.clampedMicros(Instant.now())) : to;
  }

  /**
   * The seed lock position of {@code gaps} (ascending) up to {@code end}: their hull, so requests
   * that miss the same data contend for one lock, whatever range they asked for.
   */
  private static String lockPosition(List<TimeRange> gaps, long end) {
    long last = gaps.get(0).from();
    for (TimeRange gap : gaps) {
      if (gap.from() <= end) {
        last = Math.min(gap.to(), end);
      }
    }
    return KeySchema.range(gaps.get(0).from(), last);
  }

  /**
   * Commits items and the ranges they cover, as a seed does: documents where absent, ids, and each
   * range merged with the segments it overlaps or touches, in one script. Returns false when {@code
   * expectedGen} is given and a write came in since ({@code ""} = commit regardless).
   */
  public boolean ingest(
      String collection, Collection<T> items, List<TimeRange> covered, String expectedGen) {
    if (items == null || covered == null) {
      throw new IllegalArgumentException("items and covered must not be null");
    }
    String gen = expectedGen == null ? "" : expectedGen;
    return "ok".equals(commit(collection, new ArrayList<>(items), covered, gen));
  }

  private String commit(String collection, List<T> rows, List<TimeRange> gaps, String gen) {
    List<byte[]> head = new ArrayList<>();
    head.add(core.ttlArg());
    head.add(Bytes.encode(gen));
    head.add(Bytes.encode(Integer.toString(gaps.size())));
    for (TimeRange gap : gaps) {
      head.add(Bytes.encode(Long.toString(gap.from())));
      head.add(Bytes.encode(Long.toString(gap.to())));
    }
    return core.commit(rows, TimeSeriesScripts.COMMIT, collection, head);
  }

  private List<TimeRange> gaps(String collection, long from, long to) {
    TimeSeriesReads.Snapshot snapshot =
        meter.call("seed", () -> reads.read(collection, from, to, false));
    return Segments.gaps(from, to, snapshot.covered());
  }

  private static void requireRange(long from, long to) {
    if (from > to) {
      throw new IllegalArgumentException("from must be <= to, was " + from + " > " + to);
    }
  }
}
