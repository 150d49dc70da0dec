package io.redifu.runtime.internal;

import java.nio.charset.StandardCharsets;

/** Key parameters, key names and their bytes: the one place where keys are checked and encoded. */
public final class Keys {
  private Keys() {}

  /**
   * Returns {@code value} if it can be placed in a key; otherwise throws an {@link
   * IllegalArgumentException} naming {@code parameter}. Braces are refused because Redis Cluster
   * would read them as a hash tag and move the key to another slot.
   */
  public static String requireParam(String parameter, String value) {
    if (value == null) {
      throw new IllegalArgumentException(parameter + " must not be null");
    }
    if (value.isEmpty()) {
      throw new IllegalArgumentException(parameter + " must not be empty");
    }
    if (value.indexOf('{') >= 0 || value.indexOf('}') >= 0) {
      throw new IllegalArgumentException(
          parameter + " \"" + value + "\" must not contain '{' or '}' (they form Redis hash tags)");
    }
    return value;
  }

  /**
   * The missing marker of a document key. The document key in braces is the marker's hash tag, so
   * marker and document always share a slot and one script can update both, on a cluster too.
   */
  public static String missingMarker(String documentKey) {
    return "{" + documentKey + "}:missing";
  }

  public static byte[] bytes(String key) {
    return key.getBytes(StandardCharsets.UTF_8);
  }

  public static String string(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
