package io.redifu.processor;

import java.util.Optional;

/**
 * How a {@code @RandIdRef} without {@code field} names the property it fills ({@code authorRandId}
 * fills {@code author}, {@code readerRandIds} fills {@code readers}), and the fixes to suggest when
 * it names none.
 */
final class RelationNames {
  private static final String ONE = "RandId";
  private static final String MANY = "RandIds";

  private RelationNames() {}

  /** The property {@code reference} is named after, or null when it has neither suffix. */
  static String injected(String reference) {
    if (reference.endsWith(MANY) && reference.length() > MANY.length()) {
      return reference.substring(0, reference.length() - MANY.length()) + "s";
    }
    if (reference.endsWith(ONE) && reference.length() > ONE.length()) {
      return reference.substring(0, reference.length() - ONE.length());
    }
    return null;
  }

  /** The fix for a reference whose name names no property; {@code nearest} is likely meant. */
  static String nameFix(Optional<String> nearest, boolean many) {
    if (nearest.isEmpty()) {
      return "Name it after the property it fills (authorRandId fills author, readerRandIds fills"
          + " readers), or set field to that property.";
    }
    String property = nearest.get();
    String reference = reference(property, many);
    String setField = "set field = \"" + property + "\".";
    return reference == null
        ? "S" + setField.substring(1)
        : "Rename it " + reference + ", or " + setField;
  }

  /** The fix for a derived property {@code wanted} that does not exist. */
  static String propertyFix(String wanted, Optional<String> nearest, boolean many) {
    if (nearest.isPresent()) {
      return "Did you mean \""
          + nearest.get()
          + "\"? Rename that property to "
          + wanted
          + ", or set field = \""
          + nearest.get()
          + "\".";
    }
    return "Add a property "
        + wanted
        + (many ? " of type List of an @Entity" : " of an @Entity type")
        + ", or set field to the property that holds the referenced "
        + (many ? "entities." : "entity.");
  }

  /** The fix for a {@code field} that names no property. */
  static String fieldFix(Optional<String> nearest, boolean many) {
    return nearest
        .map(name -> "Did you mean \"" + name + "\"?")
        .orElse(
            "Set field to the property that holds the referenced "
                + (many ? "entities." : "entity."));
  }

  /** The reference name that fills {@code property} without {@code field}, or null if none does. */
  private static String reference(String property, boolean many) {
    if (!many) {
      return property + ONE;
    }
    return property.endsWith("s") ? property.substring(0, property.length() - 1) + MANY : null;
  }
}
