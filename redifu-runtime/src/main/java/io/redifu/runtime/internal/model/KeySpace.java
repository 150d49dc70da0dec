package io.redifu.runtime.internal.model;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The key templates of the caches created on one {@code Redifu}, kept so that no two caches can
 * render the same Redis key: a cache whose template could render a key of another's (same template
 * of another cache, or {@code org:{orgId}:members} beside {@code org:admin:members}, where orgId
 * "admin" would read and overwrite the admin list) is refused when it is created. Document keys and
 * collection keys are checked apart: collection keys all start with a brace, document keys never
 * do. Thread-safe.
 */
public final class KeySpace {
  private final Map<String, Entry> documents = new LinkedHashMap<>();
  private final Map<String, Entry> collections = new LinkedHashMap<>();

  private record Entry(KeyShape shape, String owner) {}

  /**
   * Adds the document key template of {@code entity} and of the entities its relations read.
   *
   * @throws IllegalStateException if another entity's template can render the same key
   */
  public void documents(EntitySpec<?> entity) {
    documents(entity, new HashSet<>());
  }

  /**
   * Adds the key template of the collection cache {@code owner}; a null template (a hand-built
   * spec) is not checked.
   *
   * @throws IllegalStateException if another collection's template can render the same key
   */
  public void collection(String owner, String template) {
    if (template != null) {
      add(collections, template, owner);
    }
  }

  private void documents(EntitySpec<?> entity, Set<EntitySpec<?>> seen) {
    if (!seen.add(entity)) {
      return;
    }
    add(documents, entity.keyTemplate(), entity.entityName());
    for (Relation<?, ?> relation : entity.relations().all()) {
      documents(relation.target(), seen);
    }
  }

  private synchronized void add(Map<String, Entry> templates, String template, String owner) {
    Entry known = templates.get(template);
    if (known != null && known.owner().equals(owner)) {
      return;
    }
    KeyShape shape = KeyShape.of(template);
    for (Entry other : templates.values()) {
      if (shape.overlaps(other.shape())) {
        throw new IllegalStateException(
            "key templates \""
                + other.shape().template()
                + "\" ("
                + other.owner()
                + ") and \""
                + template
                + "\" ("
                + owner
                + ") can render the same key, e.g. \""
                + shape.commonKey(other.shape())
                + "\", so one cache would read and overwrite the other's data. Make them differ in"
                + " a literal part at the same position (parameters never hold ':'), e.g. give"
                + " one another first word");
      }
    }
    templates.put(template, new Entry(shape, owner));
  }
}
