package io.redifu.processor;

import io.redifu.processor.model.EntityModel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * What {@link EntityStep} learned about each {@code @Entity}, for {@link CollectionStep}, which
 * runs after it in the same round: the model, or empty when the entity had errors (reported once,
 * by the entity step; collections of an invalid entity are not reported again).
 */
final class EntityModels {
  private final Map<String, Optional<EntityModel>> parsed = new HashMap<>();

  void put(TypeElement type, Optional<EntityModel> model) {
    parsed.put(type.getQualifiedName().toString(), model);
  }

  /** The result for {@code type}, or null if the entity step has not seen it. */
  Optional<EntityModel> get(TypeElement type) {
    return parsed.get(type.getQualifiedName().toString());
  }
}
