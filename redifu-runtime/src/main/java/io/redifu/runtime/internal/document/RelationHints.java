package io.redifu.runtime.internal.document;

import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.Relation;
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
 * the previous one and the older is dropped, so recently read ids stay. An item is written only
 * when its ids changed or it survives from the previous generation, so re-reading a page (the
 * common case) costs lookups, not writes. Thread-safe; a race may lose an entry, which costs a
 * round trip, never a wrong value.
 */
final class RelationHints<T> {
  private static final Hint[] NONE = new Hint[0];

  private final List<Relation<T, ?>> relations;
  private final int generationSize;
  private volatile Map<String, Hint[]> current = new ConcurrentHashMap<>();
  private volatile Map<String, Hint[]> previous = Map.of();

  RelationHints(List<Relation<T, ?>> relations, int capacity) {
    this.relations = relations;
    this.generationSize = Math.max(1, capacity / 2);
  }

  /** Remembers the ids each of {@code items} references. */
  void learn(List<T> items, EntitySpec<T> spec) {
    for (T item : items) {
      String randId = spec.codec().randId(item);
      Map<String, Hint[]> generation = current;
      Hint[] known = generation.get(randId);
      if (known != null && references(item, known)) {
        continue;
      }
      Hint[] old = known == null ? previous.get(randId) : null;
      generation.put(randId, old != null && references(item, old) ? old : hints(item));
      if (generation.size() >= generationSize) {
        previous = generation;
        current = new ConcurrentHashMap<>();
      }
    }
  }

  /** The (relation, id) pairs remembered for {@code randIds}, each once. */
  List<Hint> hintsFor(List<String> randIds) {
    List<Hint> hints = new ArrayList<>(randIds.size());
    Set<Hint> seen = new HashSet<>();
    for (String randId : randIds) {
      Hint[] known = current.get(randId);
      if (known == null) {
        known = previous.get(randId);
      }
      if (known != null) {
        for (Hint hint : known) {
          if (seen.add(hint)) {
            hints.add(hint);
          }
        }
      }
    }
    return hints;
  }

  /** The non-null ids {@code item} references, relation by relation, in order. */
  private Hint[] hints(T item) {
    List<Hint> hints = new ArrayList<>();
    for (int relation = 0; relation < relations.size(); relation++) {
      for (String id : relations.get(relation).ids(item)) {
        if (id != null) {
          hints.add(new Hint(relation, id));
        }
      }
    }
    return hints.isEmpty() ? NONE : hints.toArray(NONE);
  }

  /** Whether {@code known} lists exactly the ids {@code item} references now. */
  private boolean references(T item, Hint[] known) {
    int next = 0;
    for (int relation = 0; relation < relations.size(); relation++) {
      for (String id : relations.get(relation).ids(item)) {
        if (id == null) {
          continue;
        }
        if (next == known.length
            || known[next].relation() != relation
            || !known[next].randId().equals(id)) {
          return false;
        }
        next++;
      }
    }
    return next == known.length;
  }

  record Hint(int relation, String randId) {}
}
