package io.redifu.runtime.internal.document;

import io.redifu.runtime.RedisUnavailableException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Coalesces concurrent calls for one key inside this JVM: the first caller runs the work, the
 * others wait for its result (or its exception), each at most its own {@code maxWait}. Once it
 * completes, the next call runs again. Every caller gets the same result object, so results must be
 * immutable or never changed (bytes, counts), never an entity a caller may edit.
 */
public final class SingleFlight<V> {
  private final ConcurrentMap<Object, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();

  /**
   * Runs {@code work}, or waits for the run already in flight for {@code key}. A waiter that waited
   * {@code maxWait} in vain, or was interrupted (its interrupt flag is then set again), gets a
   * {@link RedisUnavailableException} naming {@code what}; the run goes on for the others.
   */
  public V run(Object key, Duration maxWait, String what, Supplier<V> work) {
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      return await(running, maxWait, what);
    }
    V value;
    try {
      value = work.get();
    } catch (RuntimeException | Error e) {
      finish(key, mine).completeExceptionally(e);
      throw e;
    }
    finish(key, mine).complete(value);
    return value;
  }

  /**
   * Ends {@code mine}'s flight before it completes: a waiter woken by the completion that calls
   * again at once (a retry after a failure) must start a new run, never join the finished one.
   */
  private CompletableFuture<V> finish(Object key, CompletableFuture<V> mine) {
    inFlight.remove(key, mine);
    return mine;
  }

  private static <V> V await(CompletableFuture<V> running, Duration maxWait, String what) {
    long millis = maxWait.toMillis();
    try {
      return running.get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new RedisUnavailableException(
          what + ": waited " + millis + " ms (the timeout) for another thread's run; gave up", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RedisUnavailableException(
          what + ": interrupted while waiting for another thread's run", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(what + " failed", e.getCause());
    }
  }
}
