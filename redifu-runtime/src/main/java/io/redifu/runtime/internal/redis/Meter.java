package io.redifu.runtime.internal.redis;

import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.MetricsListener.Count;
import java.util.function.Supplier;

/**
 * One store's line to the application's {@link MetricsListener}, with the store's tags: every Redis
 * call a store makes goes through {@link #call}, which counts it as a round trip, reports failures,
 * and names the store and operation in the exception (see {@link RedisCalls}).
 */
public final class Meter {
  /** Whether this thread is inside a timed operation: nested ones are part of its time. */
  private static final ThreadLocal<boolean[]> TIMING =
      ThreadLocal.withInitial(() -> new boolean[1]);

  private final MetricsListener listener;
  private final String entity;
  private final String collection;

  /** The cache's kind: {@code entity}, {@code timeline}, {@code sorted}, {@code page}… */
  private final String kind;

  /** The store's name in messages: the collection's, else the entity's. */
  private final String name;

  private Meter(MetricsListener listener, String entity, String collection, String kind) {
    this.listener = listener;
    this.entity = entity;
    this.collection = collection;
    this.kind = kind;
    this.name = collection.equals(MetricsListener.NO_COLLECTION) ? entity : collection;
  }

  /** Entity operations of {@code entity}. */
  public static Meter entity(MetricsListener listener, String entity) {
    return new Meter(listener, entity, MetricsListener.NO_COLLECTION, "entity");
  }

  /** Operations of the collection {@code collection} (of {@code kind}) of {@code entity}. */
  public static Meter collection(
      MetricsListener listener, String entity, String collection, String kind) {
    return new Meter(listener, entity, collection, kind);
  }

  public String name() {
    return name;
  }

  /**
   * Runs {@code body}, one call the application made, and reports its time and outcome; calls it
   * makes itself are part of that time and not reported again.
   */
  public <R> R timed(String op, Supplier<R> body) {
    boolean[] timing = TIMING.get();
    if (timing[0]) {
      return body.get();
    }
    timing[0] = true;
    long start = System.nanoTime();
    String outcome = "error";
    try {
      R result = body.get();
      outcome = "success";
      return result;
    } finally {
      timing[0] = false;
      listener.operation(entity, collection, kind, op, outcome, System.nanoTime() - start);
    }
  }

  public void timedRun(String op, Runnable body) {
    timed(op, returningNull(body));
  }

  /** Runs one Redis request (a command, pipeline or script) of operation {@code op}. */
  public <R> R call(String op, Supplier<R> request) {
    try {
      return RedisCalls.call(name, op, request);
    } catch (RuntimeException e) {
      listener.error(entity, collection, op, e);
      throw e;
    } finally {
      listener.counted(Count.ROUND_TRIPS, entity, collection, op, 1);
    }
  }

  public void run(String op, Runnable request) {
    call(op, returningNull(request));
  }

  private static Supplier<Void> returningNull(Runnable body) {
    return () -> {
      body.run();
      return null;
    };
  }

  /** Reports {@code count} events of kind {@code what} in operation {@code op}, if any. */
  public void count(Count what, String op, int count) {
    if (count > 0) {
      listener.counted(what, entity, collection, op, count);
    }
  }

  public void seeded(int rows, long startNanos) {
    listener.seeded(entity, collection, rows, System.nanoTime() - startNanos);
  }

  public void flightWaited(long startNanos) {
    listener.flightWaited(entity, collection, System.nanoTime() - startNanos);
  }

  public void error(String op, RuntimeException error) {
    listener.error(entity, collection, op, error);
  }
}
