package io.redifu.runtime.internal;

import io.redifu.runtime.MetricsListener;
import java.util.function.Supplier;

/**
 * One store's line to the application's {@link MetricsListener}, with the store's tags: every Redis
 * call a store makes goes through {@link #call}, which counts it as a round trip, reports failures,
 * and names the store and operation in the exception (see {@link RedisCalls}).
 */
final class Meter {
  private final MetricsListener listener;
  private final String entity;
  private final String collection;

  /** The store's name in messages: the collection's, else the entity's. */
  private final String name;

  private Meter(MetricsListener listener, String entity, String collection) {
    this.listener = listener;
    this.entity = entity;
    this.collection = collection;
    this.name = collection.equals(MetricsListener.NO_COLLECTION) ? entity : collection;
  }

  /** Entity operations of {@code entity}. */
  static Meter entity(MetricsListener listener, String entity) {
    return new Meter(listener, entity, MetricsListener.NO_COLLECTION);
  }

  /** Operations of the collection {@code collection} of {@code entity}. */
  static Meter collection(MetricsListener listener, String entity, String collection) {
    return new Meter(listener, entity, collection);
  }

  String name() {
    return name;
  }

  /** Runs one Redis request (a command, pipeline or script) of operation {@code op}. */
  <R> R call(String op, Supplier<R> request) {
    try {
      return RedisCalls.call(name, op, request);
    } catch (RuntimeException e) {
      listener.error(entity, collection, op, e);
      throw e;
    } finally {
      listener.roundTrips(entity, collection, op, 1);
    }
  }

  void run(String op, Runnable request) {
    call(
        op,
        () -> {
          request.run();
          return null;
        });
  }

  void hits(String op, int count) {
    if (count > 0) {
      listener.hits(entity, collection, op, count);
    }
  }

  void misses(String op, int count) {
    if (count > 0) {
      listener.misses(entity, collection, op, count);
    }
  }

  void documentsMissing(String op, int count) {
    if (count > 0) {
      listener.documentsMissing(entity, collection, op, count);
    }
  }

  void missingMarkerHit(String op) {
    listener.missingMarkerHits(entity, collection, op, 1);
  }

  void seeded(int rows, long startNanos) {
    listener.seeded(entity, collection, rows, System.nanoTime() - startNanos);
  }

  void flightWaited(long startNanos) {
    listener.flightWaited(entity, collection, System.nanoTime() - startNanos);
  }

  void error(String op, RuntimeException error) {
    listener.error(entity, collection, op, error);
  }
}
