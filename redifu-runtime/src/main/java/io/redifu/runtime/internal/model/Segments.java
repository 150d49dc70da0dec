package io.redifu.runtime.internal.model;

import io.redifu.runtime.TimeRange;
import java.util.ArrayList;
import java.util.List;

/** Arithmetic of covered ranges (inclusive bounds): what a requested range still lacks. */
public final class Segments {
  private Segments() {}

  /**
   * The parts of [from, to] that none of {@code covered} (disjoint, ascending) contains, ascending.
   */
  public static List<TimeRange> gaps(long from, long to, List<TimeRange> covered) {
    List<TimeRange> gaps = new ArrayList<>();
    long next = from; // the first value not yet known to be covered
    for (TimeRange segment : covered) {
      if (segment.to() < next) {
        continue;
      }
      if (segment.from() > to) {
        break;
      }
      if (segment.from() > next) {
        gaps.add(new TimeRange(next, segment.from() - 1));
      }
      if (segment.to() >= to) {
        return gaps;
      }
      next = segment.to() + 1;
    }
    gaps.add(new TimeRange(next, to));
    return gaps;
  }

  /** A segment member of the segments zset, {@code "from:to"}. */
  public static TimeRange parse(String member) {
    int colon = member.indexOf(':', 1); // a leading '-' is a sign
    return new TimeRange(
        Long.parseLong(member.substring(0, colon)), Long.parseLong(member.substring(colon + 1)));
  }
}
