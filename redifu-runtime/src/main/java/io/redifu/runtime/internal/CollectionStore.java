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
    /** The parts of a new store of {@code kind}. */
    static <T, S extends CollectionSpec<T>> Parts<T, S> of(
        Redifu redifu, EntitySpec<T> entity, S spec, CollectionCore.Kind kind) {
      RuntimeContext context = RuntimeContext.of(redifu);
      Seeders seeders = context.collection(entity, spec, kind.name());
      return new Parts<>(
          context.core(kind, entity, spec, seeders),
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
   * Upserts the document and updates this instance as its kind does, in one round trip: a sorted
   * collection indexes the id if it is cached, a time series if a covered segment holds its time
   * (else takes it out: its time may have changed), numbered pages drop the cached pages.
   */
  public void add(T value, String collection) {
    core.index(value, collection);
  }

  /**
   * Takes the id out of this instance only (numbered pages: drops the cached pages, as its position
   * is gone); its document stays for other collections.
   */
  public void remove(String randId, String collection) {
    core.unindex(randId, collection);
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
