package io.redifu.runtime.internal.seed;

import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.model.KeySchema;
import io.redifu.runtime.internal.redis.Meter;
import io.redifu.runtime.internal.redis.Script;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import redis.clients.jedis.Protocol.Command;
import redis.clients.jedis.UnifiedJedis;

/**
 * The Redis lock on seeding one position of a collection instance: {@code {collection}:lock} for
 * the whole instance (Sorted) or a timeline's top, {@code {collection}:lock:<position>} for a
 * timeline page after an item, a numbered page or a time range, so seeds of different positions
 * never wait for each other and the key keeps the instance's hash tag (its cluster slot). A random
 * token says whose it is: only its owner extends or deletes it, and it lapses by itself (PX) when
 * its owner stops extending it.
 */
public final class SeedLock {
  private static final SecureRandom TOKENS = new SecureRandom();

  /** Sets a new PX (ARGV[2]) only if the lock still holds the caller's token (ARGV[1]). */
  public static final Script RENEW =
      new Script(
          """
          if redis.call('GET', KEYS[1]) == ARGV[1] then
            return redis.call('PEXPIRE', KEYS[1], ARGV[2])
          end
          return 0
          """);

  private final UnifiedJedis client;
  private final Meter meter;
  private final String collection;
  private final String position;
  private final String key;
  private final String token = newToken();

  SeedLock(UnifiedJedis client, Meter meter, String collection, String position) {
    this.client = client;
    this.meter = meter;
    this.collection = collection;
    this.position = position;
    this.key = KeySchema.of(collection).lock(position);
  }

  /** What the lock guards, for messages: the instance, and the position unless it is whole. */
  String describe() {
    return position.isEmpty() ? collection : collection + " (" + position + ")";
  }

  String key() {
    return key;
  }

  /** Takes the lock for {@code leaseMillis} if nobody holds it. */
  @SuppressWarnings("deprecation") // this sendCommand is the one Jedis 6 and 7 share
  boolean tryAcquire(long leaseMillis) {
    // SET NX PX spelled out: SetParams.px(long) is declared differently by Jedis 6 and 7
    Object reply =
        meter.call(
            "lock",
            () ->
                client.sendCommand(
                    key, Command.SET, key, token, "NX", "PX", Long.toString(leaseMillis)));
    return reply != null; // OK, or nil when somebody holds the lock
  }

  /** Whether anybody holds the lock. */
  boolean taken() {
    return meter.call("lock", () -> client.exists(key));
  }

  /** Extends the caller's lock to {@code leaseMillis} from now; false when it is no longer ours. */
  boolean renew(long leaseMillis) {
    Object extended =
        meter.call(
            "lock",
            () ->
                RENEW.eval(
                    client,
                    List.of(Bytes.encode(key)),
                    List.of(Bytes.encode(token), Bytes.encode(Long.toString(leaseMillis)))));
    return Long.valueOf(1).equals(extended);
  }

  /** Deletes the lock if it is still the caller's. */
  void release() {
    meter.run(
        "unlock",
        () ->
            Script.DELETE_IF_EQUAL.eval(
                client, List.of(Bytes.encode(key)), List.of(Bytes.encode(token))));
  }

  private static String newToken() {
    byte[] bytes = new byte[16];
    TOKENS.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
