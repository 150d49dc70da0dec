package io.redifu.runtime.internal.codec;

import java.util.Collection;
import java.util.Iterator;

/**
 * Text from outside (key parameters, ids, document contents) made safe for one line of a log or an
 * exception message: a value can neither end the line and forge the next one, nor flood the log.
 */
public final class LogText {
  /** Longest value shown; the rest is counted, not shown. */
  static final int MAX_CHARS = 200;

  /** Most values of a list shown. */
  static final int MAX_VALUES = 10;

  private LogText() {}

  /**
   * {@code text} on one line: line breaks, tabs, other control characters, Unicode line and
   * paragraph separators and bidirectional overrides written as {@code \n}, {@code \r}, {@code \t}
   * or {@code \}{@code uXXXX}; nothing cut.
   */
  public static String oneLine(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = escape(c);
      if (escape != null && escaped == null) {
        escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (escaped != null) {
        if (escape != null) {
          escaped.append(escape);
        } else {
          escaped.append(c);
        }
      }
    }
    return escaped == null ? text : escaped.toString();
  }

  /** {@code value} on one line, cut after {@value #MAX_CHARS} characters. */
  public static String of(Object value) {
    String text = String.valueOf(value);
    if (text.length() > MAX_CHARS) {
      text = text.substring(0, MAX_CHARS) + "…(" + text.length() + " chars)";
    }
    return oneLine(text);
  }

  /** The first {@value #MAX_VALUES} of {@code values}, each like {@link #of}. */
  public static String list(Collection<?> values) {
    StringBuilder shown = new StringBuilder("[");
    Iterator<?> each = values.iterator();
    for (int i = 0; each.hasNext() && i < MAX_VALUES; i++) {
      shown.append(i == 0 ? "" : ", ").append(of(each.next()));
    }
    if (values.size() > MAX_VALUES) {
      shown.append(", … ").append(values.size() - MAX_VALUES).append(" more");
    }
    return shown.append(']').toString();
  }

  private static String escape(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        boolean separatorOrOverride =
            c == '\u2028'
                || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
        return Character.isISOControl(c) || separatorOrOverride
            ? String.format("\\u%04x", (int) c)
            : null;
    }
  }
}
