package io.redifu.bench;

import java.lang.management.ManagementFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * Per-operation costs that JMH does not report: client CPU (this JVM's process CPU time, JIT and GC
 * included), Redis CPU ({@code INFO cpu}: used_cpu_user + used_cpu_sys) and Redis commands ({@code
 * INFO stats}: total_commands_processed). The Redis figures are server-wide, so they include any
 * other client of the same server.
 */
final class CostMeter {
  private final UnifiedJedis redis;
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private Snapshot start;
  private long ops;
  private long clientNanos;
  private double redisSeconds;
  private long commands;

  CostMeter(UnifiedJedis redis) {
    this.redis = redis;
  }

  void start() {
    start = snapshot();
  }

  /** Ends an interval in which {@code intervalOps} operations ran. */
  void stop(long intervalOps) {
    Snapshot end = snapshot();
    ops += intervalOps;
    clientNanos += end.clientNanos - start.clientNanos;
    redisSeconds += end.redisSeconds - start.redisSeconds;
    commands += end.commands - start.commands - 2; // the two INFO calls of one snapshot
  }

  String report(String label) {
    return String.format(
        "[cost] %s: %d ops, client CPU %.1f us/op, Redis CPU %.1f us/op, Redis commands %.3f/op",
        label, ops, clientNanos / 1e3 / ops, redisSeconds * 1e6 / ops, (double) commands / ops);
  }

  private Snapshot snapshot() {
    String cpu = redis.info("cpu");
    String stats = redis.info("stats");
    return new Snapshot(
        os.getProcessCpuTime(),
        field(cpu, "used_cpu_user") + field(cpu, "used_cpu_sys"),
        (long) field(stats, "total_commands_processed"));
  }

  /** A numeric field of an {@code INFO} section's text. */
  static double field(String info, String name) {
    for (String line : info.split("\r?\n")) {
      if (line.startsWith(name + ":")) {
        return Double.parseDouble(line.substring(name.length() + 1).trim());
      }
    }
    throw new IllegalStateException("INFO has no " + name);
  }

  private record Snapshot(long clientNanos, double redisSeconds, long commands) {}
}
