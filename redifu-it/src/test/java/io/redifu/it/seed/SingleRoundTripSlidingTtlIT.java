package io.redifu.it.seed;

import static io.redifu.it.seed.ReadPaths.TTL;
import static io.redifu.it.seed.ReadPaths.run;
import static org.assertj.core.api.Assertions.assertThat;

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
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimeRange;
import io.redifu.runtime.internal.EntityStore;
import io.redifu.runtime.internal.TimeSeriesStore;
import io.redifu.runtime.internal.TimelineStore;
import io.redifu.runtime.internal.model.CollectionSpec;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.PagedSpec;
import io.redifu.runtime.internal.model.Relation;
import io.redifu.runtime.internal.model.Relations;
import io.redifu.runtime.internal.model.Resolved;
import io.redifu.runtime.internal.model.Scores;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import redis.clients.jedis.UnifiedJedis;

/**
 * Documents of an entity with {@code slidingTtl} get their TTL back when a read finds them, on both
 * read paths: page documents, time series documents and related documents read ahead.
 */
class SingleRoundTripSlidingTtlIT {
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

  private static PagedSpec<Post> postSpec() {
    return PagedSpec.<Post>pagedBuilder("PostTimelineCache")
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
        PagedSpec.<Product>pagedBuilder("ProductTimelineCache")
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
        CollectionSpec.<Product>builder("ProductTimeSeriesCache")
            .scoredBy(p -> p.createdAt().toEpochMilli(), "createdAt")
            .ttlMillis(TTL)
            .build());
  }
}
