package io.redifu.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.Product;
import io.redifu.it.domain.ProductCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.testing.LocalServices;
import io.redifu.testing.redis.RoundTripCounter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.RedisClient;

/**
 * Round trips of the entity-store operations, counted by a TCP relay between redifu and Redis (SPEC
 * §3.2, §10). The relay's one pooled connection is opened and handshaken by a warm-up operation,
 * which also makes Redis cache the store's scripts, before each count starts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundTripIT {
  private RoundTripCounter relay;
  private Redifu redifu;
  private RedisClient raw;
  private PostCache posts;
  private ProductCache products;
  private final List<String> keys = new ArrayList<>();

  @BeforeAll
  void start() throws Exception {
    String url = LocalServices.redisUrl();
    relay = RoundTripCounter.start(url);
    redifu = RelayedRedifu.singleConnection(relay);
    raw = RedisClient.create(url);
    posts = PostCache.create(redifu);
    products = ProductCache.create(redifu);
  }

  @AfterAll
  void stop() {
    redifu.close();
    relay.close();
    raw.close();
  }

  /** Opens the connection and runs every script once, so Redis has them all cached. */
  @BeforeEach
  void warmUp() {
    Post warm = post();
    String id = warm.getRandId();
    posts.set(warm);
    posts.markMissing(id);
    posts.delete(id);
    assertThat(posts.getOrLoad(id, requested -> null)).isNull();
    posts.delete(id);
    assertThat(posts.getOrLoad(id, requested -> warm)).isNotNull();
    posts.delete(id);
  }

  @AfterEach
  void cleanUp() {
    assertThat(relay.connectionsOpened()).as("one pooled connection").isEqualTo(1);
    for (String key : keys) {
      raw.del(key, "{" + key + "}:missing");
    }
    keys.clear();
  }

  private Post post() {
    Post post = new Post();
    post.init();
    post.setTitle("round trips");
    keys.add(PostCache.key(post.getRandId()));
    return post;
  }

  private Product product() {
    Product product =
        new Product(BaseRecord.newRandId(), "widget", new BigDecimal("1.50"), Instant.EPOCH);
    keys.add(ProductCache.key(product.randId()));
    return product;
  }

  private long count(Runnable operation) {
    relay.reset();
    operation.run();
    return relay.roundTrips();
  }

  @Test
  void setIsOneRoundTrip() {
    Post post = post();

    assertThat(count(() -> posts.set(post))).isEqualTo(1);
  }

  @Test
  void setAllIsOneRoundTrip() {
    List<Post> many = List.of(post(), post(), post(), post(), post());

    assertThat(count(() -> posts.setAll(many))).isEqualTo(1);
    assertThat(posts.getAll(ids(many))).hasSize(5);
  }

  @Test
  void getIsOneRoundTrip() {
    Post post = post();
    posts.set(post);

    assertThat(count(() -> assertThat(posts.get(post.getRandId())).isPresent())).isEqualTo(1);
  }

  @Test
  void getAllIsOneRoundTrip() {
    List<Post> many = List.of(post(), post(), post(), post(), post());
    posts.setAll(many);
    List<String> ids = new ArrayList<>(ids(many));
    ids.add(BaseRecord.newRandId()); // an absent id costs nothing extra

    assertThat(count(() -> assertThat(posts.getAll(ids)).hasSize(5))).isEqualTo(1);
  }

  @Test
  void slidingGetAndGetAllAreOneRoundTripEach() {
    List<Product> many = List.of(product(), product(), product());
    products.setAll(many);
    List<String> ids = many.stream().map(Product::randId).toList();

    assertThat(count(() -> assertThat(products.get(ids.get(0))).isPresent())).isEqualTo(1);
    assertThat(count(() -> assertThat(products.getAll(ids)).hasSize(3))).isEqualTo(1);
  }

  @Test
  void markerOperationsAreOneRoundTripEach() {
    Post post = post();
    String id = post.getRandId();

    assertThat(count(() -> posts.markMissing(id))).isEqualTo(1);
    assertThat(count(() -> assertThat(posts.isMissing(id)).isTrue())).isEqualTo(1);
    assertThat(count(() -> posts.delete(id))).isEqualTo(1);
  }

  @Test
  void getOrLoadHitIsOneRoundTrip() {
    Post post = post();
    posts.set(post);

    assertThat(count(() -> posts.getOrLoad(post.getRandId(), id -> null))).isEqualTo(1);
  }

  @Test
  void getOrLoadOfAMarkedIdIsOneRoundTrip() {
    Post post = post();
    posts.markMissing(post.getRandId());

    assertThat(count(() -> assertThat(posts.getOrLoad(post.getRandId(), id -> post)).isNull()))
        .isEqualTo(1);
  }

  @Test
  void getOrLoadMissCostsAtMostThreeRoundTrips() {
    Post post = post();

    // lookup, re-lookup inside the single flight, then SET (or the marker script)
    assertThat(count(() -> posts.getOrLoad(post.getRandId(), id -> post))).isLessThanOrEqualTo(3);
    Post absent = post();
    assertThat(count(() -> posts.getOrLoad(absent.getRandId(), id -> null))).isLessThanOrEqualTo(3);
  }

  private static List<String> ids(List<Post> many) {
    return many.stream().map(Post::getRandId).toList();
  }
}
