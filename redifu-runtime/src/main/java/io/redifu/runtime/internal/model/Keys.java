package io.redifu.runtime.internal.model;

/**
 * Key parameters, key names and their bytes: the one place where keys are checked and encoded.
 *
 * <p>A parameter is placed in a key percent-encoded: {@code %} {@code :} <code>{</code> <code>}
 * </code>, the C0 controls and DEL become {@code %XX} (two upper-case hex digits), everything else
 * stays as it is ({@code org:42:private} → {@code org%3A42%3Aprivate}). So an encoded parameter
 * never holds a {@code :}, the separator of key templates, nor a brace, which would form a Redis
 * Cluster hash tag; ids made by {@code BaseRecord.newRandId()} (letters and digits) and the usual
 * UUIDs, numbers and e-mail addresses are unchanged, so keys stay readable in {@code redis-cli}.
 *
 * <p>Why rendered keys are injective: the encoding is injective (decoding {@code %XX} gives the
 * parameter back), and the processor refuses templates with two placeholders not separated by a
 * {@code :}. Reading a rendered key from the left, each parameter then ends at the first {@code :}
 * after it (or at the template's fixed suffix), so the key gives back every parameter: one template
 * never renders the same key for different parameters. Different templates of one {@code Redifu}
 * are checked by {@link KeySpace}; the keys the runtime derives from a rendered key are injective
 * by their shape (see {@link KeySchema}).
 *
 * <p>Refused, with an {@link IllegalArgumentException} naming the parameter: null, empty, longer
 * than {@value #MAX_PARAM_LENGTH} characters, an unpaired surrogate (it has no UTF-8 form: Java
 * writes it as {@code ?}, so "x" + U+D800 and "x?" would share a key), and U+0000, which SQL text
 * cannot hold (parameters and ids also reach seed queries).
 */
public final class Keys {
  /** The longest parameter a key takes, in UTF-16 characters. */
  public static final int MAX_PARAM_LENGTH = 512;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Keys() {}

  /**
   * {@code value} encoded for a key (see the class comment); the same String when nothing needs
   * encoding, so the common case allocates nothing.
   *
   * @throws IllegalArgumentException naming {@code parameter} if {@code value} is refused
   */
  public static String param(String parameter, String value) {
    int first = check(parameter, value);
    return first < 0 ? value : encode(value, first);
  }

  /**
   * Returns {@code value} unchanged if it can be placed in a key (an id kept as a collection
   * member, say); otherwise throws an {@link IllegalArgumentException} naming {@code parameter}.
   */
  public static String requireParam(String parameter, String value) {
    check(parameter, value);
    return value;
  }

  /** Whether {@code c} is written as {@code %XX} in keys. */
  static boolean encoded(char c) {
    return c < 0x20 || c == 0x7f || c == '%' || c == ':' || c == '{' || c == '}';
  }

  /**
   * Whether {@link #param} can return {@code text} for some parameter: no character that is always
   * encoded, and every {@code %} starts the escape of one that is.
   */
  static boolean isEncodedForm(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          return false;
        }
        int code = hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2));
        if (code < 0 || !encoded((char) code)) {
          return false;
        }
        i += 2;
      } else if (encoded(c)) {
        return false;
      }
    }
    return true;
  }

  /** An upper-case hex digit's value; anything else makes the escape's code negative. */
  private static int hex(char c) {
    int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    return digit < 0 ? -1000 : digit;
  }

  /** Checks {@code value}; returns the index of its first character to encode, or -1. */
  private static int check(String parameter, String value) {
    if (value == null) {
      throw new IllegalArgumentException(parameter + " must not be null");
    }
    if (value.isEmpty()) {
      throw new IllegalArgumentException(parameter + " must not be empty");
    }
    if (value.length() > MAX_PARAM_LENGTH) {
      throw new IllegalArgumentException(
          parameter
              + " is "
              + value.length()
              + " characters long, but a key parameter holds at most "
              + MAX_PARAM_LENGTH);
    }
    int first = -1;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        if (c == 0) {
          throw new IllegalArgumentException(
              parameter + " contains U+0000 at index " + i + ", which SQL text cannot hold");
        }
        if (first < 0 && encoded(c)) {
          first = i;
        }
      } else if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            parameter
                + " contains an unpaired surrogate (U+"
                + Integer.toHexString(c).toUpperCase()
                + ") at index "
                + i
                + ", which has no UTF-8 form; pass well-formed Unicode");
      }
    }
    return first;
  }

  private static String encode(String value, int first) {
    StringBuilder key = new StringBuilder(value.length() + 8);
    key.append(value, 0, first);
    for (int i = first; i < value.length(); i++) {
      char c = value.charAt(i);
      if (encoded(c)) {
        key.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      } else {
        key.append(c);
      }
    }
    return key.toString();
  }
}
