package io.redifu.it.seed;

import static io.redifu.it.seed.ReadPaths.ids;
import static io.redifu.it.seed.ReadPaths.reviews;
import static io.redifu.it.seed.ReadPaths.run;
import static io.redifu.it.seed.ReadPaths.series;
import static io.redifu.it.seed.ReadPaths.timeline;
import static io.redifu.it.seed.ReadPaths.withRedifu;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Review;
import io.redifu.it.domain.ReviewCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.CorruptEntryException;
import io.redifu.runtime.TimeRange;
import io.redifu.runtime.TimeSeriesResult;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.EntityStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code singleRoundTripReads} answers what the default path answers: the same items for reads of
 * more ids than one Lua {@code unpack} takes (about 8,000) and for ids the scripts must encode as
 * Java does, and the same exceptions.
 */
class SingleRoundTripReadsIT {
  private static final int MANY = 10_000;

  @Test
  void fetchAllOfTenThousandItemsIsTheSameOnBothPaths() {
    String key = "srt:all:" + BaseRecord.newRandId();
    List<Review> reviews = reviews(MANY, List.of());
    List<String> newestFirst = new ArrayList<>(ids(reviews));
    Collections.reverse(newestFirst);
    withRedifu(false, redifu -> timeline(redifu).ingest(key, reviews, true, true, ""));

    for (boolean singleRoundTrip : new boolean[] {false, true}) {
      List<Review> all = withRedifu(singleRoundTrip, redifu -> timeline(redifu).fetchAll(key));
      assertThat(ids(all)).as("single round trip: " + singleRoundTrip).isEqualTo(newestFirst);
    }
    run(false, redifu -> timeline(redifu).purge(key));
  }

  @Test
  void aRangeOfTenThousandItemsIsTheSameOnBothPaths() {
    String key = "srt:range:" + BaseRecord.newRandId();
    List<Review> reviews = reviews(MANY, List.of());
    withRedifu(
        false,
        redifu -> series(redifu).ingest(key, reviews, List.of(new TimeRange(0, 2L * MANY)), ""));

    for (boolean singleRoundTrip : new boolean[] {false, true}) {
      TimeSeriesResult<Review> result =
          withRedifu(singleRoundTrip, redifu -> series(redifu).fetch(key, 0, 2L * MANY));
      assertThat(ids(result.items()))
          .as("single round trip: " + singleRoundTrip)
          .isEqualTo(ids(reviews));
      assertThat(result.gaps()).isEmpty();
      assertThat(result.missingIds()).isEmpty();
    }
    run(false, redifu -> series(redifu).purge(key));
  }

  /** 9,000 readers of one review: the script's prefetch of related documents reads them all. */
  @Test
  void aOneToManyRelationOfNineThousandIdsResolvesOnBothPaths() {
    String key = "srt:readers:" + BaseRecord.newRandId();
    List<Account> readers = new ArrayList<>();
    for (int i = 0; i < 9_000; i++) {
      Account account = new Account();
      account.init();
      account.setName("reader " + i);
      readers.add(account);
    }
    List<String> readerIds = readers.stream().map(Account::getRandId).toList();
    List<Review> reviews = reviews(3, readerIds);
    withRedifu(
        false,
        redifu -> {
          AccountCache.create(redifu).setAll(readers);
          return timeline(redifu).ingest(key, reviews, true, true, "");
        });

    for (boolean singleRoundTrip : new boolean[] {false, true}) {
      TimelinePage<Review> page =
          withRedifu(singleRoundTrip, redifu -> timeline(redifu).fetch(key, List.of()));
      assertThat(page.items()).as("single round trip: " + singleRoundTrip).hasSize(3);
      assertThat(page.missingRelations()).isEmpty();
      assertThat(page.items())
          .allSatisfy(
              review ->
                  assertThat(review.readers()).extracting(Account::getRandId).isEqualTo(readerIds));
    }
    run(
        false,
        redifu -> {
          timeline(redifu).purge(key);
          EntityStore.create(redifu, AccountCache.SPEC).deleteAll(readerIds);
        });
  }

  /**
   * Ids with separators, escapes and braces: the scripts build their document keys with the same
   * percent-encoding as Java, so both paths read the same documents and relations.
   */
  @Test
  void idsWithSeparatorsReadTheSameOnBothPaths() {
    String key = "srt:encoded:" + BaseRecord.newRandId();
    List<Account> readers = new ArrayList<>();
    for (String odd : List.of("a:b", "{c}", "d%3Ae\n")) {
      Account account = new Account();
      account.init();
      account.setRandId(account.getRandId() + odd);
      account.setName("reader " + odd);
      readers.add(account);
    }
    List<String> readerIds = readers.stream().map(Account::getRandId).toList();
    List<Review> reviews = new ArrayList<>();
    for (Review review : reviews(3, readerIds)) {
      reviews.add(
          new Review(
              review.randId() + ":x%{}" + reviews.size(),
              null,
              null,
              readerIds,
              null,
              review.createdAt()));
    }
    List<String> newestFirst = new ArrayList<>(ids(reviews));
    Collections.reverse(newestFirst);
    withRedifu(
        false,
        redifu -> {
          AccountCache.create(redifu).setAll(readers);
          series(redifu).ingest(key, reviews, List.of(new TimeRange(0, 10)), "");
          return timeline(redifu).ingest(key, reviews, true, true, "");
        });

    for (boolean singleRoundTrip : new boolean[] {false, true}) {
      TimelinePage<Review> page =
          withRedifu(singleRoundTrip, redifu -> timeline(redifu).fetch(key, List.of()));
      assertThat(ids(page.items()))
          .as("single round trip: " + singleRoundTrip)
          .isEqualTo(newestFirst);
      assertThat(page.missingIds()).isEmpty();
      assertThat(page.missingRelations()).isEmpty();
      assertThat(page.items())
          .allSatisfy(
              review ->
                  assertThat(review.readers()).extracting(Account::getRandId).isEqualTo(readerIds));
      TimeSeriesResult<Review> range =
          withRedifu(singleRoundTrip, redifu -> series(redifu).fetch(key, 0, 10));
      assertThat(ids(range.items())).isEqualTo(ids(reviews));
      assertThat(range.missingIds()).isEmpty();
    }
    run(
        false,
        redifu -> {
          timeline(redifu).purge(key);
          series(redifu).purge(key);
          EntityStore.create(redifu, AccountCache.SPEC).deleteAll(readerIds);
        });
  }

  /** A document that is not JSON of the entity fails the read alike on both paths. */
  @ParameterizedTest(name = "single round trip: {0}")
  @ValueSource(booleans = {false, true})
  void aCorruptDocumentFailsAlike(boolean singleRoundTrip) {
    String key = "srt:corrupt:" + BaseRecord.newRandId();
    List<Review> reviews = reviews(5, List.of());
    String broken = ReviewCache.key(reviews.get(2).randId());
    run(
        singleRoundTrip,
        redifu -> {
          timeline(redifu).ingest(key, reviews, true, true, "");
          redifu.client().set(broken, "{not json");
          assertThatThrownBy(() -> timeline(redifu).fetch(key, List.of()))
              .isInstanceOf(CorruptEntryException.class)
              .hasMessageContaining(broken);
          assertThatThrownBy(() -> timeline(redifu).fetchAll(key))
              .isInstanceOf(CorruptEntryException.class)
              .hasMessageContaining(broken);
          timeline(redifu).purge(key);
        });
  }
}
