package io.redifu.runtime.internal;

import io.redifu.runtime.internal.collection.CollectionCore;

/**
 * What the four collection stores offer alike, through their {@link CollectionCore}: the write
 * generation, and dropping an instance with or without its documents.
 */
public abstract class CollectionStore<T> {
  final CollectionCore<T> core;

  CollectionStore(CollectionCore<T> core) {
    this.core = core;
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
}
