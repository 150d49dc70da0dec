package io.redifu.it.seed;

import io.redifu.annotation.Order;
import io.redifu.it.domain.Review;
import io.redifu.it.domain.ReviewCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.TimeSeriesStore;
import io.redifu.runtime.internal.TimelineStore;
import io.redifu.runtime.internal.model.CollectionSpec;
import io.redifu.runtime.internal.model.PagedSpec;
import io.redifu.testing.LocalServices;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A {@link Redifu} on either read path ({@code singleRoundTripReads} off or on), and the review
 * timeline and time series the single-round-trip tests read. Reviews are sorted by a long, so
 * scores are plain numbers.
 */
final class ReadPaths {
  static final long TTL = 600_000;

  private ReadPaths() {}

  /** {@code count} reviews created at 1, 2, ... (oldest first), each read by {@code readers}. */
  static List<Review> reviews(int count, List<String> readers) {
    List<Review> reviews = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      reviews.add(new Review(BaseRecord.newRandId(), null, null, readers, null, i));
    }
    return reviews;
  }

  static List<String> ids(List<Review> reviews) {
    return reviews.stream().map(Review::randId).toList();
  }

  static <R> R withRedifu(boolean singleRoundTrip, Function<Redifu, R> work) {
    try (Redifu redifu =
        Redifu.builder()
            .redis(LocalServices.redisUrl())
            .singleRoundTripReads(singleRoundTrip)
            .dataSource(SqlDatabase.POSTGRESQL.dataSource())
            .build()) {
      return work.apply(redifu);
    }
  }

  static void run(boolean singleRoundTrip, Consumer<Redifu> work) {
    withRedifu(
        singleRoundTrip,
        redifu -> {
          work.accept(redifu);
          return null;
        });
  }

  static TimelineStore<Review> timeline(Redifu redifu) {
    return TimelineStore.create(
        redifu,
        ReviewCache.SPEC,
        PagedSpec.<Review>pagedBuilder("ReviewTimelineCache")
            .scoredBy(Review::createdAt, "createdAt")
            .perPage(20)
            .order(Order.DESC)
            .ttlMillis(TTL)
            .build());
  }

  static TimeSeriesStore<Review> series(Redifu redifu) {
    return TimeSeriesStore.create(
        redifu,
        ReviewCache.SPEC,
        CollectionSpec.<Review>builder("ReviewTimeSeriesCache")
            .scoredBy(Review::createdAt, "createdAt")
            .ttlMillis(TTL)
            .build());
  }
}
