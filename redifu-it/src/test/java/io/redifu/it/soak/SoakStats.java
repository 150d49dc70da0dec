package io.redifu.it.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the soak counted, by name ({@code write.add}, {@code read.timeline.page}, {@code
 * reset.expected}, {@code sql.sorted.seed} …), and the failures it met: broken checks and
 * unexpected exceptions, each with the thread and the message.
 */
final class SoakStats {
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

  void count(String name) {
    counts.computeIfAbsent(name, n -> new LongAdder()).increment();
  }

  void add(String name, long n) {
    counts.computeIfAbsent(name, k -> new LongAdder()).add(n);
  }

  long get(String name) {
    LongAdder adder = counts.get(name);
    return adder == null ? 0 : adder.sum();
  }

  /** Records a broken check or an unexpected exception. */
  void fail(String what) {
    count("failures");
    if (failures.size() < 50) {
      failures.add(Thread.currentThread().getName() + ": " + what);
    }
  }

  List<String> failures() {
    return new ArrayList<>(failures);
  }

  /** One line per count with its rate over {@code seconds}. */
  String report(double seconds) {
    StringBuilder out = new StringBuilder();
    Map<String, LongAdder> sorted = new TreeMap<>(counts);
    for (Map.Entry<String, LongAdder> entry : sorted.entrySet()) {
      long n = entry.getValue().sum();
      out.append(String.format("  %-28s %9d  %9.1f/s%n", entry.getKey(), n, n / seconds));
    }
    return out.toString();
  }
}
