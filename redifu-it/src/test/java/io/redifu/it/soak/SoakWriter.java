package io.redifu.it.soak;

import io.redifu.it.domain.SoakItem;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One writer: adds, removes, retitles and moves (changes the time of) the items it owns, as an
 * application does: SQL first, then the cache. Each item has one writer, so the last write of an id
 * to SQL is also its last write to Redis, and SQL is the truth the collections must end equal to.
 */
final class SoakWriter implements Soak.Loop {
  /** Above this many own items a writer removes more than it adds. */
  private static final int OWN_TARGET = 90;

  private final Soak soak;
  private final List<SoakItem> own;
  private final Random random;
  private final Connection sql;

  SoakWriter(Soak soak, List<SoakItem> own, long seed) throws SQLException {
    this.soak = soak;
    this.own = new ArrayList<>(own);
    this.random = new Random(seed);
    this.sql = soak.table.connect();
  }

  @Override
  public void once() throws Exception {
    if (!soak.burst()) {
      Soak.pause(20);
      return;
    }
    int kind = random.nextInt(100);
    int adds = own.size() > OWN_TARGET ? 20 : 35;
    if (kind < adds || own.isEmpty()) {
      add();
    } else if (kind < 55) {
      remove();
    } else if (kind < 85) {
      retitle();
    } else {
      move();
    }
    Soak.pause(random.nextInt(3));
  }

  void close() throws SQLException {
    sql.close();
  }

  private void add() throws SQLException {
    SoakItem item = newItem(soak.group, random);
    soak.table.insert(sql, item);
    own.add(item);
    index(item);
    soak.stats.count("write.add");
  }

  private void remove() throws SQLException {
    SoakItem item = own.remove(random.nextInt(own.size()));
    soak.table.remove(sql, item.getRandId());
    String id = item.getRandId();
    soak.redifu.batch(
        b -> {
          soak.timeline.of(soak.group).remove(id);
          soak.sorted.of(soak.group).remove(id);
          soak.pages.of(soak.group).remove(id);
          soak.series.of(soak.group).remove(id);
        });
    soak.stats.count("write.remove");
  }

  /** An entity update that keeps the item's place: the document only, seen by every collection. */
  private void retitle() throws SQLException {
    SoakItem item = own.get(random.nextInt(own.size()));
    item.setVersion(item.getVersion() + 1);
    item.setTitle("title v" + item.getVersion());
    soak.table.save(sql, item);
    soak.items.set(Soak.copy(item));
    soak.stats.count("write.update");
  }

  /** An entity update that changes the item's time, so its place in every collection. */
  private void move() throws SQLException {
    SoakItem item = own.get(random.nextInt(own.size()));
    soak.moved.add(item.getRandId());
    item.setVersion(item.getVersion() + 1);
    item.setCreatedAt(randomTime(random));
    soak.table.save(sql, item);
    index(item);
    soak.stats.count("write.move");
  }

  /** The document and its place in all four collections, in one pipeline. */
  private void index(SoakItem item) {
    SoakItem value = Soak.copy(item);
    soak.redifu.batch(
        b -> {
          soak.timeline.of(soak.group).add(value);
          soak.sorted.of(soak.group).add(value);
          soak.pages.of(soak.group).add(value);
          soak.series.of(soak.group).add(value);
        });
  }

  static SoakItem newItem(String group, Random random) {
    SoakItem item = new SoakItem();
    item.init();
    item.setGroupRandId(group);
    item.setTitle("title v0");
    item.setCreatedAt(randomTime(random));
    return item;
  }

  /**
   * A whole second of the span plus 0, 250, 500 or 750 microseconds: distinct instants inside one
   * millisecond, and many items that tie on one.
   */
  static Instant randomTime(Random random) {
    return SoakTable.BASE
        .plusSeconds(random.nextInt(SoakTable.SPAN_SECONDS))
        .plus(random.nextInt(4) * 250L, ChronoUnit.MICROS);
  }
}
