package io.redifu.bench;

import io.redifu.runtime.Cursor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The strategies of {@link PageFetchBenchmark} ({@code plain}), {@link AuthoredPageBenchmark}
 * ({@code authored}) or {@link NearCachePageBenchmark} ({@code nearcache}) measured in one JVM,
 * interleaved: each round runs a block of pages with every strategy in turn (the order rotates), so
 * all of them see the same scheduling of the JVM and Redis on the machine's two vCPUs. On this
 * machine that placement changes from one JMH fork to the next and moves a page's p50 by up to ~60
 * µs, more than the differences between strategies; latency ratios are therefore taken from this
 * run. Run: {@code java -cp benchmarks.jar io.redifu.bench.PageFetchInterleaved
 * plain|authored|nearcache [rounds]} (default 20; ~1 min).
 */
public final class PageFetchInterleaved {
  private static final int BLOCK = 1_000;
  private static final int WARMUP_ROUNDS = 5;

  private PageFetchInterleaved() {}

  public static void main(String[] args) {
    boolean authored = args.length > 0 && args[0].equals("authored");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    PageFeed feed = new PageFeed();
    feed.setUp();
    try {
      if (args.length > 0 && args[0].equals("nearcache")) {
        nearCache(feed, rounds);
        return;
      }
      Map<String, Function<Cursor, Object>> strategies = new LinkedHashMap<>();
      String user = PageFeed.USER;
      if (authored) {
        strategies.put("redifuDefault", cursor -> feed.authored.of(user).fetch(cursor));
        strategies.put(
            "redifuSingleTrip", cursor -> feed.authoredSingleTrip.of(user).fetch(cursor));
        strategies.put("handWritten", cursor -> HandWritten.authoredPage(feed, cursor));
        strategies.put(
            "handWrittenDenormalised",
            cursor -> HandWritten.authoredDenormalisedPage(feed, cursor));
        strategies.put("oracle", cursor -> HandWritten.oraclePage(feed, cursor));
        strategies.put("naive", cursor -> HandWritten.authoredNaivePage(feed, cursor));
      } else {
        strategies.put("redifuDefault", cursor -> feed.plain.of(user).fetch(cursor));
        strategies.put("redifuSingleTrip", cursor -> feed.plainSingleTrip.of(user).fetch(cursor));
        strategies.put("handWritten", cursor -> HandWritten.page(feed, cursor));
        strategies.put(
            "handWrittenSameCommands", cursor -> HandWritten.sameCommandsPage(feed, cursor));
        strategies.put("naive", cursor -> HandWritten.naivePage(feed, cursor));
      }
      Map<String, Double> p50 = measure(feed, strategies, rounds);
      String best = authored ? "handWrittenDenormalised" : "handWritten";
      System.out.printf(
          "* p50 redifuDefault ÷ %s: **%.2f×**; redifuSingleTrip ÷ %s: %.2f×;"
              + " naive ÷ redifuDefault: %.2f×%n",
          best,
          p50.get("redifuDefault") / p50.get(best),
          best,
          p50.get("redifuSingleTrip") / p50.get(best),
          p50.get("naive") / p50.get("redifuDefault"));
      if (!authored) {
        System.out.printf(
            "* p50 redifuDefault ÷ handWrittenSameCommands: **%.2f×**%n",
            p50.get("redifuDefault") / p50.get("handWrittenSameCommands"));
      }
    } finally {
      feed.close();
    }
  }

  /** {@link NearCachePageBenchmark}'s strategies ({@link NearCachePages}), interleaved. */
  private static void nearCache(PageFeed feed, int rounds) {
    String[] names = {"redifuDefault", "redifuNearCacheWarm", "redifuNearCacheCold", "oracle"};
    Map<String, Function<Cursor, Object>> strategies = new LinkedHashMap<>();
    List<NearCachePages> opened = new ArrayList<>();
    try {
      for (String name : names) {
        NearCachePages pages = new NearCachePages();
        opened.add(pages);
        pages.open(feed, name);
        strategies.put(name, pages.fetch::apply);
      }
      Map<String, Double> p50 = measure(feed, strategies, rounds);
      System.out.printf(
          "* p50 warm ÷ oracle: **%.2f×**; cold ÷ redifuDefault: **%.2f×**;"
              + " warm ÷ redifuDefault: %.2f×%n",
          p50.get("redifuNearCacheWarm") / p50.get("oracle"),
          p50.get("redifuNearCacheCold") / p50.get("redifuDefault"),
          p50.get("redifuNearCacheWarm") / p50.get("redifuDefault"));
    } finally {
      opened.forEach(NearCachePages::close);
    }
  }

  /** Runs the rounds, prints latency and cost tables, returns each strategy's p50 in µs. */
  private static Map<String, Double> measure(
      PageFeed feed, Map<String, Function<Cursor, Object>> strategies, int rounds) {
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
          Cursor cursor = feed.cursors[(position + i) & (PageFeed.POSITIONS - 1)];
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
    return p50;
  }

  /** Naive pages cost ~10× more, so its blocks are smaller to keep rounds short. */
  private static int block(String name) {
    return name.equals("naive") ? BLOCK / 5 : BLOCK;
  }

  private static double percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))] / 1e3;
  }
}
