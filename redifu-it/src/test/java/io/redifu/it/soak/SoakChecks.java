package io.redifu.it.soak;

import io.redifu.it.domain.SoakItem;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks every read must pass while writers run, defined so they fail only on real bugs: a read
 * may miss an item written concurrently, and an item whose time changed ({@link Soak#moved}) may
 * show up twice or out of place; but no page may hold an id twice, and items whose time never
 * changed keep one place, so a walk meets them once each, in strict order.
 */
final class SoakChecks {
  private final Soak soak;
  private final String what;
  private final boolean descending;
  private final Set<String> seen = new HashSet<>();
  private SoakItem previous;

  /** A walk over {@code what} in timeline order ({@code descending}: newest first). */
  SoakChecks(Soak soak, String what, boolean descending) {
    this.soak = soak;
    this.what = what;
    this.descending = descending;
  }

  /** Checks one page, or one whole read, as part of this walk. */
  void page(List<SoakItem> items) {
    Set<String> ids = new HashSet<>();
    for (SoakItem item : items) {
      String id = item.getRandId();
      if (!ids.add(id)) {
        soak.stats.fail(what + ": id " + id + " twice in one page " + randIds(items));
      }
      if (soak.moved.contains(id)) {
        continue;
      }
      if (!seen.add(id)) {
        soak.stats.fail(what + ": unmoved id " + id + " met twice in one walk");
      }
      if (previous != null && !inOrder(previous, item)) {
        soak.stats.fail(
            what
                + ": "
                + previous.getRandId()
                + "@"
                + previous.getCreatedAt()
                + " before "
                + id
                + "@"
                + item.getCreatedAt());
      }
      previous = item;
    }
  }

  /** Forgets the walk so far: the next page starts from a new place. */
  void restart() {
    seen.clear();
    previous = null;
  }

  /** Items whose time never changed must lie within the inclusive range they were read by. */
  void within(List<SoakItem> items, Instant from, Instant to) {
    for (SoakItem item : items) {
      Instant at = item.getCreatedAt();
      if (!soak.moved.contains(item.getRandId()) && (at.isBefore(from) || at.isAfter(to))) {
        soak.stats.fail(what + ": " + item.getRandId() + "@" + at + " outside " + from + ".." + to);
      }
    }
  }

  private boolean inOrder(SoakItem a, SoakItem b) {
    int c = a.getCreatedAt().compareTo(b.getCreatedAt());
    if (c == 0) {
      c = Arrays.compareUnsigned(SoakTable.bytes(a.getRandId()), SoakTable.bytes(b.getRandId()));
    }
    return descending ? c > 0 : c < 0;
  }

  static List<String> randIds(List<SoakItem> items) {
    return items.stream().map(SoakItem::getRandId).toList();
  }
}
