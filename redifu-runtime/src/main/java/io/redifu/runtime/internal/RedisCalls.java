package io.redifu.runtime.internal;

import io.redifu.runtime.RedisUnavailableException;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/** Runs Redis calls and turns connection failures into {@link RedisUnavailableException}. */
public final class RedisCalls {
  private RedisCalls() {}

  public static <R> R call(String operation, Supplier<R> call) {
    try {
      return call.get();
    } catch (JedisConnectionException e) {
      throw new RedisUnavailableException(operation + " failed: Redis is unreachable", e);
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
