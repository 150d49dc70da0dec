package io.redifu.runtime;

import java.util.List;

/**
 * One page of a timeline.
 *
 * @param items the page's entities in timeline order
 * @param validLastId randId of the last item returned, else the cursor id the page was read after,
 *     else null; send it back as the next {@code lastRandIds} entry
 * @param position where the page lies
 * @param hasMore whether items may follow: false only when the cache is complete and this page
 *     reaches its end
 * @param nextCursor opaque token ({@link Cursor#parse}) after the last item, or null without items.
 *     The last page has one too: {@code hasMore} false says nothing follows now, but items written
 *     later past the end (newer ones in an oldest-first timeline, older ones backfilled into a
 *     newest-first one) are read from this cursor
 * @param missingIds ids in the timeline whose documents were not found, so they were left out
 * @param missingRelations references whose documents were not found: the injected property was left
 *     null (or, for {@code onMissing = SKIP_PARENT}, the item was left out)
 */
public record TimelinePage<T>(
    List<T> items,
    String validLastId,
    Position position,
    boolean hasMore,
    String nextCursor,
    List<String> missingIds,
    List<MissingReference> missingRelations) {
  public TimelinePage {
    items = List.copyOf(items);
    missingIds = List.copyOf(missingIds);
    missingRelations = List.copyOf(missingRelations);
  }
}
