package io.redifu.runtime.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The relation ids of recently read documents, so that the next read of a page can fetch the
 * related documents together with the page's own: one round trip instead of two. Only a guess — the
 * decoded document stays the truth, and whatever the guess missed or got wrong is read afterwards.
 *
 * <p>Bounded by two generations of half the capacity each: when the current one is full it becomes
 * the previous one and the older is dropped, so recently read ids stay. Thread-safe; a race may
 * lose an entry, which costs a round trip, never a wrong value.
 */
final class RelationHints<T> {
  private final List<Relation<T, ?>> relations;
  private final int generationSize;
  private volatile Map<String, List<List<String>>> current = new ConcurrentHashMap<>();
  private volatile Map<String, List<List<String>>> previous = Map.of();

  RelationHints(List<Relation<T, ?>> relations, int capacity) {
    this.relations = relations;
    this.generationSize = Math.max(1, capacity / 2);
  }

  /** Remembers the ids each of {@code items} references. */
  void learn(List<T> items, EntitySpec<T> spec) {
    for (T item : items) {
      List<List<String>> ids = new ArrayList<>(relations.size());
      for (Relation<T, ?> relation : relations) {
        ids.add(new ArrayList<>(relation.ids(item)));
      }
      Map<String, List<List<String>>> generation = current;
      generation.put(spec.codec().randId(item), ids);
      if (generation.size() >= generationSize) {
        previous = generation;
        current = new ConcurrentHashMap<>();
      }
    }
  }

  /** The (relation, id) pairs remembered for {@code randIds}, each once. */
  List<Hint> hintsFor(List<String> randIds) {
    List<Hint> hints = new ArrayList<>(randIds.size());
    List<Set<String>> seen = new ArrayList<>(relations.size()); // per relation: ids already hinted
    for (int relation = 0; relation < relations.size(); relation++) {
      seen.add(new HashSet<>());
    }
    for (String randId : randIds) {
      List<List<String>> ids = current.get(randId);
      if (ids == null) {
        ids = previous.get(randId);
      }
      if (ids != null) {
        for (int relation = 0; relation < ids.size(); relation++) {
          for (String id : ids.get(relation)) {
            if (id != null && seen.get(relation).add(id)) {
              hints.add(new Hint(relation, id));
            }
          }
        }
      }
    }
    return hints;
  }

  record Hint(int relation, String randId) {}
}
