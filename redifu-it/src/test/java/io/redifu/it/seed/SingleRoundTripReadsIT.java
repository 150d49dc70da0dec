package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.annotation.MissingRelation;
import io.redifu.annotation.Order;
import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.AccountCodec;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostCodec;
import io.redifu.it.domain.PostRowScanner;
import io.redifu.it.domain.Product;
import io.redifu.it.domain.ProductCache;
import io.redifu.it.domain.Review;
import io.redifu.it.domain.ReviewCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.CorruptEntryException;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.TimeRange;
import io.redifu.runtime.TimeSeriesResult;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.EntityStore;
import io.redifu.runtime.internal.TimeSeriesStore;
import io.redifu.runtime.internal.TimelineStore;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.Relation;
import io.redifu.runtime.internal.model.Relations;
import io.redifu.runtime.internal.model.Resolved;
import io.redifu.runtime.internal.model.Scores;
import io.redifu.runtime.internal.model.TimeSeriesSpec;
import io.redifu.runtime.internal.model.TimelineSpec;
import io.redifu.testing.LocalServices;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import redis.clients.jedis.UnifiedJedis;

/**
 * {@code singleRoundTripReads} answers what the default path answers: the same items for reads of
 * more ids than one Lua {@code unpack} takes (about 8,000), documents Redis lost loaded through the
 * entity's loader, and the same exceptions. Reviews are sorted by a long, so scores are plain
 * numbers here.
 */
class SingleRoundTripReadsIT {
  private static final int MANY = 10_000;
  private static final long TTL = 600_000;
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

  /** Documents Redis lost (expired) come back through the loader, on both paths. */
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

