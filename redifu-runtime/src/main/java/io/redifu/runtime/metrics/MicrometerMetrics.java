package io.redifu.runtime.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.redifu.runtime.MetricsListener;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Reports redifu's activity to a Micrometer {@link MeterRegistry}. Meters, all tagged {@code
 * entity} and {@code collection}:
 *
 * <ul>
 *   <li>{@code redifu.cache.hits}, {@code redifu.cache.misses}, {@code
 *       redifu.cache.missing.markers}, {@code redifu.documents.missing}, {@code
 *       redifu.round.trips}: counters, also tagged {@code op};
 *   <li>{@code redifu.errors}: counter tagged {@code op} and {@code type} (the exception's simple
 *       class name);
 *   <li>{@code redifu.seeds}: timer of seeds and loads from SQL; {@code redifu.seed.rows}: counter
 *       of the entities they cached;
 *   <li>{@code redifu.seed.flight.waits}: timer of waits for another caller's seed.
 * </ul>
 *
 * Micrometer is an optional dependency of redifu: this class is the only one that needs it.
 */
public final class MicrometerMetrics implements MetricsListener {
  private final MeterRegistry registry;
  private final Map<MeterKey, Counter> counters = new ConcurrentHashMap<>();
  private final Map<MeterKey, Timer> timers = new ConcurrentHashMap<>();

  public MicrometerMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void hits(String entity, String collection, String op, int count) {
    counter("redifu.cache.hits", entity, collection, op).increment(count);
  }

  @Override
  public void misses(String entity, String collection, String op, int count) {
    counter("redifu.cache.misses", entity, collection, op).increment(count);
  }

  @Override
  public void missingMarkerHits(String entity, String collection, String op, int count) {
    counter("redifu.cache.missing.markers", entity, collection, op).increment(count);
  }

  @Override
  public void documentsMissing(String entity, String collection, String op, int count) {
    counter("redifu.documents.missing", entity, collection, op).increment(count);
  }

  @Override
  public void roundTrips(String entity, String collection, String op, int count) {
    counter("redifu.round.trips", entity, collection, op).increment(count);
  }

  @Override
  public void seeded(String entity, String collection, int rows, long nanos) {
    timer("redifu.seeds", entity, collection).record(Duration.ofNanos(nanos));
    counter("redifu.seed.rows", entity, collection, null).increment(rows);
  }

  @Override
  public void flightWaited(String entity, String collection, long nanos) {
    timer("redifu.seed.flight.waits", entity, collection).record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void error(String entity, String collection, String op, RuntimeException error) {
    Counter.builder("redifu.errors")
        .description("redifu operations that failed, by exception type")
        .tags("entity", entity, "collection", collection, "op", op)
        .tag("type", error.getClass().getSimpleName())
        .register(registry)
        .increment();
  }

  private Counter counter(String name, String entity, String collection, String op) {
    return counters.computeIfAbsent(
        new MeterKey(name, entity, collection, op),
        key -> {
          Counter.Builder builder =
              Counter.builder(name).tags("entity", entity, "collection", collection);
          return (op == null ? builder : builder.tag("op", op)).register(registry);
        });
  }

  private Timer timer(String name, String entity, String collection) {
    return timers.computeIfAbsent(
        new MeterKey(name, entity, collection, null),
        key ->
            Timer.builder(name)
                .tags("entity", entity, "collection", collection)
                .register(registry));
  }

  private record MeterKey(String name, String entity, String collection, String op) {}
}
