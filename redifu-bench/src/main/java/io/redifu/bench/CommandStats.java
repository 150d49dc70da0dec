package io.redifu.bench;

import java.util.Map;
import java.util.TreeMap;
import redis.clients.jedis.UnifiedJedis;

/**
 * Time Redis spent inside each command ({@code INFO commandstats} deltas, so nothing is reset on a
 * shared server), added up over measurement intervals. Unlike {@link CostMeter}'s {@code INFO cpu},
 * this leaves out reading requests and writing replies. Commands a script runs are listed under
 * their own names as well as inside the script's time. Server-wide, like {@link CostMeter}.
 */
final class CommandStats {
  private final UnifiedJedis redis;
  private Map<String, long[]> start;
  private final Map<String, long[]> total = new TreeMap<>();

  CommandStats(UnifiedJedis redis) {
    this.redis = redis;
  }

  void start() {
    start = snapshot();
  }

  void stop() {
    Map<String, long[]> end = snapshot();
    end.forEach(
        (command, now) -> {
          long[] before = start.getOrDefault(command, new long[2]);
          long[] sum = total.computeIfAbsent(command, c -> new long[2]);
          sum[0] += now[0] - before[0];
          sum[1] += now[1] - before[1];
        });
  }

  /** Calls and µs inside Redis per operation, per command ({@code info} calls left out). */
  String report(String label, long ops) {
    StringBuilder line = new StringBuilder("[commandstats] ").append(label).append(':');
    total.forEach(
        (command, sum) -> {
          if (sum[0] > 0 && !command.equals("info")) {
            line.append(
                String.format(
                    " %s %.3f calls/op %.1f us/op;",
                    command, (double) sum[0] / ops, (double) sum[1] / ops));
          }
        });
    return line.toString();
  }

  private Map<String, long[]> snapshot() {
    Map<String, long[]> stats = new TreeMap<>();
    for (String line : redis.info("commandstats").split("\r?\n")) {
      if (!line.startsWith("cmdstat_")) {
        continue;
      }
      int colon = line.indexOf(':');
      long calls = 0;
      long usec = 0;
      for (String field : line.substring(colon + 1).split(",")) {
        if (field.startsWith("calls=")) {
          calls = Long.parseLong(field.substring(6));
        } else if (field.startsWith("usec=")) {
          usec = Long.parseLong(field.substring(5));
        }
      }
      stats.put(line.substring("cmdstat_".length(), colon), new long[] {calls, usec});
    }
    return stats;
  }
}
