package io.redifu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Prints a JMH JSON result file ({@code -rf json -rff results.json}) as the Markdown table and
 * target ratios of {@code BENCHMARKS.md}: {@code java -cp benchmarks.jar
 * io.redifu.bench.ResultsTable results.json}. Throughput is shown in ops/s, times in µs/op.
 */
public final class ResultsTable {
  private final Map<String, JsonNode> metrics = new HashMap<>();

  private ResultsTable() {}

  public static void main(String[] args) throws IOException {
    ResultsTable table = new ResultsTable();
    System.out.println("| benchmark | mode | score ± error | unit | p50 | p90 | p99 | p99.9 |");
    System.out.println("|---|---|---:|---|---:|---:|---:|---:|");
    for (JsonNode run : Databind.MAPPER.readTree(new File(args[0]))) {
      table.print(run);
    }
    System.out.println();
    table.ratio(
        "generated decode ÷ databind decode (throughput, target ≥ 1.5×)",
        "CodecBenchmark.decodeGenerated thrpt",
        "CodecBenchmark.decodeDatabind thrpt");
    table.ratio(
        "generated encode ÷ databind encode (throughput)",
        "CodecBenchmark.encodeGenerated thrpt",
        "CodecBenchmark.encodeDatabind thrpt");
    table.ratio(
        "PostCache.get ÷ raw GET + databind (mean latency, target ≤ 1.2×)",
        "EntityGetBenchmark.cacheGet sample",
        "EntityGetBenchmark.rawGetDatabind sample");
    table.percentileRatio(
        "PostCache.get ÷ raw GET + databind (p50 latency, target ≤ 1.2×)",
        "EntityGetBenchmark.cacheGet sample",
        "EntityGetBenchmark.rawGetDatabind sample",
        "50.0");
    table.ratio(
        "raw GET + databind ÷ PostCache.get (throughput; > 1 means PostCache.get is slower)",
        "EntityGetBenchmark.rawGetDatabind thrpt",
        "EntityGetBenchmark.cacheGet thrpt");
    String page = "PageFetchBenchmark.";
    table.percentileRatio(
        "page fetch, redifu default ÷ hand-written ZRANGE + MGET (p50 latency)",
        page + "redifuDefault sample",
        page + "handWritten sample",
        "50.0");
    table.percentileRatio(
        "page fetch, redifu default ÷ hand-written same commands (p50 latency, target ≤ 1.15×)",
        page + "redifuDefault sample",
        page + "handWrittenSameCommands sample",
        "50.0");
    table.ratio(
        "page fetch, redifu default ÷ hand-written same commands (8-thread throughput)",
        page + "redifuDefaultThreads8 thrpt",
        page + "handWrittenSameCommandsThreads8 thrpt");
    table.percentileRatio(
        "page fetch, redifu single trip ÷ hand-written ZRANGE + MGET (p50 latency)",
        page + "redifuSingleTrip sample",
        page + "handWritten sample",
        "50.0");
    table.percentileRatio(
        "page fetch, redifu default ÷ hand-written ZRANGE + MGET (p99 latency)",
        page + "redifuDefault sample",
        page + "handWritten sample",
        "99.0");
    table.ratio(
        "page fetch, redifu default ÷ naive (1-thread throughput, target ≥ 8×)",
        page + "redifuDefault thrpt",
        page + "naive thrpt");
    table.ratio(
        "page fetch, redifu single trip ÷ naive (1-thread throughput)",
        page + "redifuSingleTrip thrpt",
        page + "naive thrpt");
    table.ratio(
        "page fetch, redifu default ÷ hand-written (1-thread throughput)",
        page + "redifuDefault thrpt",
        page + "handWritten thrpt");
    table.ratio(
        "page fetch, redifu default ÷ hand-written (8-thread throughput)",
        page + "redifuDefaultThreads8 thrpt",
        page + "handWrittenThreads8 thrpt");
    table.ratio(
        "page fetch, redifu single trip ÷ hand-written (8-thread throughput)",
        page + "redifuSingleTripThreads8 thrpt",
        page + "handWrittenThreads8 thrpt");
    table.ratio(
        "page fetch, redifu default ÷ naive (8-thread throughput)",
        page + "redifuDefaultThreads8 thrpt",
        page + "naiveThreads8 thrpt");
    table.authoredRatios();
    table.peerRatios();
    table.nearCacheRatios();
  }

