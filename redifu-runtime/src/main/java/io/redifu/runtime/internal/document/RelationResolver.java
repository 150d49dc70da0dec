package io.redifu.runtime.internal.document;

import io.redifu.annotation.MissingRelation;
import io.redifu.runtime.MissingReference;
import io.redifu.runtime.MissingRelationException;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.Relation;
import io.redifu.runtime.internal.model.Resolved;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves the relations of fetched items level by level: every id one level references, across all
 * items and relations, is read in one round trip; then values are injected from the deepest level
 * up, so records are rebuilt around already-injected children. Each related entity is read once per
 * fetch, which is also what ends cycles (besides the depth limit).
 */
final class RelationResolver {
  private RelationResolver() {}

  /** {@code resolved} may already hold related entities (prefetched); it is filled further. */
  static <T> Resolution<T> resolve(
      DocumentLoads loads, EntitySpec<T> spec, List<T> items, int maxDepth, Resolved resolved) {
    if (maxDepth == 0 || spec.relations().all().isEmpty() || items.isEmpty()) {
      return new Resolution<>(items, List.of());
    }
    List<List<Node<?>>> levels = new ArrayList<>();
    List<Node<?>> frontier = new ArrayList<>(items.size());
    for (T item : items) {
      frontier.add(new Node<>(spec, item));
    }
    levels.add(frontier);
    for (int depth = 1; depth <= maxDepth && !frontier.isEmpty(); depth++) {
      frontier = readLevel(loads, frontier, resolved);
      levels.add(frontier);
    }
    List<MissingReference> missing = new ArrayList<>();
    Set<Node<?>> skipped = new HashSet<>();
    // The last level is not injected: its relations lie beyond the depth limit.
    for (int level = levels.size() - 2; level >= 0; level--) {
      for (Node<?> node : levels.get(level)) {
        injectInto(node, resolved, missing, skipped, level == 0);
      }
    }
    List<T> kept = new ArrayList<>(items.size());
    for (Node<?> node : levels.get(0)) {
      if (!skipped.contains(node)) {
        @SuppressWarnings("unchecked") // level 0 holds the fetched Ts
        T value = (T) node.value;
        kept.add(value);
      }
    }
    return new Resolution<>(kept, missing);
  }

  /** Reads every not-yet-read id the frontier references; returns the newly read entities. */
  private static List<Node<?>> readLevel(
      DocumentLoads loads, List<Node<?>> frontier, Resolved resolved) {
    RelatedDocuments documents = new RelatedDocuments();
    for (Node<?> node : frontier) {
      node.request(documents, resolved);
    }
    return documents.read(loads, resolved);
  }

  private static <T> void injectInto(
      Node<T> node,
      Resolved resolved,
      List<MissingReference> missing,
      Set<Node<?>> skipped,
      boolean fetchedItem) {
    EntitySpec<T> spec = node.spec;
    String randId = spec.codec().randId(node.value);
    boolean skip = false;
    for (Relation<T, ?> relation : spec.relations().all()) {
      for (String id : relation.ids(node.value)) {
        if (id == null || resolved.one(relation, id) != null) {
          continue;
        }
        MissingReference reference =
            new MissingReference(spec.entityName(), randId, relation.field(), id);
        if (relation.onMissing() == MissingRelation.FAIL) {
          throw new MissingRelationException(reference);
        }
        missing.add(reference);
        skip |= relation.onMissing() == MissingRelation.SKIP_PARENT;
      }
    }
    if (skip) {
      skipped.add(node);
      if (!fetchedItem) {
        resolved.put(spec, randId, null); // a skipped entity counts as missing for its parents
      }
      return;
    }
    node.value = spec.relations().inject(node.value, resolved);
    if (!fetchedItem) {
      resolved.put(spec, randId, node.value); // parents see the injected (for records: new) value
    }
  }

  /** One entity of the fetch graph; identity equality. */
  static final class Node<T> {
    final EntitySpec<T> spec;
    T value;

    Node(EntitySpec<T> spec, T value) {
      this.spec = spec;
      this.value = value;
    }

    void request(RelatedDocuments documents, Resolved resolved) {
      for (Relation<T, ?> relation : spec.relations().all()) {
        EntitySpec<?> target = relation.target();
        for (String id : relation.ids(value)) {
          if (id != null && !resolved.contains(target, id)) {
            documents.request(target, id, resolved);
          }
        }
      }
    }
  }
}
