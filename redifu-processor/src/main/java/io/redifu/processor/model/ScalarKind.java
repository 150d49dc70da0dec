package io.redifu.processor.model;

/**
 * Types stored as one JSON scalar. The primitive ones also exist boxed. Each constant's name is
 * also the name of the runtime's column reader of the kind ({@code SqlValues.INT}, ...).
 */
public enum ScalarKind {
  BOOLEAN("Boolean"),
  BYTE("Byte"),
  SHORT("Short"),
  INT("Int"),
  LONG("Long"),
  FLOAT("Float"),
  DOUBLE("Double"),
  CHAR("Char"),
  STRING("String"),
  BIG_DECIMAL("BigDecimal"),
  BIG_INTEGER("BigInteger"),
  UUID("Uuid"),
  INSTANT("Instant"),
  LOCAL_DATE("LocalDate"),
  LOCAL_DATE_TIME("LocalDateTime"),
  OFFSET_DATE_TIME("OffsetDateTime");

  private final String methodSuffix;

  ScalarKind(String methodSuffix) {
    this.methodSuffix = methodSuffix;
  }

  /**
   * Suffix of the runtime helper methods for this kind, e.g. {@code readInt}, {@code writeChar}.
   */
  public String methodSuffix() {
    return methodSuffix;
  }

  /** Whether a Java primitive type exists for this kind. */
  public boolean hasPrimitive() {
    return ordinal() <= CHAR.ordinal();
  }

  /** Whether values are written as ISO-8601 or canonical strings via {@code toString()}. */
  public boolean isText() {
    return ordinal() >= UUID.ordinal();
  }
}