  /** The near cache's targets (NearCachePageBenchmark, NearCacheEntityBenchmark). */
  private void nearCacheRatios() {
    String page = "NearCachePageBenchmark.page";
    String entity = "NearCacheEntityBenchmark.get";
    String[][] p50s = {
      {"warm ÷ oracle (target ≤ 0.5×)", "redifuNearCacheWarm", "oracle"},
      {"cold ÷ redifu default (target ≤ 1.05×)", "redifuNearCacheCold", "redifuDefault"},
      {"warm ÷ redifu default", "redifuNearCacheWarm", "redifuDefault"}
    };
    for (String[] p50 : p50s) {
      percentileRatio(
          "near cache page p50, " + p50[0],
          page + ":" + p50[1] + " sample",
          page + ":" + p50[2] + " sample",
          "50.0");
    }
    ratio(
        "near cache page, warm ÷ oracle (8-thread throughput, target ≥ 2×)",
        page + "Threads8:redifuNearCacheWarm thrpt",
        page + "Threads8:oracle thrpt");
    for (String threads : new String[] {"", "Threads8"}) {
      for (String redisson :
          new String[] {"redissonShared", "redissonSharedObjectKeys", "redissonDecoded"}) {
        ratio(
            "near cache get hit, redifu ÷ "
                + redisson
                + (threads.isEmpty() ? " (1 thread" : " (8 threads")
                + ", target ≥ 1×)",
            entity + threads + ":redifuNearCache thrpt",
            entity + threads + ":" + redisson + " thrpt");
      }
    }
  }

  /** Redifu against Spring Data Redis and Redisson (PeerPageBenchmark, PeerEntityBenchmark). */
  private void peerRatios() {
    String page = "PeerPageBenchmark.";
    String entity = "PeerEntityBenchmark.";
    ratio(
        "peer page, redifu ÷ Spring Data Redis (1-thread throughput, target ≥ 3×)",
        page + "redifu thrpt",
        page + "springData thrpt");
    ratio(
        "peer page, redifu ÷ Spring Data Redis (8-thread throughput, target ≥ 3×)",
        page + "redifuThreads8 thrpt",
        page + "springDataThreads8 thrpt");
    ratio(
        "peer page, redifu ÷ Redisson (1-thread throughput)",
        page + "redifu thrpt",
        page + "redisson thrpt");
    ratio(
        "peer page, redifu ÷ Redisson (8-thread throughput)",
        page + "redifuThreads8 thrpt",
        page + "redissonThreads8 thrpt");
    percentileRatio(
        "peer page, redifu ÷ Spring Data Redis (p50 latency)",
        page + "redifu sample",
        page + "springData sample",
        "50.0");
    percentileRatio(
        "peer page, redifu ÷ Redisson (p50 latency)",
        page + "redifu sample",
        page + "redisson sample",
        "50.0");
    for (String op : new String[] {"get", "getAll"}) {
      ratio(
          "peer " + op + ", redifu ÷ Spring Data Redis (1-thread throughput, target ≥ 3×)",
          entity + op + "Redifu thrpt",
          entity + op + "SpringData thrpt");
      ratio(
          "peer " + op + ", redifu ÷ Redisson (1-thread throughput)",
          entity + op + "Redifu thrpt",
          entity + op + "Redisson thrpt");
      ratio(
          "peer " + op + ", redifu ÷ Spring Data Redis (8-thread throughput)",
          entity + op + "RedifuThreads8 thrpt",
          entity + op + "SpringDataThreads8 thrpt");
      ratio(
          "peer " + op + ", redifu ÷ Redisson (8-thread throughput)",
          entity + op + "RedifuThreads8 thrpt",
          entity + op + "RedissonThreads8 thrpt");
      percentileRatio(
          "peer " + op + ", redifu ÷ Spring Data Redis (p50 latency)",
          entity + op + "Redifu sample",
          entity + op + "SpringData sample",
          "50.0");
      percentileRatio(
          "peer " + op + ", redifu ÷ Redisson (p50 latency)",
          entity + op + "Redifu sample",
          entity + op + "Redisson sample",
          "50.0");
    }
  }

