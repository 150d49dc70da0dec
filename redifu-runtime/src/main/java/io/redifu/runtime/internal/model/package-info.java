/**
 * The vocabulary every layer shares, and generated code fills in: entity and collection specs,
 * relations, scores, and the key schema, the one place keys are rendered and kept from colliding.
 */
package io.redifu.runtime.internal.model;
