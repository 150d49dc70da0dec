package io.redifu.bench;

import io.redifu.runtime.EntityCodec;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.codec.JsonCodecs;
import io.redifu.runtime.internal.model.KeySchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import redis.clients.jedis.RedisClient;

/**
 * The {@value BenchData#ACCOUNTS} accounts of {@link NearCacheEntityBenchmark} on a real Redis,
 * read one by randId by each {@code strategy}:
 *
 * <ul>
 *   <li>{@code redifuNearCache}: {@code BenchAccountCache.get} with a near cache on {@link
 *       BenchAccount} (default limits); each hit returns the caller's own copy.
 *   <li>{@code redissonShared}: Redisson's {@code RLocalCachedMap} holding decoded accounts; each
 *       hit returns the same shared instance ({@link RedissonLocalAccounts#sharedValues}).
 *   <li>{@code redissonSharedObjectKeys}: the same with {@code useObjectAsCacheKey(true)},
 *       Redisson's cheapest hit ({@link RedissonLocalAccounts#sharedValuesObjectKeys}).
 *   <li>{@code redissonDecoded}: the same map holding the JSON, decoded by the generated codec on
 *       each hit: a new instance, like redifu ({@link RedissonLocalAccounts#decodedEachGet}).
 *   <li>{@code redifuRemote}: {@code BenchAccountCache.get} without a near cache: 1 round trip.
 * </ul>
 *
 * <p>Before timing, every account is read once (which fills the local caches) and checked field for
 * field; then a pass over all positions must make no Redis key reads with a local cache and one per
 * get without, so the timed gets are hits.
 */
@State(Scope.Benchmark)
public class NearCacheAccounts {
  /** Account positions in the shared sequence (a power of two). */
  static final int POSITIONS = 4_096;

  private static final EntityCodec<BenchAccount> CODEC = BenchAccountCodec.create();

  @Param({
    "redifuNearCache",
    "redissonShared",
    "redissonSharedObjectKeys",
    "redissonDecoded",
    "redifuRemote"
  })
  String strategy;

  /** The randId each position reads: uniform over the accounts. */
  String[] ids;

  /** Reads one account by randId. */
  Function<String, BenchAccount> get;

  private RedissonLocalAccounts<?> redisson;

  private List<BenchAccount> accounts;
  private Redifu redifu;
  private RedisClient raw;

  @Setup(Level.Trial)
  public void setUp() {
    String url = System.getenv().getOrDefault("REDIFU_REDIS_URL", "redis://127.0.0.1:6379");
    raw = RedisClient.create(url);
    accounts = BenchData.accounts(BenchData.ACCOUNTS);
    deleteEverything(); // leftovers of an interrupted run
    SplittableRandom random = new SplittableRandom(11);
    ids = new String[POSITIONS];
    for (int p = 0; p < POSITIONS; p++) {
      ids[p] = accounts.get(random.nextInt(accounts.size())).getRandId();
    }
    switch (strategy) {
      case "redissonShared", "redissonSharedObjectKeys", "redissonDecoded" -> {
        redisson =
            switch (strategy) {
              case "redissonShared" -> RedissonLocalAccounts.sharedValues(url);
              case "redissonSharedObjectKeys" -> RedissonLocalAccounts.sharedValuesObjectKeys(url);
              default -> RedissonLocalAccounts.decodedEachGet(url);
            };
        redisson.seed(accounts);
        get = redisson::get;
      }
      case "redifuNearCache", "redifuRemote" -> {
        Redifu.Builder builder = Redifu.builder().redis(url);
        redifu =
            strategy.equals("redifuNearCache")
                ? builder.nearCache(BenchAccount.class).build()
                : builder.build();
        BenchAccountCache cache = BenchAccountCache.create(redifu);
        cache.setAll(accounts);
        get = id -> cache.get(id).orElseThrow();
      }
      default -> throw new IllegalArgumentException("no strategy " + strategy);
    }
    check(!strategy.equals("redifuRemote"));
  }

  private void check(boolean local) {
    for (BenchAccount expected : accounts) {
      BenchAccount got = get.apply(expected.getRandId());
      if (!Arrays.equals(JsonCodecs.encode(CODEC, got), JsonCodecs.encode(CODEC, expected))) {
        throw new IllegalStateException(
            strategy + ": account " + expected.getRandId() + " differs");
      }
    }
    long before = NearCacheChecks.keyReads(raw);
    for (String id : ids) {
      get.apply(id);
    }
    double reads = (double) (NearCacheChecks.keyReads(raw) - before) / POSITIONS;
    boolean shared = get.apply(ids[0]) == get.apply(ids[0]);
    System.out.printf(
        "%n[nearcache-check] %s: Redis key reads %.3f/get, two gets of one id return %s%n",
        strategy, reads, shared ? "one shared instance" : "two instances");
    if (local ? reads != 0 : reads != 1) {
      throw new IllegalStateException(strategy + " made " + reads + " Redis key reads per get");
    }
    if (strategy.startsWith("redifu") && shared) {
      throw new IllegalStateException(strategy + " returned one instance to two gets");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (redisson != null) {
      redisson.close();
    }
    if (redifu != null) {
      redifu.close();
    }
    deleteEverything();
    raw.close();
  }

  private void deleteEverything() {
    List<String> keys = new ArrayList<>();
    for (BenchAccount account : accounts) {
      String key = BenchAccountCache.key(account.getRandId());
      keys.add(key);
      keys.add(KeySchema.missingMarker(key));
    }
    raw.del(keys.toArray(new String[0]));
    Peers.deletePrefix(raw, RedissonLocalAccounts.MAP);
  }
}
