package io.redifu.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * One property: its JSON name (the Java property name), type, and how generated code in the owner's
 * package reads and writes it.
 *
 * @param type its JSON shape; null for a property that is never stored: {@code @Transient}, or
 *     filled by a {@code @RandIdRef}
 * @param reader field name, or accessor method name when {@code readsViaMethod}
 * @param writer field name, or setter name when {@code writesViaSetter}; unused for records, whose
 *     properties are passed to the canonical constructor in declaration order
 */
public record PropertyModel(
    String name,
    TypeName javaType,
    TypeModel type,
    String reader,
    boolean readsViaMethod,
    String writer,
    boolean writesViaSetter) {}
