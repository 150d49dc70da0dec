package io.redifu.processor.validation;

/**
 * Every message the processor prints. Each has a code, the rule, the offender and the fix, e.g.
 * {@code [Redifu/InvalidTtl] ...}. Every constant has a negative test in the processor's tests.
 */
public enum Diagnostics {
  ENTITY_KIND(
      "EntityKind",
      "@Entity %s is %s, but generated code must create instances of it. Make it a concrete class"
          + " or a record."),
  INNER_CLASS(
      "InnerClass",
      "@Entity %s is an inner class; generated code cannot create it without an enclosing"
          + " instance. Make it static."),
  GENERIC_TYPE(
      "GenericType",
      "%s declares type parameters, but a stored document has one concrete shape. Remove the type"
          + " parameters."),
  NO_CONSTRUCTOR(
      "NoConstructor",
      "%s has no non-private no-argument constructor; generated code creates one for every"
          + " document it reads. Add %s() {} or make it a record."),
  MISSING_RAND_ID(
      "MissingRandId",
      "@Entity %s has no String randId property; the randId names its document. Extend"
          + " io.redifu.runtime.BaseRecord or add a field String randId."),
  PRIVATE_FIELD(
      "PrivateField",
      "%s.%s is private and has no %s; generated code in package %s cannot access it. Make it"
          + " package-private or add %s."),
  FINAL_FIELD(
      "FinalField",
      "%s.%s is final, but the generated codec assigns every stored field when it reads a"
          + " document. Remove final, or mark the field @Transient."),
  HIDDEN_PROPERTY(
      "HiddenProperty",
      "%s.%s hides the stored property %s of %s, but a document has one JSON field per name."
          + " Rename or remove the field, or mark it @Transient."),
  UNSUPPORTED_TYPE(
      "UnsupportedType",
      "%s.%s has type %s, which redifu cannot store as JSON (%s). Use primitives and their boxes,"
          + " String, enums, BigDecimal, BigInteger, UUID, Instant, LocalDate, LocalDateTime,"
          + " OffsetDateTime, List/Set/Map of those, or a nested class; or mark the field"
          + " @Transient."),
  EMBEDDED_ENTITY(
      "EmbeddedEntity",
      "%s.%s has the @Entity type %s, but entities are stored once, never copied into another"
          + " document. Store the id instead (String %sRandId), or mark the field @Transient."),
  RELATION_REFERENCE_TYPE(
      "RelationReferenceType",
      "@RandIdRef on %s.%s has type %s, but a reference holds randIds: a String for one entity, a"
          + " List<String> for several. Change its type to String or List<String>."),
  RELATION_NAME(
      "RelationName",
      "@RandIdRef on %s.%s does not say which property it fills: its name does not end in RandId"
          + " or RandIds, and field is not set. %s"),
  RELATION_PROPERTY_MISSING(
      "RelationPropertyMissing",
      "@RandIdRef on %s.%s fills the property named after it, %s, which does not exist in %s. %s"),
  RELATION_TARGET_MISSING(
      "RelationTargetMissing",
      "@RandIdRef on %s.%s names field \"%s\", which does not exist in %s. %s"),
  RELATION_TARGET_TYPE(
      "RelationTargetType",
      "@RandIdRef on %s.%s fills %s.%s of type %s, which is not %s; fetches put the referenced %s"
          + " there. Declare %s with %s."),
  RELATION_CARDINALITY(
      "RelationCardinality",
      "@RandIdRef on %s.%s references %s, but %s.%s of type %s holds %s. Make both single (String"
          + " and an @Entity) or both lists (List<String> and a List of an @Entity)."),
  DUPLICATE_RELATION(
      "DuplicateRelation",
      "@RandIdRef on %s.%s fills %s.%s, which @RandIdRef on %s already fills, but a property holds"
          + " the entities of one reference. Set field to another property, or remove one of the"
          + " references."),
  RELATION_OUTSIDE_ENTITY(
      "RelationOutsideEntity",
      "@RandIdRef on %s.%s is never resolved: %s is not an @Entity but part of another document,"
          + " and fetches resolve only an entity's own references. Move the reference and the"
          + " property it fills to the entity, or remove @RandIdRef."),
  COLUMN_BLANK(
      "ColumnBlank",
      "@Column on %s.%s names no column, but a row scanner reads exactly the column it names."
          + " Write the column's label, e.g. @Column(\"%s\"), or remove @Column to match the"
          + " column by property name."),
  COLUMN_NOT_STORED(
      "ColumnNotStored",
      "@Column on %s.%s has no effect: the property is %s, and row scanners fill only stored"
          + " properties. %s"),
  DUPLICATE_COLUMN(
      "DuplicateColumn",
      "%s.%s and %s.%s both read column \"%s\" (columns match properties ignoring case and"
          + " underscores), but one column fills one property. Give one of them another @Column"
          + " name."),
  KEY_MALFORMED(
      "KeyMalformed",
      "key \"%s\" is malformed: %s. Write placeholders as {name}; use no other braces."),
  KEY_DUPLICATE_PLACEHOLDER(
      "KeyDuplicatePlaceholder",
      "key \"%s\" uses {%s} more than once, but each placeholder becomes one key parameter."
          + " Use {%s} once, or give the second one another name."),
  KEY_JOINED_PLACEHOLDERS(
      "KeyJoinedPlaceholders",
      "key \"%s\" has {%s} and {%s} with no ':' between them, so different values would render"
          + " the same key (\"ab\" and \"c\" as \"a\" and \"bc\"): parameters are"
          + " encoded so they never hold ':', which is what tells them apart. Separate the"
          + " placeholders with ':', e.g. \"%s\"."),
  KEY_NO_RAND_ID(
      "KeyNoRandId",
      "key \"%s\" of @Entity %s has no {randId} placeholder, so all documents would share one"
          + " key. Add {randId}, e.g. \"%s:{randId}\"."),
  KEY_PLACEHOLDER(
      "KeyPlaceholder",
      "key \"%s\" of @Entity %s uses {%s}, but an entity key can only use {randId}. Remove"
          + " {%s}."),
  INVALID_TTL(
      "InvalidTtl",
      "ttl \"%s\" is invalid: %s. Write a whole number and a unit: \"7d\", \"48h\", \"30m\","
          + " \"15s\", \"500ms\", or \"0\" for no expiry."),
  INVALID_MISSING_TTL(
      "InvalidMissingTtl",
      "missingTtl \"%s\" is invalid: %s. Write a whole number and a unit, e.g. \"30s\", \"5m\""
          + " or \"500ms\", or leave it out to use Redifu.builder().missingMarkerTtl (1 minute"
          + " unless set)."),
  COLLECTION_WITHOUT_ENTITY(
      "CollectionWithoutEntity",
      "@%s on %s declares a collection of entities, but %s is not an @Entity; a collection holds"
          + " ids and reads their documents from the entity store. Annotate %s with @Entity."),
  COLLECTION_NAME(
      "CollectionName",
      "@%s on %s has name \"%s\", which is not a Java identifier, but the name becomes part of"
          + " the generated class %s<name>Cache. Use letters, digits, _ or $, e.g. \"UserFeed\"."),
  DUPLICATE_COLLECTION(
      "DuplicateCollection",
      "@%s on %s would generate %s, which another collection on %s already generates. Give one of"
          + " them a distinct name, e.g. name = \"UserFeed\" generates %sUserFeedCache."),
  PER_PAGE(
      "PerPage",
      "@%s on %s has perPage = %d, but a page holds 1 to 1000 items. Choose a perPage in that"
          + " range."),
  SORT_BY_MISSING(
      "SortByMissing", "@%s on %s sorts by \"%s\", which is not a stored property of %s. %s"),
  SORT_BY_TYPE(
      "SortByType", "@%s on %s sorts by %s.%s of type %s, but %s. Sort by a property of type %s."),
  PROCESSING_FAILURE(
      "ProcessingFailure",
      "redifu failed to process %s because of an internal error; please report it with this"
          + " stack trace: %s");

  private final String code;
  private final String format;

  Diagnostics(String code, String format) {
    this.code = code;
    this.format = format;
  }

  public String code() {
    return code;
  }

  /** The full message: {@code [Redifu/Code] } followed by the formatted text. */
  public String format(Object... args) {
    return "[Redifu/" + code + "] " + String.format(format, args);
  }
}