  /** The targets of a page with each post's author (AuthoredPageBenchmark). */
  private void authoredRatios() {
    String page = "AuthoredPageBenchmark.";
    percentileRatio(
        "authored page, redifu default ÷ oracle (ids known, one MGET; p50)",
        page + "redifuDefault sample",
        page + "oracle sample",
        "50.0");
    percentileRatio(
        "authored page, redifu default ÷ best hand-written (denormalised, p50, target ≤ 1.1×)",
        page + "redifuDefault sample",
        page + "handWrittenDenormalised sample",
        "50.0");
    percentileRatio(
        "authored page, redifu default ÷ hand-written ZRANGE + MGET + MGET (p50)",
        page + "redifuDefault sample",
        page + "handWritten sample",
        "50.0");
    percentileRatio(
        "authored page, redifu single trip ÷ best hand-written (p50)",
        page + "redifuSingleTrip sample",
        page + "handWrittenDenormalised sample",
        "50.0");
    ratio(
        "authored page, redifu default ÷ naive (1-thread throughput, target ≥ 10×)",
        page + "redifuDefault thrpt",
        page + "naive thrpt");
    ratio(
        "authored page, redifu default ÷ best hand-written (8-thread throughput)",
        page + "redifuDefaultThreads8 thrpt",
        page + "handWrittenDenormalisedThreads8 thrpt");
  }

  private void print(JsonNode run) {
    StringBuilder name =
        new StringBuilder(run.get("benchmark").asText().replace("io.redifu.bench.", ""));
    run.path("params").forEach(value -> name.append(':').append(value.asText()));
    String mode = run.get("mode").asText();
    JsonNode metric = run.get("primaryMetric");
    metrics.put(name + " " + mode, metric);
    double scale =
        mode.equals("thrpt") && metric.get("scoreUnit").asText().equals("ops/us") ? 1e6 : 1;
    String unit = scale == 1 ? metric.get("scoreUnit").asText() : "ops/s";
    JsonNode percentiles = metric.get("scorePercentiles");
    boolean sampled = mode.equals("sample");
    System.out.printf(
        "| %s | %s | %s ± %s | %s | %s |%n",
        name,
        mode,
        number(metric.get("score").asDouble() * scale),
        number(metric.get("scoreError").asDouble() * scale),
        unit,
        sampled ? percentiles(percentiles, "50.0", "90.0", "99.0", "99.9") : " |  |  | ");
  }

  private void ratio(String label, String numerator, String denominator) {
    if (metrics.containsKey(numerator) && metrics.containsKey(denominator)) {
      double ratio = score(numerator) / score(denominator);
      System.out.printf("* %s: **%.2f×**%n", label, ratio);
    }
  }

  private void percentileRatio(
      String label, String numerator, String denominator, String percentile) {
    JsonNode top = metrics.get(numerator);
    JsonNode bottom = metrics.get(denominator);
    if (top != null && bottom != null) {
      double ratio =
          top.get("scorePercentiles").get(percentile).asDouble()
              / bottom.get("scorePercentiles").get(percentile).asDouble();
      System.out.printf("* %s: **%.2f×**%n", label, ratio);
    }
  }

  private double score(String key) {
    return metrics.get(key).get("score").asDouble();
  }

  private static String percentiles(JsonNode percentiles, String... keys) {
    StringBuilder cells = new StringBuilder();
    for (String key : keys) {
      cells
          .append(cells.length() == 0 ? "" : " | ")
          .append(number(percentiles.get(key).asDouble()));
    }
    return cells.toString();
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return value >= 100 ? String.format("%,.0f", value) : String.format("%.3g", value);
  }
}
