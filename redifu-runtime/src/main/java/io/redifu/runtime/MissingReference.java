package io.redifu.runtime;

/**
 * A reference whose document could not be found during a fetch.
 *
 * @param entity the referencing entity type, e.g. {@code Post}
 * @param randId the referencing item
 * @param field the injected property, e.g. {@code author}
 * @param missingRandId the referenced id that has no document
 */
public record MissingReference(String entity, String randId, String field, String missingRandId) {
  @Override
  public String toString() {
    return entity + " \"" + randId + "\"." + field + " -> \"" + missingRandId + "\"";
  }
}
