/**
 * Redis processes and instruments for tests: {@link io.redifu.testing.redis.RedisProcess} (a
 * private {@code redis-server} or Sentinel), {@link io.redifu.testing.redis.LocalCluster} (a
 * 3-master Redis Cluster) with {@link io.redifu.testing.redis.ClusterSlots} (moving slots by hand),
 * and {@link io.redifu.testing.redis.RoundTripCounter} (a relay that counts round trips). Nothing
 * here knows redifu: only Jedis and the wire protocol.
 */
package io.redifu.testing.redis;