  /**
   * Documents of an entity with {@code slidingTtl} get their TTL back when a read finds them, on
   * both paths: page documents, time series documents and related documents read ahead.
   */
  @ParameterizedTest(name = "single round trip: {0}")
  @ValueSource(booleans = {false, true})
  void slidingDocumentsReadGetTheirTtlBack(boolean singleRoundTrip) {
    String key = "srt:sliding:" + BaseRecord.newRandId();
    List<Product> products = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      products.add(
          new Product(BaseRecord.newRandId(), "p" + i, BigDecimal.ONE, Instant.ofEpochMilli(i)));
    }
    Account author = new Account(); // a sliding account, referenced by a post
    author.init();
    Post post = new Post();
    post.init();
    post.setAuthorRandId(author.getRandId());
    EntitySpec<Account> slidingAccounts =
        EntitySpec.builder(AccountCodec.create(), AccountCache::key)
            .ttlMillis(TTL)
            .slidingTtl()
            .build();
    EntitySpec<Post> posts =
        EntitySpec.builder(PostCodec.create(), PostCache::key)
            .ttlMillis(TTL)
            .relations(authorOnly(slidingAccounts))
            .rowScanner(PostRowScanner.create())
            .build();
    List<String> keys = new ArrayList<>();
    products.forEach(product -> keys.add(ProductCache.key(product.randId())));
    keys.add(AccountCache.key(author.getRandId()));
    run(
        singleRoundTrip,
        redifu -> {
          UnifiedJedis jedis = redifu.client();
          EntityStore.create(redifu, slidingAccounts).set(author);
          TimelineStore<Product> timeline = slidingTimeline(redifu);
          TimeSeriesStore<Product> series = slidingSeries(redifu);
          TimelineStore<Post> feed = TimelineStore.create(redifu, posts, postSpec());
          timeline.ingest(key, products, true, true, "");
          series.ingest(key + ":s", products, List.of(new TimeRange(0, 10)), "");
          feed.ingest(key + ":p", List.of(post), true, true, "");
          keys.forEach(document -> jedis.pexpire(document, 60_000));
          timeline.fetch(key, List.of());
          assertThat(products)
              .allSatisfy(
                  product ->
                      assertThat(jedis.pttl(ProductCache.key(product.randId())))
                          .as("page document")
                          .isGreaterThan(60_000));
          keys.forEach(document -> jedis.pexpire(document, 60_000));
          series.fetch(key + ":s", 0, 10);
          assertThat(products)
              .allSatisfy(
                  product ->
                      assertThat(jedis.pttl(ProductCache.key(product.randId())))
                          .as("time series document")
                          .isGreaterThan(60_000));
          keys.forEach(document -> jedis.pexpire(document, 60_000));
          feed.fetch(key + ":p", List.of());
          assertThat(jedis.pttl(AccountCache.key(author.getRandId())))
              .as("related document")
              .isGreaterThan(60_000);
          timeline.purge(key);
          series.purge(key + ":s");
          feed.purge(key + ":p");
          jedis.del(AccountCache.key(author.getRandId()));
        });
  }

  /** Post's author relation, to an account spec of the test's choosing; nothing is injected. */
  private static Relations<Post> authorOnly(EntitySpec<Account> accounts) {
    Relation<Post, Account> author =
        Relation.one(
            "author", "authorRandId", () -> accounts, MissingRelation.NULL, Post::getAuthorRandId);
    return new Relations<>() {
      @Override
      public List<Relation<Post, ?>> all() {
        return List.of(author);
      }

      @Override
      public Post inject(Post item, Resolved resolved) {
        return item;
      }
    };
  }

  private static TimelineSpec<Post> postSpec() {
    return TimelineSpec.<Post>builder("PostTimelineCache")
        .scoredByTime(p -> Scores.of(p.getCreatedAt(), "createdAt"), "createdAt")
        .perPage(20)
        .order(Order.DESC)
        .ttlMillis(TTL)
        .build();
  }

  private static TimelineStore<Product> slidingTimeline(Redifu redifu) {
    return TimelineStore.create(
        redifu,
        ProductCache.SPEC,
        TimelineSpec.<Product>builder("ProductTimelineCache")
            .scoredByTime(p -> Scores.of(p.createdAt(), "createdAt"), "createdAt")
            .perPage(20)
            .order(Order.DESC)
            .ttlMillis(TTL)
            .build());
  }

  private static TimeSeriesStore<Product> slidingSeries(Redifu redifu) {
    return TimeSeriesStore.create(
        redifu,
        ProductCache.SPEC,
        TimeSeriesSpec.<Product>builder("ProductTimeSeriesCache")
            .scoredBy(p -> p.createdAt().toEpochMilli(), "createdAt")
            .ttlMillis(TTL)
            .build());
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

  /** {@code count} reviews created at 1, 2, ... (oldest first), each read by {@code readers}. */
  private static List<Review> reviews(int count, List<String> readers) {
    List<Review> reviews = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      reviews.add(new Review(BaseRecord.newRandId(), null, null, readers, null, i));
    }
    return reviews;
  }

  private static List<String> ids(List<Review> reviews) {
    return reviews.stream().map(Review::randId).toList();
  }

  private static <R> R withRedifu(boolean singleRoundTrip, Function<Redifu, R> work) {
    try (Redifu redifu =
        Redifu.builder()
            .redis(LocalServices.redisUrl())
            .singleRoundTripReads(singleRoundTrip)
            .dataSource(SqlDatabase.POSTGRESQL.dataSource())
            .build()) {
      return work.apply(redifu);
    }
  }

  private static void run(boolean singleRoundTrip, Consumer<Redifu> work) {
    withRedifu(
        singleRoundTrip,
        redifu -> {
          work.accept(redifu);
          return null;
        });
  }

  private static TimelineStore<Review> timeline(Redifu redifu) {
    return TimelineStore.create(
        redifu,
        ReviewCache.SPEC,
        TimelineSpec.<Review>builder("ReviewTimelineCache")
            .scoredBy(Review::createdAt, "createdAt")
            .perPage(20)
            .order(Order.DESC)
            .ttlMillis(TTL)
            .build());
  }

  private static TimeSeriesStore<Review> series(Redifu redifu) {
    return TimeSeriesStore.create(
        redifu,
        ReviewCache.SPEC,
        TimeSeriesSpec.<Review>builder("ReviewTimeSeriesCache")
            .scoredBy(Review::createdAt, "createdAt")
            .ttlMillis(TTL)
            .build());
  }
}
