package io.redifu.runtime.internal.document;

/**
 * A related document read ahead of relation resolution, by the fetch script or by a hinted read.
 *
 * @param relation index of the relation in {@code Relations.all()}
 * @param randId the referenced id
 * @param document its document, or null if there is none
 */
public record Prefetched(int relation, String randId, byte[] document) {}
