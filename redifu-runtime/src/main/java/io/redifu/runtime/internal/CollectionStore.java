package io.redifu.runtime.internal;

import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.collection.CollectionCore;
import io.redifu.runtime.internal.model.CollectionSpec;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.redis.Meter;
import io.redifu.runtime.internal.seed.Seeders;
import io.redifu.runtime.internal.sql.SeedSql;
import java.util.function.Function;

/**
 * What the four collection stores hold and offer alike, through their {@link CollectionCore}: the
 * twin without relation resolution, the write generation, dropping an instance with or without its
 * documents, and the seed queries.
 *
 * @param <X> the store itself, which {@link #raw()} returns
 */
public abstract class CollectionStore<
    T, S extends CollectionSpec<T>, X extends CollectionStore<T, S, X>> {
  /**
   * What a store is built from: its core, spec and seeders, and whether reads may take one script
   * that also reads the documents (standalone Redis, no near cache involved).
   */
  record Parts<T, S extends CollectionSpec<T>>(
      CollectionCore<T> core, S spec, Seeders seeders, boolean singleRoundTrip) {
    /**
     * The parts of a new store of {@code kind} (for metrics), its keys laid out as {@code layout}.
     */
    static <T, S extends CollectionSpec<T>> Parts<T, S> of(
        Redifu redifu, EntitySpec<T> entity, S spec, String kind, CollectionCore.Layout layout) {
      RuntimeContext context = RuntimeContext.of(redifu);
      Seeders seeders = context.collection(entity, spec, kind);
      return new Parts<>(
          context.core(layout, entity, spec, seeders),
          spec,
          seeders,
          context.singleRoundTrip(entity));
    }

    /** These parts without relation resolution: items come back as stored. */
    Parts<T, S> raw() {
      return new Parts<>(core.raw(), spec, seeders, singleRoundTrip);
    }
  }

  private final Parts<T, S> parts;
  private final Function<Parts<T, S>, X> make;
  final CollectionCore<T> core;
  final S spec;
  final Seeders seeders;
  final Meter meter;

  /** {@code make} builds this kind of store from its parts, for {@link #raw()}. */
  CollectionStore(Parts<T, S> parts, Function<Parts<T, S>, X> make) {
    this.parts = parts;
    this.make = make;
    this.core = parts.core();
    this.spec = parts.spec();
    this.seeders = parts.seeders();
    this.meter = core.meter();
  }

  /** This store without relation resolution: items come back as stored. */
  public X raw() {
    return make.apply(parts.raw());
  }

  /** Whether reads may take one script that also reads the documents (standalone Redis). */
  boolean singleRoundTrip() {
    return parts.singleRoundTrip();
  }

  /**
   * The write generation to pass to {@code ingest} after reading the source: read it before the SQL
   * query; the commit is refused if any write reached this instance in between.
   */
  public String generation(String collection) {
    return core.generation(collection);
  }

  /** Drops the ids and state of this instance; documents stay. */
  public void reset(String collection) {
    core.reset(collection);
  }

  /** Drops the ids and state of this instance and deletes the documents it held. */
  public void purge(String collection) {
    core.purge(collection);
  }

  /** The seed queries of this collection, ordered by its sort property. */
  SeedSql<T> sql() {
    return seeders.sql(core.documents().spec(), spec.sortBy(), spec.score());
  }
}
