package io.redifu.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An {@code @Entity}: its stored shape, document key and lifetime.
 *
 * @param missingTtl how long its missing markers live; null = the {@code Redifu}'s default
 * @param nested every nested type its documents contain, sorted by name, each once
 * @param randId the property that holds the randId
 * @param relations its {@code @RandIdRef}s, in declaration order
 * @param columns the {@code @Column} name of each stored property that has one, by property name
 * @param sortedBy the properties its collections sort by: seeded rows must have their columns
 */
public record EntityModel(
    ObjectModel object,
    KeyTemplate key,
    Ttl ttl,
    Ttl missingTtl,
    boolean slidingTtl,
    PropertyModel randId,
    List<ObjectModel> nested,
    List<RelationModel> relations,
    Map<String, String> columns,
    Set<String> sortedBy) {
  public EntityModel {
    nested = List.copyOf(nested);
    relations = List.copyOf(relations);
    columns = Map.copyOf(columns);
    sortedBy = Set.copyOf(sortedBy);
  }

  public String simpleName() {
    return object.type().simpleName();
  }
}
