package io.redifu.runtime.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.redifu.runtime.MetricsListener;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

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
 *   <li>{@code redifu.seed.flight.waits}: timer of waits for another caller's seed;
 *   <li>{@code redifu.operation}: timer of every call the application made on a cache, also tagged
 *       {@code kind} ({@code entity}, {@code timeline}, {@code sorted}, {@code page}, {@code
 *       timeseries}), {@code op} and {@code outcome} ({@code success}, {@code error});
 *   <li>{@code redifu.documents.undecodable}: counter of documents that no longer decoded and were
 *       treated as absent, tagged {@code op};
 *   <li>{@code redifu.near.hits}, {@code redifu.near.misses}, {@code redifu.near.invalidations},
 *       {@code redifu.near.evictions}: counters of each near cache, and {@code redifu.near.size}:
 *       gauge of its entries (collection {@code none}).
 * </ul>
 *
 * <p>Besides, {@code cache.gets} follows Micrometer's cache conventions (tags {@code cache}: the
 * collection's name, or the entity's for entity operations; {@code cache.manager}: {@code redifu};
 * {@code result}: {@code hit} or {@code miss}), so dashboards made for other caches show redifu's.
 * Connection-pool gauges come from {@link RedifuPoolMetrics}, bound once the {@code Redifu} is
 * built. Tags never hold ids or key parameters.
 *
 * <p>Micrometer is an optional dependency of redifu: only this package needs it.
 */
public final class MicrometerMetrics implements MetricsListener {
  private final MeterRegistry registry;
  private final Map<MeterKey, Counter> counters = new ConcurrentHashMap<>();
  private final Map<MeterKey, Timer> timers = new ConcurrentHashMap<>();
  private final Map<OperationKey, Timer> operations = new ConcurrentHashMap<>();

  public MicrometerMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void counted(Count what, String entity, String collection, String op, int count) {
    counter(what.meterName(), entity, collection, what.taggedWithOp() ? op : null).increment(count);
    switch (what) {
      case HITS -> cacheGets(entity, collection, "hit").increment(count);
      case MISSES -> cacheGets(entity, collection, "miss").increment(count);
      default -> {}
    }
  }

  @Override
  public void operation(
      String entity, String collection, String kind, String op, String outcome, long nanos) {
    operations
        .computeIfAbsent(
            new OperationKey(entity, collection, kind, op, outcome),
            key ->
                Timer.builder("redifu.operation")
                    .description("calls the application made on redifu's caches")
                    .tags("entity", entity, "collection", collection, "kind", kind, "op", op)
                    .tag("outcome", outcome)
                    .register(registry))
        .record(nanos, TimeUnit.NANOSECONDS);
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
  public void nearCacheOpened(String entity, LongSupplier size) {
    Gauge.builder("redifu.near.size", size, LongSupplier::getAsLong)
        .description("entries in the entity's near cache")
        .tags("entity", entity, "collection", NO_COLLECTION)
        .strongReference(true) // the registry is the only holder of the supplier
        .register(registry);
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

  /** {@code cache.gets} as Micrometer's cache binders name it: the cache is the store's name. */
  private Counter cacheGets(String entity, String collection, String result) {
    String cache = collection.equals(NO_COLLECTION) ? entity : collection;
    return counters.computeIfAbsent(
        new MeterKey("cache.gets", cache, result, null),
        key ->
            Counter.builder("cache.gets")
                .description("cache lookups: hit (Redis answered) or miss")
                .tags("cache", cache, "cache.manager", "redifu", "result", result)
                .register(registry));
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

  private record OperationKey(
      String entity, String collection, String kind, String op, String outcome) {}
}
