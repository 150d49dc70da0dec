package io.redifu.runtime.internal.codec;

import java.nio.charset.StandardCharsets;

/**
 * The one place text becomes bytes for Redis and back, in the manner of Jedis's {@code
 * SafeEncoder}: keys, documents, script arguments and replies are UTF-8 (ASCII text, such as
 * numbers and flags, encodes to the same bytes).
 */
public final class Bytes {
  private Bytes() {}

  public static byte[] encode(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] encode(long number) {
    return encode(Long.toString(number));
  }

  public static String decode(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
