/**
 * Entity documents and what hangs off them: reads, writes, missing markers, read-through loads and
 * relation resolution.
 */
package io.redifu.runtime.internal.document;
