package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountRowScanner;
import io.redifu.it.domain.AccountStatus;
import io.redifu.it.domain.Sample;
import io.redifu.it.domain.SampleRowScanner;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.runtime.SeedException;
import io.redifu.runtime.internal.codec.RowScanner;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Generated row scanners read real PostgreSQL, MariaDB and H2 columns: every supported type, SQL
 * NULL, column names matched by case and underscores or {@code @Column}, and the errors a seed
 * query can make.
 */
class RowScannerIT {
  private static final SampleRowScanner SCANNER = SampleRowScanner.create();
  private static TimeZone machineZone;

  /**
   * Drivers turn zoned values into local ones in the JVM's zone: off UTC, a zoned column misread as
   * zone-less cannot pass by coincidence on a UTC machine.
   */
  @BeforeAll
  static void leaveUtc() {
    machineZone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
  }

  @AfterAll
  static void restoreZone() {
    TimeZone.setDefault(machineZone);
  }

  @ParameterizedTest
  @EnumSource(SqlDatabase.class)
  void readsEveryTypeAndNull(SqlDatabase db) throws SQLException {
    try (Connection connection = db.connectReal();
        SampleTable table = SampleTable.create(connection, db)) {
      table.insertFull();
      table.insertNulls("nulls");

      List<Sample> rows =
          read(connection, "SELECT * FROM " + table.name() + " ORDER BY rand_id", SCANNER);

      assertThat(rows).hasSize(2);
      assertThat(rows.get(0))
          .usingRecursiveComparison()
          // Zoned columns come back at the offset the driver picks (PostgreSQL: UTC).
          .withComparatorForType(
              Comparator.comparing(OffsetDateTime::toInstant), OffsetDateTime.class)
          .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
          .isEqualTo(SampleTable.FULL);
      assertThat(rows.get(0).localOffsetDateTime().getOffset()).isEqualTo(ZoneOffset.UTC);
      assertThat(rows.get(0).amount()).isEqualByComparingTo("12345678901234567890.12");
      assertThat(rows.get(1))
          .isEqualTo(
              new Sample(
                  "nulls", false, (byte) 0, (short) 0, 0, 0L, 0f, 0d, '\0', null, null, null, null,
                  null, null, null, null, null, null, null, null, null, null, null, null, null,
                  null, null, null, null, null, null, null, null, null, null, null, null, null,
                  null, null, null, null));
    }
  }

  /** Columns match ignoring case and underscores; {@code @Column} names its own, case ignored. */
  @ParameterizedTest
  @EnumSource(SqlDatabase.class)
  void matchesColumnsByNormalizedNameOrColumnOverride(SqlDatabase db) throws SQLException {
    try (Connection connection = db.connectReal();
        SampleTable table = SampleTable.create(connection, db)) {
      table.insertFull();
      String query =
          "SELECT rand_id AS \"RANDID\", instant AS \"INSTANT\", legacy_label AS \"LEGACY_LABEL\","
              + " boxed_count AS \"BoxedCount\", epoch_instant, text AS label FROM "
              + table.name();

      Sample sample = read(connection, query, SCANNER).get(0);

      assertThat(sample.randId()).isEqualTo("full");
      assertThat(sample.instant()).isEqualTo(SampleTable.FULL.instant());
      assertThat(sample.label()).isEqualTo("legacy"); // the override, not the column named label
      assertThat(sample.boxedCount()).isEqualTo(Integer.MAX_VALUE);
      assertThat(sample.epochInstant()).isEqualTo(SampleTable.FULL.epochInstant());
      assertThat(sample.text()).isNull(); // absent: left at the default
    }
  }

  /** A class entity: setters, inherited properties, an initializer kept, a relation not read. */
  @ParameterizedTest
  @EnumSource(SqlDatabase.class)
  void readsClassesThroughFieldsAndSetters(SqlDatabase db) throws SQLException {
    try (Connection connection = db.connectReal()) {
      String query =
          "SELECT 'a1' AS rand_id, 'Ann' AS \"NAME\", 7 AS followers,"
              + " 'org-1' AS organization_rand_id, 'not read' AS organization";

      Account account = read(connection, query, AccountRowScanner.create()).get(0);

      assertThat(account.getRandId()).isEqualTo("a1");
      assertThat(account.getName()).isEqualTo("Ann");
      assertThat(account.getFollowers()).isEqualTo(7);
      assertThat(account.getOrganizationRandId()).isEqualTo("org-1");
      assertThat(account.getOrganization()).isNull();
      assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE); // no column: initializer
      assertThat(account.getCreatedAt()).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(SqlDatabase.class)
  void aMissingRequiredColumnNamesTheColumnAndTheQuery(SqlDatabase db) throws SQLException {
    try (Connection connection = db.connectReal();
        SampleTable table = SampleTable.create(connection, db)) {
      String withoutSortBy = "SELECT rand_id, legacy_label FROM " + table.name();
      String withoutOverride = "SELECT rand_id, instant, text AS label FROM " + table.name();

      assertThatThrownBy(() -> read(connection, withoutSortBy, SCANNER))
          .isInstanceOf(SeedException.class)
          .hasMessageContaining("property instant")
          .hasMessageContaining("a column named instant")
          .hasMessageContaining(withoutSortBy);
      assertThatThrownBy(() -> read(connection, withoutOverride, SCANNER))
          .isInstanceOf(SeedException.class)
          .hasMessageContaining("property label")
          .hasMessageContaining("legacy_label")
          .hasMessageContaining(withoutOverride);
    }
  }

  @ParameterizedTest
  @EnumSource(SqlDatabase.class)
  void anUnknownEnumNameNamesTheColumnAndTheQuery(SqlDatabase db) throws SQLException {
    try (Connection connection = db.connectReal()) {
      String query =
          "SELECT 's1' AS rand_id, 'legacy' AS legacy_label, NULL AS instant,"
              + " 'DELETED' AS status";

      assertThatThrownBy(() -> read(connection, query, SCANNER))
          .isInstanceOf(SeedException.class)
          .hasMessageStartingWith("Cannot read column status: \"DELETED\" names no constant")
          .hasMessageContaining(query);
    }
  }

  @ParameterizedTest
  @EnumSource(SqlDatabase.class)
  void aValueOfTheWrongTypeNamesTheColumnAndTheQuery(SqlDatabase db) throws SQLException {
    try (Connection connection = db.connectReal()) {
      String query =
          "SELECT 's1' AS rand_id, 'legacy' AS legacy_label, NULL AS instant,"
              + " 'not a uuid' AS uuid_text, 'xy' AS letter";

      assertThatThrownBy(() -> read(connection, query, SCANNER))
          .isInstanceOf(SeedException.class)
          .hasMessageStartingWith("Cannot read column ")
          .hasMessageContaining(query);
    }
  }

  /** Every row of {@code query}, read the way a seed reads them. */
  private static <T> List<T> read(Connection connection, String query, RowScanner<T> scanner)
      throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      RowScanner.RowReader<T> reader = scanner.reader(rows.getMetaData(), query);
      List<T> items = new ArrayList<>();
      while (rows.next()) {
        items.add(reader.read(rows));
      }
      return items;
    }
  }
}
