package io.redifu.processor.model;

import com.palantir.javapoet.ClassName;
import io.redifu.annotation.MissingRelation;

/**
 * One {@code @RandIdRef}: the stored reference and the property a fetch fills from it.
 *
 * @param reference the stored {@code String} or {@code List<String>} of randIds
 * @param injected the property that receives the related entity or entities; never stored
 * @param many whether it is one-to-many: a {@code List<String>} filling a {@code List} of entities
 * @param target the referenced {@code @Entity}
 */
public record RelationModel(
    PropertyModel reference,
    PropertyModel injected,
    boolean many,
    ClassName target,
    MissingRelation onMissing) {}
