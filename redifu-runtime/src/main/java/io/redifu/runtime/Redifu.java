package io.redifu.runtime;

import io.redifu.runtime.internal.RuntimeContext;
import io.redifu.runtime.internal.redis.ClientTarget;
import io.redifu.runtime.internal.redis.JedisVersion;
import io.redifu.runtime.internal.redis.RedisClients;
import io.redifu.runtime.internal.redis.RedisUris;
import io.redifu.runtime.internal.redis.TrackingTarget;
import io.redifu.runtime.internal.redis.WriteBatch;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.net.ssl.SSLSocketFactory;
import javax.sql.DataSource;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.UnifiedJedis;

/**
 * Entry point of redifu: the Redis connection (and, for seeding, the SQL data source) that every
 * generated cache uses. Thread-safe; create one per application and close it on shutdown.
 *
 * <pre>{@code
 * Redifu redifu = Redifu.builder().redis("redis://127.0.0.1:6379").build();
 * PostCache posts = PostCache.create(redifu);
 * }</pre>
 */
public final class Redifu implements AutoCloseable {
  static {
    RuntimeContext.register(redifu -> redifu.context);
  }

  private final UnifiedJedis client;
  private final boolean ownsClient;
  private final RedifuSettings settings;
  private final RuntimeContext context;

