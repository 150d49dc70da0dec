package io.redifu.runtime.internal;

import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.internal.document.Documents;
import io.redifu.runtime.internal.model.EntitySpec;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The entity store behind every generated {@code XCache}: one JSON document per entity, with TTL,
 * and a missing marker beside it (kept by {@link Documents}). Thread-safe.
 */
public final class EntityStore<T> {
  private final Documents<T> documents;

  private EntityStore(Documents<T> documents) {
    this.documents = documents;
  }

  public static <T> EntityStore<T> create(Redifu redifu, EntitySpec<T> spec) {
    return new EntityStore<>(RuntimeContext.of(redifu).documents(spec));
  }

  /** This store without relation resolution: documents come back as stored. */
  public EntityStore<T> raw() {
    Documents<T> raw = documents.raw();
    return raw == documents ? this : new EntityStore<>(raw);
  }

  /** The documents, for the collection stores of this entity. */
  public Documents<T> documents() {
    return documents;
  }

  /** Stores the document (with TTL) and clears its missing marker, atomically, in 1 round trip. */
  public void set(T value) {
    documents.set(value);
  }

  /** Stores every document like {@link #set}, in 1 round trip; nothing is sent if one is bad. */
  public void setAll(Collection<? extends T> values) {
    documents.setAll(values);
  }

  public Optional<T> get(String randId) {
    return documents.get(randId);
  }

  /**
   * The documents of {@code randIds} that exist, in the order given (duplicates once), read in 1
   * round trip, plus 1 per relation level.
   */
  public Map<String, T> getAll(Collection<String> randIds) {
    return documents.getAll(randIds);
  }

  /** Deletes the document and its missing marker. */
  public void delete(String randId) {
    documents.delete(randId);
  }

  /** Deletes the documents and missing markers of {@code randIds} in 1 round trip. */
  public void deleteAll(Collection<String> randIds) {
    documents.deleteAll(randIds);
  }

  /** Records that the source has no such entity: deletes the document and sets the marker. */
  public void markMissing(String randId) {
    documents.markMissing(randId);
  }

  public boolean isMissing(String randId) {
    return documents.isMissing(randId);
  }

  /**
   * Sets, for every cache of this entity on this {@code Redifu}, the query that loads by randId.
   */
  public void loadedBy(Function<List<String>, SeedQuery> loader) {
    documents.loadedBy(loader);
  }

  /** The cached entity, else the one the {@link #loadedBy} query returns (stored), else null. */
  public T getOrLoad(String randId) {
    return documents.getOrLoad(randId);
  }

  /** The cached entity; on a miss, the result of {@code loader} (stored), or null. */
  public T getOrLoad(String randId, Function<String, ? extends T> loader) {
    return documents.getOrLoad(randId, loader);
  }
}
