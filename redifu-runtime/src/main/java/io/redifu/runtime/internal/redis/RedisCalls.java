package io.redifu.runtime.internal.redis;

import io.redifu.runtime.RedisUnavailableException;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Runs Redis calls and turns connection, authentication, pool-exhaustion and read-only-replica
 * failures into {@link RedisUnavailableException}. Stores call it through their {@link Meter}.
 */
final class RedisCalls {
  private RedisCalls() {}

  /** Runs {@code call}, operation {@code op} of the store {@code name}. */
  static <R> R call(String name, String op, Supplier<R> call) {
    try {
      return call.get();
    } catch (JedisException e) {
      throw translate(name + "." + op, e);
    }
  }

  private static RuntimeException translate(String operation, JedisException e) {
    if (e instanceof JedisConnectionException) {
      return new RedisUnavailableException(operation + " failed: Redis is unreachable", e);
    }
    if (e instanceof JedisAccessControlException) {
      // WRONGPASS / NOAUTH while a pooled connection authenticates, NOPERM for an ACL user
      // lacking a command or key: the configured credentials cannot be used.
      return new RedisUnavailableException(
          operation
              + " failed: Redis refused the credentials (authentication or ACL permission): "
              + e.getMessage(),
          e);
    }
    if (e.getMessage() != null && e.getMessage().startsWith("READONLY")) {
      // a replica answered: after a Sentinel failover, a connection opened before the switch
      return new RedisUnavailableException(
          operation + " failed: the server is a read-only replica now (a failover?); retry", e);
    }
    if (e.getCause() instanceof NoSuchElementException) {
      return new RedisUnavailableException(
          operation + " failed: no pooled Redis connection became free in time", e);
    }
    return e;
  }
}
