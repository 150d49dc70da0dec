package io.redifu.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed key template such as {@code "feed:user:{userRandId}:posts"}: literal text and named
 * placeholders, in order. Braces appear only around placeholder names.
 */
public record KeyTemplate(String text, List<Segment> segments) {
  public KeyTemplate {
    segments = List.copyOf(segments);
  }

  /** Literal text, or a placeholder name. */
  public record Segment(String value, boolean placeholder) {}

  /** Why a template cannot be parsed. */
  public static class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedException(String reason) {
      super(reason);
    }
  }

  /** A placeholder appears twice; it could not become one key parameter. */
  public static final class DuplicatePlaceholderException extends MalformedException {
    private static final long serialVersionUID = 1L;
    private final String placeholder;

    DuplicatePlaceholderException(String placeholder) {
      super("placeholder {" + placeholder + "} appears more than once");
      this.placeholder = placeholder;
    }

    /** The repeated placeholder's name. */
    public String placeholder() {
      return placeholder;
    }
  }

  /**
   * Two placeholders with no {@code :} between them: the key would not tell where one value ends
   * ({@code {a}{b}} renders "abc" for "ab", "c" and for "a", "bc"). Parameters are encoded so they
   * never hold a {@code :}; a {@code :} between placeholders is what keeps keys injective.
   */
  public static final class JoinedPlaceholdersException extends MalformedException {
    private static final long serialVersionUID = 1L;
    private final String first;
    private final String second;

    JoinedPlaceholdersException(String first, String second) {
      super("placeholders {" + first + "} and {" + second + "} have no ':' between them");
      this.first = first;
      this.second = second;
    }

    public String first() {
      return first;
    }

    public String second() {
      return second;
    }
  }

  /** Placeholder names in template order. */
  public List<String> placeholders() {
    List<String> names = new ArrayList<>();
    for (Segment segment : segments) {
      if (segment.placeholder()) {
        names.add(segment.value());
      }
    }
    return names;
  }

  public static KeyTemplate parse(String text) throws MalformedException {
    if (text.isBlank()) {
      throw new MalformedException("it is empty");
    }
    List<Segment> segments = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    String previous = null; // the placeholder since the last ':', if any
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('{', i);
      int close = text.indexOf('}', i);
      if (close >= 0 && (open < 0 || close < open)) {
        throw new MalformedException("'}' at position " + close + " closes no placeholder");
      }
      if (open < 0) {
        segments.add(new Segment(text.substring(i), false));
        break;
      }
      if (open > i) {
        segments.add(new Segment(text.substring(i, open), false));
        if (text.substring(i, open).indexOf(':') >= 0) {
          previous = null;
        }
      }
      if (close < 0) {
        throw new MalformedException("'{' at position " + open + " is never closed");
      }
      String name = text.substring(open + 1, close);
      if (!isIdentifier(name)) {
        throw new MalformedException(
            "placeholder {" + name + "} at position " + open + " is not a Java identifier");
      }
      if (!seen.add(name)) {
        throw new DuplicatePlaceholderException(name);
      }
      if (previous != null) {
        throw new JoinedPlaceholdersException(previous, name);
      }
      previous = name;
      segments.add(new Segment(name, true));
      i = close + 1;
    }
    return new KeyTemplate(text, segments);
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (!Character.isJavaIdentifierPart(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
