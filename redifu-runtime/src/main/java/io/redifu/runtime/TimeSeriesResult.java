package io.redifu.runtime;

import java.util.List;

/**
 * What a time series holds for a requested range.
 *
 * @param items the cached items of the range's covered parts, in ascending order, relations
 *     resolved
 * @param gaps the parts of the range the cache does not cover, ascending; seeding fills them
 * @param missingIds ids in the covered parts whose documents were not found, so they were left out
 */
public record TimeSeriesResult<T>(List<T> items, List<TimeRange> gaps, List<String> missingIds) {
  public TimeSeriesResult {
    items = List.copyOf(items);
    gaps = List.copyOf(gaps);
    missingIds = List.copyOf(missingIds);
  }

  /** Whether part of the range is not cached: {@code seed} or {@code fetchOrSeed} fills it. */
  public boolean needsSeed() {
    return !gaps.isEmpty();
  }
}
