package io.redifu.runtime.internal.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A key template cut at its {@code :}s into fields, each a literal or a placeholder between a
 * literal prefix and suffix. Encoded parameters never hold a {@code :}, so a rendered key has as
 * many {@code :}-separated fields as its template, each rendered from its own field: two templates
 * can render the same key only if they have as many fields and each pair of fields can render the
 * same text. That is what {@link #overlaps} decides.
 */
record KeyShape(String template, List<Field> fields) {
  /**
   * One field: {@code prefix} alone when it is literal, else {@code prefix}, a non-empty encoded
   * parameter, {@code suffix}. (A field with several placeholders, which the processor refuses, is
   * read as one placeholder between the first's prefix and the last's suffix.)
   */
  record Field(String prefix, boolean placeholder, String suffix) {
    boolean canRenderSameAs(Field other) {
      if (!placeholder && !other.placeholder) {
        return prefix.equals(other.prefix);
      }
      if (!placeholder || !other.placeholder) {
        Field literal = placeholder ? other : this;
        Field pattern = placeholder ? this : other;
        String text = literal.prefix;
        int end = text.length() - pattern.suffix.length();
        return end > pattern.prefix.length()
            && text.startsWith(pattern.prefix)
            && text.endsWith(pattern.suffix)
            && Keys.isEncodedForm(text.substring(pattern.prefix.length(), end));
      }
      return (prefix.startsWith(other.prefix) || other.prefix.startsWith(prefix))
          && (suffix.endsWith(other.suffix) || other.suffix.endsWith(suffix));
    }

    /** A text both fields can render; only called when {@link #canRenderSameAs} holds. */
    String common(Field other) {
      if (!placeholder || !other.placeholder) {
        return placeholder ? other.prefix : prefix;
      }
      return longer(prefix, other.prefix) + "x" + longer(suffix, other.suffix);
    }

    private static String longer(String a, String b) {
      return a.length() >= b.length() ? a : b;
    }
  }

  static KeyShape of(String template) {
    List<Field> fields = new ArrayList<>();
    for (String field : template.split(":", -1)) {
      int open = field.indexOf('{');
      fields.add(
          open < 0
              ? new Field(field, false, "")
              : new Field(
                  field.substring(0, open), true, field.substring(field.lastIndexOf('}') + 1)));
    }
    return new KeyShape(template, List.copyOf(fields));
  }

  /** Whether some parameters of this template and of {@code other} render the same key. */
  boolean overlaps(KeyShape other) {
    if (fields.size() != other.fields.size()) {
      return false;
    }
    for (int i = 0; i < fields.size(); i++) {
      if (!fields.get(i).canRenderSameAs(other.fields.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** A key both templates render; only called when {@link #overlaps} holds. */
  String commonKey(KeyShape other) {
    List<String> key = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      key.add(fields.get(i).common(other.fields.get(i)));
    }
    return String.join(":", key);
  }
}
