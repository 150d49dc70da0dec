package io.redifu.runtime.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The relation ids of recently read documents, so that the next read of a page can fetch the
 * related documents together with the page's own: one round trip instead of two. Only a guess — the
 * decoded document stays the truth, and whatever the guess missed or got wrong is read afterwards.
 * Bounded: when full, an arbitrary entry makes room. Thread-safe.
 */
final class RelationHints<T> {
  private final List<Relation<T, ?>> relations;
  private final int capacity;
  private final ConcurrentHashMap<String, List<List<String>>> byId;

  RelationHints(List<Relation<T, ?>> relations, int capacity) {
    this.relations = relations;
    this.capacity = capacity;
    this.byId = new ConcurrentHashMap<>(Math.min(capacity, 1_024));
  }

  /** Remembers the ids each of {@code items} references. */
  void learn(List<T> items, EntitySpec<T> spec) {
    for (T item : items) {
      List<List<String>> ids = new ArrayList<>(relations.size());
      for (Relation<T, ?> relation : relations) {
        ids.add(new ArrayList<>(relation.ids(item)));
      }
      if (byId.put(spec.codec().randId(item), ids) == null && byId.size() > capacity) {
        Iterator<String> any = byId.keySet().iterator();
        if (any.hasNext()) {
          any.next();
          any.remove();
        }
      }
    }
  }

  /** The (relation, id) pairs remembered for {@code randIds}, each once. */
  List<Hint> hintsFor(List<String> randIds) {
    Set<Hint> hints = new LinkedHashSet<>();
    for (String randId : randIds) {
      List<List<String>> ids = byId.get(randId);
      if (ids != null) {
        for (int relation = 0; relation < ids.size(); relation++) {
          for (String id : ids.get(relation)) {
            if (id != null) {
              hints.add(new Hint(relation, id));
            }
          }
        }
      }
    }
    return new ArrayList<>(hints);
  }

  record Hint(int relation, String randId) {}
}
