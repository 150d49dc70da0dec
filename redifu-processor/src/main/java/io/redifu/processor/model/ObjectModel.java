package io.redifu.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A class or record stored as one JSON object: an entity, or a nested type inside one.
 *
 * @param record whether it is a Java record (built through its canonical constructor)
 */
public record ObjectModel(ClassName type, boolean record, List<PropertyModel> properties) {
  public ObjectModel {
    properties = List.copyOf(properties);
  }
}
