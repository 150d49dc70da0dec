package io.redifu.runtime.internal.document;

import io.redifu.runtime.MissingReference;
import java.util.List;

/**
 * Items with their relations injected, and the references that could not be resolved.
 *
 * @param items the items in their original order, without those skipped ({@code SKIP_PARENT})
 * @param missing every reference without a document, including those that skipped a parent
 */
public record Resolution<T>(List<T> items, List<MissingReference> missing) {}
