package io.redifu.it.seed;

import static io.redifu.it.seed.ReadPaths.ids;
import static io.redifu.it.seed.ReadPaths.reviews;
import static io.redifu.it.seed.ReadPaths.series;
import static io.redifu.it.seed.ReadPaths.timeline;
import static io.redifu.it.seed.ReadPaths.withRedifu;
import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.it.domain.Review;
import io.redifu.it.domain.ReviewCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimeRange;
import io.redifu.runtime.TimeSeriesResult;
import io.redifu.runtime.TimelinePage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents Redis lost (expired) come back through the entity's loader, on both read paths: the
 * reviews are in a PostgreSQL table too.
 */
class SingleRoundTripExpiredDocumentsIT {
  private static String table;

  @BeforeAll
  static void createTable() throws SQLException {
    table = "reviews_" + BaseRecord.newRandId().toLowerCase();
    SqlDatabase.POSTGRESQL.execute(
        "CREATE TABLE " + table + " (randid varchar(40) PRIMARY KEY, created_at bigint)");
  }

  @AfterAll
  static void dropTable() throws SQLException {
    SqlDatabase.POSTGRESQL.execute("DROP TABLE " + table);
  }

  @ParameterizedTest(name = "single round trip: {0}")
  @ValueSource(booleans = {false, true})
  void expiredDocumentsOfATimelinePageAreLoaded(boolean singleRoundTrip) throws SQLException {
    String key = "srt:loaded:" + BaseRecord.newRandId();
    List<Review> reviews = reviews(30, List.of());
    insert(reviews);
    List<String> newestFirst = new ArrayList<>(ids(reviews));
    Collections.reverse(newestFirst);
    List<String> expired = List.of(newestFirst.get(0), newestFirst.get(7), newestFirst.get(19));

    TimelinePage<Review> page =
        withRedifu(
            singleRoundTrip,
            redifu -> {
              ReviewCache cache = ReviewCache.create(redifu).loadedBy(this::reviewsById);
              timeline(redifu).ingest(key, reviews, true, true, "");
              expired.forEach(cache::delete);
              TimelinePage<Review> first = timeline(redifu).fetch(key, List.of());
              assertThat(expired).allSatisfy(id -> assertThat(cache.raw().get(id)).isPresent());
              timeline(redifu).purge(key);
              return first;
            });

    assertThat(page.missingIds()).isEmpty();
    assertThat(ids(page.items())).isEqualTo(newestFirst.subList(0, 20));
  }

  @ParameterizedTest(name = "single round trip: {0}")
  @ValueSource(booleans = {false, true})
  void expiredDocumentsOfATimeSeriesRangeAreLoaded(boolean singleRoundTrip) throws SQLException {
    String key = "srt:loaded-series:" + BaseRecord.newRandId();
    List<Review> reviews = reviews(30, List.of());
    insert(reviews);
    List<String> expired = List.of(reviews.get(0).randId(), reviews.get(29).randId());

    TimeSeriesResult<Review> result =
        withRedifu(
            singleRoundTrip,
            redifu -> {
              ReviewCache cache = ReviewCache.create(redifu).loadedBy(this::reviewsById);
              series(redifu).ingest(key, reviews, List.of(new TimeRange(0, 1_000)), "");
              expired.forEach(cache::delete);
              TimeSeriesResult<Review> read = series(redifu).fetch(key, 0, 1_000);
              series(redifu).purge(key);
              return read;
            });

    assertThat(result.missingIds()).isEmpty();
    assertThat(ids(result.items())).isEqualTo(ids(reviews));
  }

  private SeedQuery reviewsById(List<String> ids) {
    String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
    return SeedQuery.sql(
        "SELECT randid, created_at FROM " + table + " WHERE randid IN (" + marks + ")",
        ids.toArray());
  }

  private static void insert(List<Review> reviews) throws SQLException {
    try (Connection c = SqlDatabase.POSTGRESQL.connect();
        PreparedStatement s =
            c.prepareStatement("INSERT INTO " + table + " (randid, created_at) VALUES (?, ?)")) {
      for (Review review : reviews) {
        s.setString(1, review.randId());
        s.setLong(2, review.createdAt());
        s.addBatch();
      }
      s.executeBatch();
    }
  }
}
