/**
 * Immutable model between parsing and writing: what the processor learned about an annotated type,
 * free of {@code Element}s and {@code TypeMirror}s so writers stay simple and the model is testable
 * without javac.
 */
package io.redifu.processor.model;
