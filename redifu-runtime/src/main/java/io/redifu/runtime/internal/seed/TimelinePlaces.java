package io.redifu.runtime.internal.seed;

import io.redifu.runtime.Cursor;
import io.redifu.runtime.ResetPaginationException;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.document.Documents;
import io.redifu.runtime.internal.model.PagedSpec;
import io.redifu.runtime.internal.sql.SeedSql;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where ids sort in a timeline while it is seeded: from their cached documents, else from their SQL
 * rows. A client's {@code lastRandIds} carry no score, so a page after them starts here.
 */
final class TimelinePlaces<T> {
  private final PagedSpec<T> spec;
  private final Documents<T> documents;
  private final Seeders seeders;

  TimelinePlaces(PagedSpec<T> spec, Documents<T> documents, Seeders seeders) {
    this.spec = spec;
    this.documents = documents;
    this.seeders = seeders;
  }

  /** Where {@code randId} sorts: from its cached document, else from its SQL row. */
  SeedSql.After place(SeedQuery query, String randId) {
    return position(query, randId)
        .orElseThrow(
            () ->
                new ResetPaginationException(
                    spec.name()
                        + ": \""
                        + randId
                        + "\" is neither cached nor in the source;"
                        + " restart from the first page"));
  }

  /**
   * {@link #place} of the newest of {@code randIds} (the last) that can be placed: their cached
   * documents in one read, the rows of the others in one query, however many ids a client sent.
   */
  SeedSql.After placeNewest(SeedQuery query, List<String> randIds) {
    Map<String, T> found = new HashMap<>(documents.raw().getAll(randIds));
    List<String> uncached =
        randIds.stream().filter(id -> !found.containsKey(id)).distinct().toList();
    if (!uncached.isEmpty()) {
      for (T row : sql().items(query, uncached)) {
        found.putIfAbsent(documents.spec().codec().randId(row), row);
      }
    }
    for (int i = randIds.size() - 1; i >= 0; i--) {
      T item = found.get(randIds.get(i));
      if (item != null) {
        return new SeedSql.After(spec.score().applyAsDouble(item), randIds.get(i));
      }
    }
    throw new ResetPaginationException(
        spec.name()
            + ": none of the "
            + randIds.size()
            + " lastRandIds is cached or in the source, and ids carry no score; restart from the"
            + " first page (a Cursor keeps its place even when its item is gone)");
  }

  private Optional<SeedSql.After> position(SeedQuery query, String randId) {
    Optional<T> item = documents.raw().get(randId);
    if (item.isEmpty()) {
      item = sql().items(query, List.of(randId)).stream().findFirst();
    }
    return item.map(found -> new SeedSql.After(spec.score().applyAsDouble(found), randId));
  }

  /** Whether {@code position} comes after {@code end} in timeline order (ties: bytewise randId). */
  boolean sortsAfter(SeedSql.After position, Cursor end) {
    int order = Double.compare(position.score(), end.score());
    if (order == 0) {
      order = Arrays.compareUnsigned(Bytes.encode(position.randId()), Bytes.encode(end.randId()));
    }
    return spec.descending() ? order < 0 : order > 0;
  }

  private SeedSql<T> sql() {
    return seeders.sql(documents.spec(), spec.sortBy(), spec.score());
  }
}
