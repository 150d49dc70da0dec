package io.redifu.runtime.internal.redis;

import io.redifu.runtime.internal.codec.Bytes;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.Connection;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * One connection that hears, from one Redis node, which keys changed: it turns on {@code CLIENT
 * TRACKING} in broadcasting mode for the given key prefixes, redirected to itself, and subscribes
 * to {@code __redis__:invalidate}. That works in RESP2, so on every Redis from 6.2 and on Valkey,
 * and needs no tracking state on the connections that read: the server reports every write to a key
 * with a tracked prefix, by any client, and expiries, evictions and flushes.
 */
final class TrackingConnection extends Connection {
  static final String CHANNEL = "__redis__:invalidate";

  /** What one message said: the keys that changed, or null when the whole database did. */
  record Message(List<byte[]> keys, boolean all) {}

  TrackingConnection(HostAndPort node, JedisClientConfig config) {
    super(node, config);
  }

  /** Starts tracking {@code prefixes} (none: every key) and subscribes; throws if refused. */
  void track(List<String> prefixes) {
    long id = (Long) executeCommand(new CommandArguments(Protocol.Command.CLIENT).add("ID"));
    CommandArguments tracking =
        new CommandArguments(Protocol.Command.CLIENT)
            .add("TRACKING")
            .add("ON")
            .add("REDIRECT")
            .add(id)
            .add("BCAST");
    for (String prefix : prefixes) {
      tracking.add("PREFIX").add(Bytes.encode(prefix));
    }
    executeCommand(tracking);
    sendCommand(new CommandArguments(Protocol.Command.SUBSCRIBE).add(CHANNEL));
    flush();
    List<Object> confirmation = getUnflushedObjectMultiBulkReply();
    if (!"subscribe".equals(text(confirmation.get(0)))) {
      throw new IllegalStateException("SUBSCRIBE " + CHANNEL + " was answered " + confirmation);
    }
  }

  /**
   * Closes the socket. A server that is gone fails the flush of what is still buffered (a ping
   * whose own flush failed), which is no news: the session failed already, and the supervisor that
   * closes it must go on to open the next one.
   */
  void disconnectQuietly() {
    try {
      disconnect(); // closes the socket even when its flush throws
    } catch (JedisConnectionException e) {
      // the broken connection that ended the session
    }
  }

  /** Asks for a pong, which proves the connection alive; safe beside a blocked {@link #next}. */
  void askPong() {
    sendCommand(Protocol.Command.PING);
    flush();
  }

  /** Blocks for the next invalidation; pongs come back as null. */
  Message next() {
    List<Object> reply = getUnflushedObjectMultiBulkReply();
    if (!"message".equals(text(reply.get(0)))) {
      return null; // "pong"
    }
    Object payload = reply.get(2);
    if (!(payload instanceof List<?> keys)) {
      return new Message(List.of(), true); // a flush: the keys are nil
    }
    List<byte[]> changed = new ArrayList<>(keys.size());
    for (Object key : keys) {
      changed.add((byte[]) key);
    }
    return new Message(changed, false);
  }

  private static String text(Object reply) {
    return reply instanceof byte[] bytes ? Bytes.decode(bytes) : String.valueOf(reply);
  }
}
