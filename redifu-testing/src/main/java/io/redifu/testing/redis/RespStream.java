package io.redifu.testing.redis;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds where top-level RESP values (requests from a client, replies from Redis) begin and end in a
 * byte stream that arrives in arbitrary chunks. Understands RESP2 and RESP3 framing; does not keep
 * the values.
 */
final class RespStream {
  /** Remaining children of each open aggregate (array, map, set, push, attribute). */
  private final Deque<Long> open = new ArrayDeque<>();

  private final StringBuilder header = new StringBuilder();
  private long payload; // bytes of a bulk value (plus its CRLF) still to pass
  private boolean inValue;

  /** Receives the events of the top-level values found while feeding. */
  interface Listener {
    void valueStarted();

    void valueCompleted();
  }

  void feed(byte[] bytes, int length, Listener listener) {
    for (int i = 0; i < length; i++) {
      if (payload > 0) {
        long take = Math.min(payload, length - i);
        payload -= take;
        i += (int) take - 1;
        if (payload == 0) {
          completed(listener);
        }
        continue;
      }
      if (!inValue) {
        inValue = true;
        listener.valueStarted();
      }
      char c = (char) (bytes[i] & 0xff);
      header.append(c);
      if (c == '\n' && header.length() >= 2 && header.charAt(header.length() - 2) == '\r') {
        parseHeader(listener);
        header.setLength(0);
      }
    }
  }

  private void parseHeader(Listener listener) {
    char type = header.charAt(0);
    String argument = header.substring(1, header.length() - 2);
    switch (type) {
      case '*', '~', '>' -> aggregate(Long.parseLong(argument), listener);
      case '%', '|' -> aggregate(2 * Long.parseLong(argument), listener);
      case '$', '=', '!' -> {
        long size = Long.parseLong(argument);
        if (size < 0) {
          completed(listener);
        } else {
          payload = size + 2;
        }
      }
      default ->
          completed(listener); // simple string, error, integer, null, double, boolean, big number
    }
  }

  private void aggregate(long children, RespStream.Listener listener) {
    if (children <= 0) {
      completed(listener);
    } else {
      open.push(children);
    }
  }

  /** A value ended: count it against its aggregate, which may end in turn. */
  private void completed(Listener listener) {
    while (!open.isEmpty()) {
      long remaining = open.pop() - 1;
      if (remaining > 0) {
        open.push(remaining);
        return;
      }
    }
    inValue = false;
    listener.valueCompleted();
  }
}
