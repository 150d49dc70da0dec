package io.redifu.it.near;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/** What a near-cache model run did: counts, invalidation delays and the violations it found. */
final class ModelLog {
  private static final int KEPT_VIOLATIONS = 20;

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Long> delays = new ConcurrentLinkedQueue<>();
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final LongAdder violationCount = new LongAdder();

  void count(String what) {
    counts.computeIfAbsent(what, w -> new LongAdder()).increment();
  }

  /** Write reply received to invalidation processed in another reader, in nanoseconds. */
  void delay(long nanos) {
    delays.add(nanos);
  }

  void violation(String what) {
    violationCount.increment();
    if (violations.size() < KEPT_VIOLATIONS) {
      violations.add(what);
    }
  }

  List<String> violations() {
    synchronized (violations) {
      return List.copyOf(violations);
    }
  }

  long violationCount() {
    return violationCount.sum();
  }

  /** {@code p50=…µs p99=…µs max=…µs n=…} of the invalidation delays. */
  String delays() {
    List<Long> sorted = new ArrayList<>(delays);
    if (sorted.isEmpty()) {
      return "no delays measured";
    }
    Collections.sort(sorted);
    return String.format(
        "p50=%dµs p99=%dµs max=%dµs n=%d",
        micros(sorted, 0.50),
        micros(sorted, 0.99),
        sorted.get(sorted.size() - 1) / 1000,
        sorted.size());
  }

  private static long micros(List<Long> sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1000;
  }

  String counts() {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(counts)
        .forEach((what, n) -> text.append("\n  ").append(what).append(": ").append(n.sum()));
    return text.toString();
  }
}
