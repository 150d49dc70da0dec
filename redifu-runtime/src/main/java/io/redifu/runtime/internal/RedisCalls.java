package io.redifu.runtime.internal;

import io.redifu.runtime.RedisUnavailableException;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Runs Redis calls and turns connection, authentication and pool-exhaustion failures into {@link
 * RedisUnavailableException}.
 */
public final class RedisCalls {
  private RedisCalls() {}

  public static <R> R call(String operation, Supplier<R> call) {
    try {
      return call.get();
    } catch (JedisConnectionException e) {
      throw new RedisUnavailableException(operation + " failed: Redis is unreachable", e);
    } catch (JedisAccessControlException e) {
      // WRONGPASS / NOAUTH while a pooled connection authenticates, NOPERM for an ACL user
      // lacking a command or key: the configured credentials cannot be used.
      throw new RedisUnavailableException(
          operation
              + " failed: Redis refused the credentials (authentication or ACL permission): "
              + e.getMessage(),
          e);
    } catch (JedisException e) {
      if (e.getCause() instanceof NoSuchElementException) {
        throw new RedisUnavailableException(
            operation + " failed: no pooled Redis connection became free in time", e);
      }
      throw e;
    }
  }

  public static void run(String operation, Runnable call) {
    call(
        operation,
        () -> {
          call.run();
          return null;
        });
  }
}
