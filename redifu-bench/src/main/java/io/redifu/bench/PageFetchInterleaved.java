package io.redifu.bench;

import io.redifu.runtime.Cursor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The four strategies of {@link PageFetchBenchmark} measured in one JVM, interleaved: each round
 * runs a block of pages with every strategy in turn (the order rotates), so all of them see the
 * same scheduling of the JVM and Redis on the machine's two vCPUs. On this machine that placement
 * changes from one JMH fork to the next and moves a page's p50 by up to ~60 µs, more than the
 * differences between strategies; latency ratios are therefore taken from this run. Run: {@code
 * java -cp benchmarks.jar io.redifu.bench.PageFetchInterleaved [rounds]} (default 20; ~2 min).
 */
public final class PageFetchInterleaved {
  private static final int BLOCK = 1_000;
  private static final int WARMUP_ROUNDS = 5;

  private PageFetchInterleaved() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    PageFetchBenchmark.Feed feed = new PageFetchBenchmark.Feed();
    feed.setUp();
    try {
      Map<String, Function<Cursor, Object>> strategies = new LinkedHashMap<>();
      strategies.put(
          "redifuDefault", cursor -> feed.defaultCache.fetch(PageFetchBenchmark.USER, cursor));
      strategies.put(
          "redifuSingleTrip",
          cursor -> feed.singleTripCache.fetch(PageFetchBenchmark.USER, cursor));
      strategies.put("handWritten", feed::handWrittenPage);
      strategies.put("naive", feed::naivePage);
      List<String> names = new ArrayList<>(strategies.keySet());
      Map<String, long[]> latencies = new LinkedHashMap<>();
      Map<String, CostMeter> meters = new LinkedHashMap<>();
      Map<String, Integer> filled = new LinkedHashMap<>();
      for (String name : names) {
        latencies.put(name, new long[rounds * block(name)]);
        meters.put(name, new CostMeter(feed.raw));
        filled.put(name, 0);
      }
      int position = 0;
      for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
        for (int k = 0; k < names.size(); k++) {
          String name = names.get(Math.floorMod(round + k, names.size()));
          Function<Cursor, Object> strategy = strategies.get(name);
          int pages = block(name);
          boolean measured = round >= 0;
          if (measured) {
            meters.get(name).start();
          }
          long[] sink = latencies.get(name);
          int at = filled.get(name);
          for (int i = 0; i < pages; i++) {
            Cursor cursor = feed.cursors[(position + i) & (PageFetchBenchmark.POSITIONS - 1)];
            long start = System.nanoTime();
            Object page = strategy.apply(cursor);
            long took = System.nanoTime() - start;
            if (page == null) {
              throw new IllegalStateException(name + " returned no page");
            }
            if (measured) {
              sink[at++] = took;
            }
          }
          if (measured) {
            meters.get(name).stop(pages);
            filled.put(name, at);
          }
        }
        position += BLOCK;
      }
      System.out.printf(
          "%d rounds; pages per round: %d (naive: %d)%n", rounds, BLOCK, block("naive"));
      System.out.println("| strategy | pages | p50 µs | p90 µs | p99 µs | mean µs |");
      System.out.println("|---|---:|---:|---:|---:|---:|");
      Map<String, Double> p50 = new LinkedHashMap<>();
      for (String name : names) {
        long[] sorted = latencies.get(name).clone();
        Arrays.sort(sorted);
        p50.put(name, percentile(sorted, 0.50));
        System.out.printf(
            "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
            name,
            sorted.length,
            percentile(sorted, 0.50),
            percentile(sorted, 0.90),
            percentile(sorted, 0.99),
            Arrays.stream(sorted).average().orElse(0) / 1e3);
      }
      System.out.println();
      for (String name : names) {
        System.out.println(meters.get(name).report(name + " interleaved"));
      }
      System.out.println();
      System.out.printf(
          "* p50 redifuDefault ÷ handWritten: **%.2f×**; redifuSingleTrip ÷ handWritten: %.2f×;"
              + " naive ÷ redifuDefault: %.2f×%n",
          p50.get("redifuDefault") / p50.get("handWritten"),
          p50.get("redifuSingleTrip") / p50.get("handWritten"),
          p50.get("naive") / p50.get("redifuDefault"));
    } finally {
      feed.close();
    }
  }

  /** Naive pages cost ~10× more, so its blocks are smaller to keep rounds short. */
  private static int block(String name) {
    return name.equals("naive") ? BLOCK / 5 : BLOCK;
  }

  private static double percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))] / 1e3;
  }
}
