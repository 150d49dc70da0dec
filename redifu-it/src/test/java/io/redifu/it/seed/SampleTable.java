package io.redifu.it.seed;

import io.redifu.it.domain.AccountStatus;
import io.redifu.it.domain.Sample;
import io.redifu.it.sql.SqlDatabase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A table with one column per {@link Sample} component, typed as each database would store it,
 * under a random name; dropped on close. {@link #FULL} is the sample its full row holds.
 */
final class SampleTable implements AutoCloseable {
  /** How a column is bound in the full row: a value, or one made with the connection. */
  @FunctionalInterface
  private interface Value {
    Object bind(SqlDatabase db, Connection connection) throws SQLException;
  }

  /** One column: its type per database and its value in the full row. */
  private record Col(String name, String postgresql, String mariadb, String h2, Value value) {
    Col(String name, String type, Object value) {
      this(name, type, type, type, (db, c) -> value);
    }
  }

  private static final OffsetDateTime INDIA = OffsetDateTime.parse("2024-06-01T10:00+05:30");
  private static final LocalDateTime INDIA_AT_UTC = LocalDateTime.parse("2024-06-01T04:30");
  private static final LocalDateTime WALL_CLOCK = LocalDateTime.parse("2030-01-02T03:04:05.600");
  private static final Instant LEAP_DAY = Instant.parse("2024-02-29T23:59:59.123Z");
  private static final UUID UUID_1 = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
  private static final UUID UUID_2 = UUID.fromString("ffffffff-0000-ffff-0000-000000000001");
  private static final String ZONED_TIME = "TIMESTAMP(3) WITH TIME ZONE";

  /** What the full row reads as: the relation and the transient component stay null. */
  static final Sample FULL =
      new Sample(
          "full",
          true,
          Byte.MIN_VALUE,
          Short.MIN_VALUE,
          Integer.MIN_VALUE,
          Long.MIN_VALUE,
          0.5f,
          -1.25e10,
          'ß',
          false,
          Byte.MAX_VALUE,
          Short.MAX_VALUE,
          Integer.MAX_VALUE,
          Long.MAX_VALUE,
          -2.5f,
          0.1,
          '"',
          "ünïcødé \uD83D\uDE00\ttab",
          AccountStatus.SUSPENDED,
          new BigDecimal("12345678901234567890.1200"),
          BigInteger.TWO.pow(100).negate(),
          UUID_1,
          UUID_2,
          LEAP_DAY,
          Instant.parse("2020-01-01T00:00:00.001Z"),
          Instant.ofEpochMilli(1_700_000_000_123L),
          INDIA,
          WALL_CLOCK.atOffset(ZoneOffset.UTC),
          WALL_CLOCK,
          INDIA_AT_UTC,
          LocalDate.of(1999, 12, 31),
          Arrays.asList("a", null, "b,c"),
          new LinkedHashSet<>(List.of(3, 1, 2)),
          List.of(AccountStatus.SUSPENDED, AccountStatus.ACTIVE),
          List.of(Instant.EPOCH, Instant.parse("2024-01-01T00:00:00.500Z")),
          List.of("x", "y"),
          counters(),
          new Sample.Point(1.5, -2.25),
          List.of(new Sample.Stop("Oslo", 1), new Sample.Stop("Rome", 2)),
          "legacy",
          "acc-1",
          null,
          null);

  private static final List<Col> COLUMNS =
      List.of(
          new Col("rand_id", "VARCHAR(40) NOT NULL", FULL.randId()),
          new Col("flag", "BOOLEAN", true),
          new Col("tiny", "SMALLINT", "TINYINT", "SMALLINT", (db, c) -> Byte.MIN_VALUE),
          new Col("small", "SMALLINT", Short.MIN_VALUE),
          new Col("count", "INTEGER", Integer.MIN_VALUE),
          new Col("big", "BIGINT", Long.MIN_VALUE),
          new Col("ratio", "REAL", "FLOAT", "REAL", (db, c) -> 0.5f),
          new Col("score", "DOUBLE PRECISION", "DOUBLE", "DOUBLE PRECISION", (db, c) -> -1.25e10),
          new Col("letter", "CHAR(1)", "ß"),
          new Col("boxed_flag", "BOOLEAN", false),
          new Col("boxed_tiny", "SMALLINT", "TINYINT", "SMALLINT", (db, c) -> Byte.MAX_VALUE),
          new Col("boxed_small", "SMALLINT", Short.MAX_VALUE),
          new Col("boxed_count", "INTEGER", Integer.MAX_VALUE),
          new Col("boxed_big", "BIGINT", Long.MAX_VALUE),
          new Col("boxed_ratio", "REAL", "FLOAT", "REAL", (db, c) -> -2.5f),
          new Col("boxed_score", "DOUBLE PRECISION", "DOUBLE", "DOUBLE PRECISION", (db, c) -> 0.1),
          new Col("boxed_letter", "CHAR(1)", "\""),
          new Col("text", "VARCHAR(100)", FULL.text()),
          new Col("status", "VARCHAR(20)", "SUSPENDED"),
          new Col("amount", "NUMERIC(30,4)", FULL.amount()),
          new Col("huge", "NUMERIC(40,0)", new BigDecimal(FULL.huge())),
          new Col("uuid", "UUID", "BINARY(16)", "UUID", SampleTable::uuid),
          new Col("uuid_text", "VARCHAR(36)", UUID_2.toString()),
          new Col("instant", ZONED_TIME, "DATETIME(3)", ZONED_TIME, SampleTable::leapDay),
          new Col(
              "local_instant",
              "TIMESTAMP(3)",
              "DATETIME(3)",
              "TIMESTAMP(3)",
              (db, c) -> LocalDateTime.parse("2020-01-01T00:00:00.001")),
          new Col("epoch_instant", "BIGINT", 1_700_000_000_123L),
          new Col("offset_date_time", ZONED_TIME, "DATETIME(3)", ZONED_TIME, SampleTable::india),
          new Col(
              "local_offset_date_time",
              "TIMESTAMP(3)",
              "DATETIME(3)",
              "TIMESTAMP(3)",
              (db, c) -> WALL_CLOCK),
          new Col(
              "date_time", "TIMESTAMP(3)", "DATETIME(3)", "TIMESTAMP(3)", (db, c) -> WALL_CLOCK),
          new Col("zoned_date_time", ZONED_TIME, "DATETIME(3)", ZONED_TIME, SampleTable::india),
          new Col("date", "DATE", FULL.date()),
          new Col(
              "tags",
              "TEXT[]",
              "JSON",
              "CHARACTER VARYING ARRAY",
              (db, c) ->
                  db == SqlDatabase.MARIADB
                      ? "[\"a\",null,\"b,c\"]"
                      : db.array(c, "text", "a", null, "b,c")),
          new Col(
              "numbers",
              "INTEGER[]",
              "JSON",
              "INTEGER ARRAY",
              (db, c) -> db == SqlDatabase.MARIADB ? "[3,1,2]" : db.array(c, "int4", 3, 1, 2)),
          new Col(
              "statuses",
              "TEXT[]",
              "LONGTEXT",
              "CHARACTER VARYING ARRAY",
              (db, c) ->
                  db == SqlDatabase.MARIADB
                      ? "[\"SUSPENDED\",\"ACTIVE\"]"
                      : db.array(c, "text", "SUSPENDED", "ACTIVE")),
          new Col("times", "TIMESTAMPTZ[]", "JSON", ZONED_TIME + " ARRAY", SampleTable::times),
          new Col("labels", "JSONB", "JSON", "JSON", (db, c) -> "[\"x\", \"y\"]"),
          new Col(
              "counters",
              "JSON",
              "TEXT",
              "VARCHAR(200)",
              (db, c) -> "{\"views\": 42, \"none\": null}"),
          new Col(
              "location",
              "JSONB",
              "JSON",
              "JSON",
              (db, c) -> "{\"lat\": 1.5, \"lon\": -2.25, \"alt\": 3}"),
          new Col(
              "stops",
              "TEXT",
              "LONGTEXT",
              "VARCHAR(500)",
              (db, c) -> "[{\"city\":\"Oslo\",\"order\":1},{\"city\":\"Rome\",\"order\":2}]"),
          new Col("legacy_label", "VARCHAR(50)", "legacy"),
          new Col("owner_rand_id", "VARCHAR(40)", "acc-1"),
          new Col("owner", "VARCHAR(40)", "not an account"),
          new Col("note", "VARCHAR(40)", "transient: never read"));

  private final Connection connection;
  private final SqlDatabase db;
  private final String name;

  private SampleTable(Connection connection, SqlDatabase db, String name) {
    this.connection = connection;
    this.db = db;
    this.name = name;
  }

  /** Creates the table under a random name. */
  static SampleTable create(Connection connection, SqlDatabase db) throws SQLException {
    String name = "seed_sample_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    List<String> columns = new ArrayList<>();
    for (Col col : COLUMNS) {
      columns.add(col.name() + " " + db.type(col.postgresql(), col.mariadb(), col.h2()));
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE " + name + " (" + String.join(", ", columns) + ")");
    }
    return new SampleTable(connection, db, name);
  }

  String name() {
    return name;
  }

  /** Inserts the row that reads as {@link #FULL}. */
  void insertFull() throws SQLException {
    insert(FULL.randId(), true);
  }

  /** Inserts a row with {@code randId} and NULL in every other column. */
  void insertNulls(String randId) throws SQLException {
    insert(randId, false);
  }

  private void insert(String randId, boolean full) throws SQLException {
    List<String> names = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    for (Col col : COLUMNS) {
      names.add(col.name());
      placeholders.add(db.placeholder(db.type(col.postgresql(), col.mariadb(), col.h2())));
    }
    String sql =
        "INSERT INTO "
            + name
            + " ("
            + String.join(", ", names)
            + ") VALUES ("
            + String.join(", ", placeholders)
            + ")";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, randId);
      for (int i = 1; i < COLUMNS.size(); i++) {
        if (full) {
          insert.setObject(i + 1, COLUMNS.get(i).value().bind(db, connection));
        } else {
          insert.setNull(i + 1, Types.NULL);
        }
      }
      insert.executeUpdate();
    }
  }

  @Override
  public void close() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE " + name);
    }
  }

  /** MariaDB has no zoned type: its DATETIME holds the UTC wall clock. */
  private static Object leapDay(SqlDatabase db, Connection connection) {
    return db == SqlDatabase.MARIADB
        ? LocalDateTime.ofInstant(LEAP_DAY, ZoneOffset.UTC)
        : LEAP_DAY.atOffset(ZoneOffset.ofHours(-7)); // another offset, same instant
  }

  private static Object india(SqlDatabase db, Connection connection) {
    return db == SqlDatabase.MARIADB ? INDIA_AT_UTC : INDIA;
  }

  private static Object uuid(SqlDatabase db, Connection connection) {
    if (db != SqlDatabase.MARIADB) {
      return UUID_1;
    }
    return ByteBuffer.allocate(16)
        .putLong(UUID_1.getMostSignificantBits())
        .putLong(UUID_1.getLeastSignificantBits())
        .array();
  }

  private static Object times(SqlDatabase db, Connection connection) throws SQLException {
    return switch (db) {
      case MARIADB -> "[\"1970-01-01T00:00:00Z\", \"2024-01-01T00:00:00.500Z\"]";
      case POSTGRESQL ->
          db.array(connection, "timestamptz", "1970-01-01T00:00:00Z", "2024-01-01T00:00:00.5Z");
      case H2 ->
          connection.createArrayOf(
              "TIMESTAMP WITH TIME ZONE",
              new Object[] {
                OffsetDateTime.parse("1970-01-01T01:00+01:00"),
                OffsetDateTime.parse("2024-01-01T00:00:00.5Z")
              });
    };
  }

  private static Map<String, Long> counters() {
    Map<String, Long> counters = new LinkedHashMap<>();
    counters.put("views", 42L);
    counters.put("none", null);
    return counters;
  }
}