  private Redifu(
      RedifuSettings settings, UnifiedJedis client, boolean ownsClient, TrackingTarget tracking) {
    this.client = client;
    this.ownsClient = ownsClient;
    this.settings = settings;
    this.context = new RuntimeContext(client, settings, tracking);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The Jedis client redifu runs its commands on: the escape hatch for commands redifu does not
   * offer (inspecting a key's TTL, a health check of your own, keys of your own). Redifu owns the
   * keys its caches render (documents, missing markers, a collection's {@code {key}}, {@code
   * {key}:meta} and the like): writing or deleting them by hand bypasses the generation checks that
   * keep seeds and writes consistent, so change them through the generated caches. Do not close it:
   * {@link #close()} does, when redifu opened it.
   */
  public UnifiedJedis client() {
    return client;
  }

  /** The settings this instance was built with. */
  public RedifuSettings settings() {
    return settings;
  }

  /**
   * Sends every cache write {@code writes} makes on this thread in one pipeline (one round trip),
   * each write still atomic on its own keys and each key receiving its writes in order; e.g. a new
   * post added to many feeds. If {@code writes} throws, nothing is sent. Batches do not nest.
   */
  public void batch(Consumer<? super Batch> writes) {
    WriteBatch.run(client, settings.metrics(), writes);
  }

  /** Closes the Redis client if redifu created it; a client passed to the builder stays open. */
  @Override
  public void close() {
    context.close();
    if (ownsClient) {
      client.close();
    }
  }

  /**
   * Configures a {@link Redifu}: exactly one of {@link #redis(String)}, {@link #cluster}, {@link
   * #sentinel} or {@link #redis(UnifiedJedis)}.
   */
  public static final class Builder {
    private URI uri;
    private Set<HostAndPort> clusterNodes;
    private UnifiedJedis client;
    private ConnectionPoolConfig poolConfig;
    private int maxConnections = 16;
    private Duration timeout = Duration.ofSeconds(2);
    private SSLSocketFactory sslSocketFactory;
    private String clusterUser;
    private String clusterPassword;
    private boolean clusterSsl;
    private String sentinelMaster;
    private Set<HostAndPort> sentinels;
    private String sentinelUser;
    private String sentinelPassword;
    private DataSource dataSource;
    private boolean singleRoundTripReads;
    private int relationDepth = 3;
    private int relationHints = 20_000;
    private MetricsListener metrics = MetricsListener.NONE;
    private Duration missingMarkerTtl = Duration.ofMinutes(1);
    private boolean reloadUndecodableDocuments;
    private final Map<Class<?>, NearCacheLimits> nearCaches = new LinkedHashMap<>();
    private Duration nearCacheHeartbeat = Duration.ofSeconds(1);

    private Builder() {}

    /**
     * Connects to the standalone Redis at {@code uri}: {@code
     * redis://[user:password@]host:port[/db]}, or {@code rediss://...} for TLS (the server's
     * certificate must name the host). Errors show the URI with its password masked.
     */
    public Builder redis(String uri) {
      Objects.requireNonNull(uri, "uri");
      this.uri = RedisUris.parse(uri);
      return this;
    }

    /** See {@link #redis(String)}. */
    public Builder redis(URI uri) {
      Objects.requireNonNull(uri, "uri");
      this.uri = RedisUris.check(uri);
      return this;
    }

    /**
     * Uses a client the caller created and owns (standalone, cluster, or custom). On Jedis 6 it
     * must be a {@code JedisPooled}, {@code JedisCluster} or {@code JedisSentineled}.
     */
    public Builder redis(UnifiedJedis client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Connects to a Redis Cluster through any of its nodes ({@code "host:port"}); the rest are
     * discovered. Collection keys carry their own hash tag, so each collection lives on one node;
     * documents spread over the slots and batch reads group them by slot.
     */
    public Builder cluster(String... nodes) {
      this.clusterNodes = RedisClients.hostsAndPorts("cluster", nodes);
      return this;
    }

    /**
     * The user (null: {@code default}) and password every {@link #cluster} node is opened with. A
     * standalone {@code redis://user:password@…} URI carries its own.
     */
    public Builder clusterCredentials(String user, String password) {
      this.clusterUser = user;
      this.clusterPassword = Objects.requireNonNull(password, "password");
      return this;
    }

    /** TLS to every {@link #cluster} node; a standalone Redis takes {@code rediss://} instead. */
    public Builder clusterSsl(boolean ssl) {
      this.clusterSsl = ssl;
      return this;
    }

    /**
     * Connects to the master that the Redis Sentinels at {@code sentinels} ({@code "host:port"})
     * know as {@code masterName}, and follows it through failovers: after a Sentinel promotes a
     * replica, new connections go to the new master. The Sentinels are asked without credentials;
     * for anything more (Sentinel passwords, TLS) build a {@code JedisSentineled} (or, on Jedis
     * 7.2+, a {@code RedisSentinelClient}) and pass it to {@link #redis(UnifiedJedis)}.
     */
    public Builder sentinel(String masterName, String... sentinels) {
      if (masterName == null || masterName.isBlank()) {
        throw new IllegalArgumentException("sentinel needs the master's name");
      }
      this.sentinelMaster = masterName;
      this.sentinels = RedisClients.hostsAndPorts("sentinel", sentinels);
      return this;
    }

    /**
     * The user (null: {@code default}) and password the {@link #sentinel} master is opened with.
     */
    public Builder sentinelCredentials(String user, String password) {
      this.sentinelUser = user;
      this.sentinelPassword = Objects.requireNonNull(password, "password");
      return this;
    }

    /** TLS socket factory for {@code rediss://}, e.g. one that trusts a private CA. */
    public Builder sslSocketFactory(SSLSocketFactory sslSocketFactory) {
      this.sslSocketFactory = Objects.requireNonNull(sslSocketFactory, "sslSocketFactory");
      return this;
    }

    /**
     * Connect and socket timeout, the longest wait for a free pooled connection, and the longest a
     * {@code getOrLoad} waits for the load another thread of this JVM runs for the same id (default
     * 2 s); at least 1 ms.
     */
    public Builder timeout(Duration timeout) {
      this.timeout = SettingChecks.atLeastMillis("timeout", 1, timeout);
      return this;
    }

    /** Maximum pooled connections (default 16); ignored when a pool config or client is given. */
    public Builder maxConnections(int maxConnections) {
      this.maxConnections = SettingChecks.atLeast("maxConnections", 1, maxConnections);
      return this;
    }

    /** Full control over the connection pool. */
    public Builder poolConfig(ConnectionPoolConfig poolConfig) {
      this.poolConfig = Objects.requireNonNull(poolConfig, "poolConfig");
      return this;
    }

    /**
     * How many levels of {@code @RandIdRef} relations a fetch resolves: 1 = the fetched items' own
     * references, 2 = also the references of those, and so on; each level costs one round trip.
     * Relations beyond the limit stay null, which is also how cycles end. Default 3.
     */
    public Builder relationDepth(int relationDepth) {
      this.relationDepth = SettingChecks.between("relationDepth", 0, 16, relationDepth);
      return this;
    }

    /**
     * How many documents' relation ids each cache of an entity with relations remembers (about 200
     * bytes each). A page whose items are remembered reads its related documents together with its
     * own: one round trip less. The documents stay the truth: a remembered id that no longer
     * matches costs the round trip back, never a wrong value. 0 turns this off. Default 20,000.
     */
    public Builder relationHints(int relationHints) {
      this.relationHints = SettingChecks.atLeast("relationHints", 0, relationHints);
      return this;
    }

    /**
     * How long a missing marker lives: the note that SQL had no row for an id, which spares SQL the
     * same question until it expires (default 1 minute). An entity's {@code @Entity(missingTtl =
     * ...)} overrides it. Keep it short: a row committed after the marker was set stays invisible
     * to {@code getOrLoad} and relation reads until the marker expires or a seed or loader returns
     * the row. Must be at least 1 ms; markers always expire.
     */
    public Builder missingMarkerTtl(Duration missingMarkerTtl) {
      this.missingMarkerTtl = SettingChecks.atLeastMillis("missingMarkerTtl", 1, missingMarkerTtl);
      return this;
    }

    /**
     * What a read does with a cached document that no longer decodes, typically written by an
     * earlier version of the entity class (a field's type changed, say). {@code false} (the
     * default): the read fails with {@link CorruptEntryException}, so a bad deploy shows at once.
     * {@code true}: the document is deleted (unless rewritten meanwhile) and read as absent, so the
     * entity's loader, a collection's seed or the next write stores the current shape; each one is
     * counted ({@link MetricsListener.Count#DOCUMENTS_UNDECODABLE}) and its key logged at WARN
     * once. Without a loader or seed such a read is a miss.
     */
    public Builder reloadUndecodableDocuments(boolean reloadUndecodableDocuments) {
      this.reloadUndecodableDocuments = reloadUndecodableDocuments;
      return this;
    }

    /**
     * When {@code true}, a timeline fetch is one script that returns ids, state and documents: 1
     * round trip instead of 2, at the price of moving documents through Lua (about 50–180 µs of
     * Redis CPU per page of 20, against 5–16 µs for the default MGET). Worth it where a round trip
     * costs more than that; standalone Redis only; not used where a near cache is involved, which
     * reaches one round trip more cheaply. Default {@code false}.
     */
    public Builder singleRoundTripReads(boolean singleRoundTripReads) {
      this.singleRoundTripReads = singleRoundTripReads;
      return this;
    }

    /** A near cache of {@link NearCacheLimits#DEFAULT} for {@code entity}. */
    public Builder nearCache(Class<?> entity) {
      return nearCache(entity, NearCacheLimits.DEFAULT);
    }

    /**
     * Keeps {@code entity}'s documents in this JVM as well, decoded, within {@code limits}: reads
     * that find them there (the entity's own and as a relation) make no round trip. Redis reports
     * every change of their keys, by any client, expiry and eviction included ({@code CLIENT
     * TRACKING}, one extra connection per master); a change is dropped here within the invalidation
     * delay, at once for writes through this {@code Redifu}. While that connection is down the near
     * caches are empty and bypassed. Not for entities with a sliding TTL: hits do not reach Redis
     * to restart it.
     */
    public Builder nearCache(Class<?> entity, NearCacheLimits limits) {
      nearCaches.put(Objects.requireNonNull(entity, "entity"), Objects.requireNonNull(limits));
      return this;
    }

    /**
     * How often the near caches' invalidation connections are pinged (default 1 s); one silent for
     * three of these counts as broken, so this bounds how stale a near cache can be when the
     * network drops without a word.
     */
    public Builder nearCacheHeartbeat(Duration heartbeat) {
      this.nearCacheHeartbeat = SettingChecks.atLeastMillis("nearCacheHeartbeat", 10, heartbeat);
      return this;
    }

    /** The SQL database seeders read from. */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      return this;
    }

    /**
     * Reports every cache's hits, misses, seeds, round trips and errors to {@code metrics}, e.g.
     * {@code new MicrometerMetrics(meterRegistry)}. Default: reports nothing.
     */
    public Builder metrics(MetricsListener metrics) {
      this.metrics = Objects.requireNonNull(metrics, "metrics");
      return this;
    }

    /**
     * Checks the settings and opens the Redis client.
     *
     * @throws IllegalStateException when the settings conflict, or the Jedis on the classpath is
     *     one redifu does not run on (the message names the versions and the fix)
     */
    public Redifu build() {
      JedisVersion.running().requireSupported(); // first: before a class Jedis may lack loads
      ClientTarget target =
          new ClientTarget(
              uri,
              client,
              clusterNodes,
              clusterUser,
              clusterPassword,
              clusterSsl,
              sentinelMaster,
              sentinels,
              sentinelUser,
              sentinelPassword);
      target.check();
      if (singleRoundTripReads && target.cluster()) { // checked before a client is opened
        throw new IllegalStateException(
            "singleRoundTripReads needs a standalone Redis: its scripts read keys of many slots");
      }
      if (!nearCaches.isEmpty() && client != null) {
        throw new IllegalStateException(
            "nearCache needs the connection settings of redis(uri), cluster(...) or sentinel(...);"
                + " with redis(UnifiedJedis) redifu cannot open the invalidation connection");
      }
      RedisClients.Settings clients =
          new RedisClients.Settings(timeout, maxConnections, poolConfig, sslSocketFactory);
      UnifiedJedis opened = target.open(clients);
      RedifuSettings settings =
          new RedifuSettings(
              timeout,
              missingMarkerTtl,
              reloadUndecodableDocuments,
              singleRoundTripReads,
              relationDepth,
              relationHints,
              metrics,
              Optional.ofNullable(dataSource),
              nearCaches,
              nearCacheHeartbeat);
      return new Redifu(settings, opened, client == null, target.tracking(opened, clients));
    }
  }
}
