package io.redifu.processor.model;

import java.util.List;

/**
 * An {@code @Entity}: its stored shape, document key and lifetime.
 *
 * @param nested every nested type its documents contain, sorted by name, each once
 * @param randId the property that holds the randId
 * @param relations its {@code @RandIdRef}s, in declaration order
 */
public record EntityModel(
    ObjectModel object,
    KeyTemplate key,
    Ttl ttl,
    boolean slidingTtl,
    PropertyModel randId,
    List<ObjectModel> nested,
    List<RelationModel> relations) {
  public EntityModel {
    nested = List.copyOf(nested);
    relations = List.copyOf(relations);
  }

  public String simpleName() {
    return object.type().simpleName();
  }
}
