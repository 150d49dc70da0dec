package io.redifu.it.collections;

import io.redifu.annotation.Order;
import io.redifu.it.collections.Fixtures.Item;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a timeline should hold (SPEC §4, §5): the source of truth (what SQL would return, in read
 * order), the cached prefix of it, and the meta flags. The cache covers the source from the top
 * down to its last cached item, or all of it once the cache reached the end.
 *
 * <p>Redis deletes a zset with its last member, and evicts keys one at a time: so a meta that says
 * seeded beside no ids and no {@code empty} flag reads as not cached ({@link #cachedNow}). A remove
 * that empties a complete timeline flags it {@code empty}, so it stays complete and empty; one that
 * empties a timeline not cached to its end leaves it to be seeded again.
 */
final class TimelineModel {
  /** What a fetch should answer: a reset, or a page starting at {@code start}. */
  record Expected(
      boolean reset,
      List<Item> items,
      long start,
      String validLastId,
      Position position,
      boolean hasMore) {}

  private final Comparator<Item> read;
  private final int perPage;
  private final Map<String, Item> source = new LinkedHashMap<>();
  private final Map<String, Item> cache = new LinkedHashMap<>();
  boolean seeded;
  boolean tail;
  boolean empty;
  long gen;

  TimelineModel(Order order, int perPage) {
    this.read = Item.readOrder(order);
    this.perPage = perPage;
  }

  Comparator<Item> readOrder() {
    return read;
  }

  /** The source (all rows) in read order. */
  List<Item> source() {
    return sorted(source);
  }

  /** The cached items in read order. */
  List<Item> cached() {
    return sorted(cache);
  }

  /** Whether the timeline is cached: seeded, and its ids not lost (or flagged empty). */
  boolean cachedNow() {
    return seeded && (empty || !cache.isEmpty());
  }

  boolean complete() {
    return cachedNow() && (tail || empty);
  }

  /** The source rows after the last cached item (all rows if nothing is cached), in read order. */
  List<Item> sourceAfterCache() {
    List<Item> cached = cached();
    List<Item> rows = source();
    if (cached.isEmpty()) {
      return rows;
    }
    Item last = cached.get(cached.size() - 1);
    return new ArrayList<>(rows.stream().filter(i -> read.compare(i, last) > 0).toList());
  }

  /** A row the source gains (the application wrote it) before the cache hears of it. */
  void putSource(Item item) {
    source.put(item.id(), item);
  }

  /**
   * The timeline ingest script: refuses later pages of a feed not cached and stale snapshots; the
   * first page of a feed not cached starts afresh (flags of lost ids go).
   */
  boolean ingest(List<Item> items, boolean firstPage, boolean reachedEnd, String expectedGen) {
    if (!firstPage && !cachedNow()) {
      return false;
    }
    if (expectedGen != null && !expectedGen.isEmpty() && !expectedGen.equals(Long.toString(gen))) {
      return false;
    }
    if (!cachedNow()) {
      cache.clear();
      tail = false;
      empty = false;
    }
    for (Item item : items) {
      cache.put(item.id(), item);
    }
    seeded = true;
    if (reachedEnd) {
      tail = true;
    }
    if (!cache.isEmpty()) {
      empty = false;
    } else if (reachedEnd) {
      empty = true;
    }
    return true;
  }

  /**
   * Add: the source gains or updates the row; the cache indexes it where it covers the row's
   * position (complete, or before the last cached item other than itself), else drops it.
   */
  void add(Item item) {
    source.put(item.id(), item);
    if (!cachedNow()) {
      if (seeded) {
        gen++; // a seed in flight must notice
      }
      return;
    }
    boolean covered = complete();
    if (!covered) {
      cache.remove(item.id());
      List<Item> cached = cached();
      covered = !cached.isEmpty() && read.compare(item, cached.get(cached.size() - 1)) < 0;
    }
    if (covered) {
      cache.put(item.id(), item);
      empty = false;
    }
    gen++;
  }

  /** Remove: a complete timeline it empties is flagged empty (not read as lost ids). */
  void remove(String id) {
    source.remove(id);
    boolean removed = cache.remove(id) != null;
    if (seeded) {
      if (removed && cache.isEmpty() && tail) {
        empty = true;
      }
      gen++;
    }
  }

  /** reset(): ids and state go; the source stays. */
  void reset() {
    cache.clear();
    seeded = false;
    tail = false;
    empty = false;
    gen = 0;
  }

  boolean requiresSeeding(int itemsReturned) {
    return !cachedNow() || (!complete() && itemsReturned < perPage);
  }

  Expected first() {
    return page(0, null, false);
  }

  Expected all() {
    return page(0, null, true);
  }

  /** The page after the last of {@code lastRandIds} still cached; a reset if none is. */
  Expected after(List<String> lastRandIds) {
    if (lastRandIds.isEmpty()) {
      return first();
    }
    List<Item> cached = cached();
    for (int i = lastRandIds.size() - 1; i >= 0; i--) {
      String id = lastRandIds.get(i);
      for (int rank = 0; rank < cached.size(); rank++) {
        if (cached.get(rank).id().equals(id)) {
          return page(rank + 1, id, false);
        }
      }
    }
    return resetPagination();
  }

  /**
   * The page after the keyset position (score, randId) of {@code cursor}: every cached item at or
   * before it in read order was seen. A reset if the timeline is not cached.
   */
  Expected after(Cursor cursor) {
    if (!cachedNow()) {
      return resetPagination();
    }
    Item at = new Item(cursor.randId(), cursor.score());
    int start = 0;
    for (Item item : cached()) {
      if (read.compare(item, at) <= 0) {
        start++;
      }
    }
    return page(start, cursor.randId(), false);
  }

  private static Expected resetPagination() {
    return new Expected(true, List.of(), 0, null, null, false);
  }

  private Expected page(int start, String cursorId, boolean all) {
    List<Item> cached = cached();
    int from = Math.min(start, cached.size());
    int to = all ? cached.size() : Math.min(cached.size(), start + perPage);
    List<Item> items = List.copyOf(cached.subList(from, to));
    boolean reachesEnd = complete() && start + items.size() >= cached.size();
    Position position =
        start == 0 ? Position.FIRST_PAGE : reachesEnd ? Position.LAST_PAGE : Position.MIDDLE_PAGE;
    String validLastId = items.isEmpty() ? cursorId : items.get(items.size() - 1).id();
    return new Expected(false, items, start, validLastId, position, !reachesEnd);
  }

  private List<Item> sorted(Map<String, Item> items) {
    List<Item> list = new ArrayList<>(items.values());
    list.sort(read);
    return list;
  }
}
