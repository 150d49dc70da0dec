package io.redifu.runtime.internal.redis;

import io.redifu.runtime.Batch;
import io.redifu.runtime.MetricsListener;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import redis.clients.jedis.UnifiedJedis;

/**
 * Where every cache write goes: straight to Redis, or into the batch open on this thread for the
 * same client ({@code Redifu.batch}), which sends all its writes in one pipeline, each still atomic
 * on its own keys.
 */
public final class WriteBatch implements Batch {
  private static final ThreadLocal<WriteBatch> OPEN = new ThreadLocal<>();

  private final UnifiedJedis client;
  private final List<ScriptCalls.Call> calls = new ArrayList<>();
  private final List<Runnable> afterSent = new ArrayList<>();

  private WriteBatch(UnifiedJedis client) {
    this.client = client;
  }

  /**
   * Runs {@code writes} with a batch open on this thread, then sends what it queued in one round
   * trip. If {@code writes} throws, nothing is sent.
   */
  public static void run(
      UnifiedJedis client, MetricsListener metrics, Consumer<? super Batch> writes) {
    if (writes == null) {
      throw new IllegalArgumentException("writes must not be null");
    }
    if (OPEN.get() != null) {
      throw new IllegalStateException("Redifu.batch cannot be nested on one thread");
    }
    WriteBatch batch = new WriteBatch(client);
    OPEN.set(batch);
    try {
      writes.accept(batch);
    } finally {
      OPEN.remove();
    }
    if (!batch.calls.isEmpty()) {
      Meter meter = Meter.entity(metrics, "Redifu");
      meter.run("batch", () -> ScriptCalls.run(client, batch.calls));
      batch.afterSent.forEach(Runnable::run);
    }
  }

  /** Sends {@code calls} now, or queues them in this thread's open batch on {@code client}. */
  public static void submit(
      UnifiedJedis client, Meter meter, String op, List<ScriptCalls.Call> calls) {
    submit(client, meter, op, calls, () -> {});
  }

  /**
   * Like {@link #submit(UnifiedJedis, Meter, String, List)}, running {@code sent} once Redis has
   * answered {@code calls}: at once, or after the batch is sent.
   */
  public static void submit(
      UnifiedJedis client, Meter meter, String op, List<ScriptCalls.Call> calls, Runnable sent) {
    WriteBatch open = OPEN.get();
    if (open != null && open.client == client) {
      open.calls.addAll(calls);
      open.afterSent.add(sent);
    } else {
      meter.run(op, () -> ScriptCalls.run(client, calls));
      sent.run();
    }
  }

  @Override
  public int size() {
    return calls.size();
  }
}
