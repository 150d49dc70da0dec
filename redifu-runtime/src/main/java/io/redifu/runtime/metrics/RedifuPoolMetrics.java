package io.redifu.runtime.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.redis.ConnectionPools;
import java.util.Objects;
import java.util.function.ToIntFunction;
import org.apache.commons.pool2.impl.GenericObjectPool;

/**
 * Gauges of the connection pool a built {@link Redifu} runs on, bound like any Micrometer {@link
 * MeterBinder}: {@code new RedifuPoolMetrics(redifu).bindTo(registry)} (Spring Boot binds every
 * {@code MeterBinder} bean by itself).
 *
 * <ul>
 *   <li>{@code redifu.pool.active}: connections lent out now;
 *   <li>{@code redifu.pool.idle}: connections idle in the pool;
 *   <li>{@code redifu.pool.waiting}: threads waiting for a connection (above 0, the pool is too
 *       small or Redis too slow);
 *   <li>{@code redifu.pool.max}: the most connections the pool opens.
 * </ul>
 *
 * On a Redis Cluster each node has its own pool: the gauges sum them (nodes found later count too).
 * Gauges are read when the registry is scraped. They need a client whose pool Jedis shows: a
 * standalone or cluster client; for any other (e.g. Sentinel) nothing is registered.
 */
public final class RedifuPoolMetrics implements MeterBinder {
  private final Redifu redifu;
  private final Iterable<Tag> tags;

  /** Gauges of {@code redifu}'s pool, untagged. */
  public RedifuPoolMetrics(Redifu redifu) {
    this(redifu, Tags.empty());
  }

  /** Gauges tagged {@code tags}, e.g. {@code Tags.of("redis", "feeds")} for a second instance. */
  public RedifuPoolMetrics(Redifu redifu, Iterable<Tag> tags) {
    this.redifu = Objects.requireNonNull(redifu, "redifu");
    this.tags = Objects.requireNonNull(tags, "tags");
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    ConnectionPools pools = ConnectionPools.of(redifu.client());
    if (!pools.visible()) {
      return;
    }
    gauge(
        registry,
        pools,
        "redifu.pool.active",
        "connections lent out",
        GenericObjectPool::getNumActive);
    gauge(registry, pools, "redifu.pool.idle", "idle connections", GenericObjectPool::getNumIdle);
    gauge(
        registry,
        pools,
        "redifu.pool.waiting",
        "threads waiting for a connection",
        GenericObjectPool::getNumWaiters);
    gauge(registry, pools, "redifu.pool.max", "most connections", GenericObjectPool::getMaxTotal);
  }

  private void gauge(
      MeterRegistry registry,
      ConnectionPools pools,
      String name,
      String description,
      ToIntFunction<GenericObjectPool<?>> value) {
    Gauge.builder(name, pools, p -> p.sum(value))
        .description(description)
        .tags(tags)
        .strongReference(true)
        .register(registry);
  }
}
