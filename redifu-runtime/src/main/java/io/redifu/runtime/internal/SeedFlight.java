package io.redifu.runtime.internal;

import io.redifu.runtime.RedisUnavailableException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Makes concurrent cold requests for one collection instance run its seed query once: threads of
 * this JVM share one flight, and JVMs take a Redis lock ({@code {name}:lock}, random token, PX
 * expiry, released only by its owner). A request that finds the lock taken waits until it is
 * released (at most {@link #WAIT_MILLIS}), then seeds only if the cache still needs it; after the
 * wait it seeds anyway and logs a warning.
 */
final class SeedFlight {
  static final long LOCK_MILLIS = 30_000;
  static final long WAIT_MILLIS = 5_000;
  private static final long POLL_MILLIS = 10;
  private static final Logger LOG = LoggerFactory.getLogger(SeedFlight.class);
  private static final SingleFlight<Integer> FLIGHTS = new SingleFlight<>();
  private static final SecureRandom TOKENS = new SecureRandom();

  /** Deletes the lock only if it still holds the caller's token. */
  static final Script UNLOCK =
      new Script(
          """
          if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
          return 0
          """);

  private SeedFlight() {}

  /**
   * Runs {@code seed} unless another thread or JVM does it first; {@code needed} says whether the
   * cache still lacks what {@code seed} would add; counts as a miss of the collection. Returns the
   * items {@code seed} committed (0 when it did not run).
   */
  static int run(
      UnifiedJedis client,
      Meter meter,
      String collection,
      Object position,
      BooleanSupplier needed,
      IntSupplier seed) {
    meter.misses("fetchOrSeed", 1);
    // a thread of this JVM waits for another's seed as long as the seed lock lives, no longer
    return FLIGHTS.run(
        List.of(client, collection, position),
        Duration.ofMillis(LOCK_MILLIS),
        collection + " seed",
        () -> locked(client, meter, collection, needed, seed));
  }

  private static int locked(
      UnifiedJedis client,
      Meter meter,
      String collection,
      BooleanSupplier needed,
      IntSupplier seed) {
    String lock = "{" + collection + "}:lock";
    String token = HexFormat.of().formatHex(random());
    if (!acquire(client, meter, lock, token)) {
      long waitStart = System.nanoTime();
      boolean released = awaitRelease(client, meter, lock);
      meter.flightWaited(waitStart);
      if (!needed.getAsBoolean()) {
        return 0; // the lock holder seeded what this request needs
      }
      if (!released) {
        LOG.warn(
            "{}: seed lock still held after {} ms; seeding without it", collection, WAIT_MILLIS);
      }
      return seed.getAsInt();
    }
    try {
      return needed.getAsBoolean() ? seed.getAsInt() : 0;
    } finally {
      meter.run(
          "unlock",
          () -> UNLOCK.eval(client, List.of(Keys.bytes(lock)), List.of(Keys.bytes(token))));
    }
  }

  private static byte[] random() {
    byte[] bytes = new byte[16];
    TOKENS.nextBytes(bytes);
    return bytes;
  }

  private static boolean acquire(UnifiedJedis client, Meter meter, String lock, String token) {
    String reply =
        meter.call(
            "lock", () -> client.set(lock, token, SetParams.setParams().nx().px(LOCK_MILLIS)));
    return "OK".equals(reply);
  }

  /** Polls until the lock is gone; false after {@link #WAIT_MILLIS}. */
  private static boolean awaitRelease(UnifiedJedis client, Meter meter, String lock) {
    long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
    while (System.nanoTime() < deadline) {
      if (!meter.call("lock", () -> client.exists(lock))) {
        return true;
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RedisUnavailableException("interrupted while waiting for " + lock, e);
      }
    }
    return false;
  }
}
