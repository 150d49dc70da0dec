package io.redifu.processor.writer;

import com.palantir.javapoet.ClassName;

/**
 * Every runtime, annotation and library type generated code refers to. The processor never links
 * against the runtime; a test checks that each name resolves to a real class.
 */
public final class RuntimeNames {
  private RuntimeNames() {}

  private static final String RUNTIME = "io.redifu.runtime";
  private static final String INTERNAL = "io.redifu.runtime.internal";
  private static final String MODEL = INTERNAL + ".model";
  private static final String CODEC = INTERNAL + ".codec";
  private static final String JACKSON = "com.fasterxml.jackson.core";

  public static final ClassName REDIFU = ClassName.get(RUNTIME, "Redifu");
  public static final ClassName ENTITY_CODEC = ClassName.get(RUNTIME, "EntityCodec");
  public static final ClassName REDIFU_GENERATED = ClassName.get(RUNTIME, "RedifuGenerated");
  public static final ClassName ENTITY_STORE = ClassName.get(INTERNAL, "EntityStore");
  public static final ClassName ENTITY_SPEC = ClassName.get(MODEL, "EntitySpec");
  public static final ClassName RELATION = ClassName.get(MODEL, "Relation");
  public static final ClassName RELATIONS = ClassName.get(MODEL, "Relations");
  public static final ClassName RESOLVED = ClassName.get(MODEL, "Resolved");
  public static final ClassName MISSING_RELATION =
      ClassName.get("io.redifu.annotation", "MissingRelation");
  public static final ClassName KEYS = ClassName.get(MODEL, "Keys");
  public static final ClassName SCORES = ClassName.get(MODEL, "Scores");
  public static final ClassName TIMELINE_STORE = ClassName.get(INTERNAL, "TimelineStore");
  public static final ClassName SORTED_STORE = ClassName.get(INTERNAL, "SortedStore");
  public static final ClassName COLLECTION_SPEC = ClassName.get(MODEL, "CollectionSpec");
  public static final ClassName PAGE_STORE = ClassName.get(INTERNAL, "PageStore");
  public static final ClassName PAGED_SPEC = ClassName.get(MODEL, "PagedSpec");
  public static final ClassName TIME_SERIES_STORE = ClassName.get(INTERNAL, "TimeSeriesStore");
  public static final ClassName SEEDER_SLOT = ClassName.get(INTERNAL, "SeederSlot");
  public static final ClassName TIME_BOUNDS = ClassName.get(MODEL, "TimeBounds");
  public static final ClassName TIME_SERIES_RESULT = ClassName.get(RUNTIME, "TimeSeriesResult");
  public static final ClassName TIME_RANGE = ClassName.get(RUNTIME, "TimeRange");
  public static final ClassName TIMELINE_PAGE = ClassName.get(RUNTIME, "TimelinePage");
  public static final ClassName CURSOR = ClassName.get(RUNTIME, "Cursor");
  public static final ClassName ORDER = ClassName.get("io.redifu.annotation", "Order");
  public static final ClassName SEED_QUERY = ClassName.get(RUNTIME, "SeedQuery");
  public static final ClassName ROW_SCANNER = ClassName.get(CODEC, "RowScanner");
  public static final ClassName ROW_READER = ROW_SCANNER.nestedClass("RowReader");
  public static final ClassName COLUMNS = ClassName.get(CODEC, "Columns");
  public static final ClassName SQL_VALUES = ClassName.get(CODEC, "SqlValues");
  public static final ClassName JSON_READS = ClassName.get(CODEC, "JsonReads");
  public static final ClassName JSON_WRITES = ClassName.get(CODEC, "JsonWrites");
  public static final ClassName ISO_INSTANTS = ClassName.get(CODEC, "IsoInstants");
  public static final ClassName COPIES = ClassName.get(CODEC, "Copies");
  public static final ClassName JSON_GENERATOR = ClassName.get(JACKSON, "JsonGenerator");
  public static final ClassName JSON_PARSER = ClassName.get(JACKSON, "JsonParser");
  public static final ClassName JSON_TOKEN = ClassName.get(JACKSON, "JsonToken");
  public static final ClassName SERIALIZABLE_STRING = ClassName.get(JACKSON, "SerializableString");
  public static final ClassName SERIALIZED_STRING =
      ClassName.get(JACKSON + ".io", "SerializedString");

  /** All constants, for the test that checks they resolve. */
  public static final ClassName[] ALL = {
    REDIFU,
    ENTITY_CODEC,
    REDIFU_GENERATED,
    ENTITY_STORE,
    ENTITY_SPEC,
    RELATION,
    RELATIONS,
    RESOLVED,
    MISSING_RELATION,
    KEYS,
    SCORES,
    TIMELINE_STORE,
    SORTED_STORE,
    COLLECTION_SPEC,
    PAGE_STORE,
    PAGED_SPEC,
    TIME_SERIES_STORE,
    SEEDER_SLOT,
    TIME_BOUNDS,
    TIME_SERIES_RESULT,
    TIME_RANGE,
    TIMELINE_PAGE,
    CURSOR,
    ORDER,
    SEED_QUERY,
    ROW_SCANNER,
    ROW_READER,
    COLUMNS,
    SQL_VALUES,
    JSON_READS,
    JSON_WRITES,
    ISO_INSTANTS,
    COPIES,
    JSON_GENERATOR,
    JSON_PARSER,
    JSON_TOKEN,
    SERIALIZABLE_STRING,
    SERIALIZED_STRING
  };
}
