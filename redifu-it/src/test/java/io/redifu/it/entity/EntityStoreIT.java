package io.redifu.it.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.it.domain.Everything;
import io.redifu.it.domain.EverythingCache;
import io.redifu.it.domain.EverythingCodec;
import io.redifu.it.domain.EverythingFixtures;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostCodec;
import io.redifu.it.domain.Product;
import io.redifu.it.domain.ProductCache;
import io.redifu.it.domain.ProductCodec;
import io.redifu.it.domain.Setting;
import io.redifu.it.domain.SettingCache;
import io.redifu.it.domain.SettingCodec;
import io.redifu.runtime.EntityCodec;
import io.redifu.runtime.Redifu;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The entity-store suite for each fixture entity: a class, a record, TTL 0, every type. */
class EntityStoreIT {

  /** A class extending BaseRecord, ttl "7d". */
  @Nested
  class PostStore extends EntityStoreSuite<Post> {
    @Override
    public Store<Post> store(Redifu redifu) {
      PostCache cache = PostCache.create(redifu);
      return Store.<Post>of(
          cache::set,
          cache::setAll,
          cache::get,
          cache::getAll,
          cache::delete,
          cache::markMissing,
          cache::isMissing,
          cache::getOrLoad);
    }

    @Override
    public Post entity(String randId, String content) {
      Post post = new Post();
      post.setRandId(randId);
      post.setCreatedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS));
      post.setUpdatedAt(post.getCreatedAt());
      post.setTitle("Title: " + content);
      post.setContent("ünïcødé \"quoted\" \n " + content);
      post.setAuthorRandId("author-of-" + randId);
      post.getTags().add("java");
      post.getTags().add(content);
      return post;
    }

    @Override
    public String key(String randId) {
      return PostCache.key(randId);
    }

    @Override
    public long ttlMillis() {
      return PostCache.TTL_MILLIS;
    }

    @Override
    public boolean slidingTtl() {
      return false;
    }

    @Override
    public EntityCodec<Post> codec() {
      return PostCodec.create();
    }

    @Test
    void keyFollowsTheTemplateAndTtlIsSevenDays() {
      assertThat(PostCache.KEY_TEMPLATE).isEqualTo("post:{randId}");
      assertThat(PostCache.key("Ab3")).isEqualTo("post:Ab3");
      assertThat(PostCache.TTL_MILLIS).isEqualTo(7L * 24 * 60 * 60 * 1000);
    }

    @Test
    void transientFieldIsNotStored() {
      Post post = newEntity();
      post.setRenderedHtml("<p>rendered</p>");

      store.set(post);

      assertThat(raw.get(key(post.getRandId()))).doesNotContain("renderedHtml", "rendered");
      assertThat(store.get(post.getRandId()).orElseThrow().getRenderedHtml()).isNull();
    }
  }

  /** A record with ttl "1h" and slidingTtl. */
  @Nested
  class ProductStore extends EntityStoreSuite<Product> {
    @Override
    public Store<Product> store(Redifu redifu) {
      ProductCache cache = ProductCache.create(redifu);
      return Store.<Product>of(
          cache::set,
          cache::setAll,
          cache::get,
          cache::getAll,
          cache::delete,
          cache::markMissing,
          cache::isMissing,
          cache::getOrLoad);
    }

    @Override
    public Product entity(String randId, String content) {
      return new Product(
          randId, content, new BigDecimal("19.90"), Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    @Override
    public String key(String randId) {
      return ProductCache.key(randId);
    }

    @Override
    public long ttlMillis() {
      return ProductCache.TTL_MILLIS;
    }

    @Override
    public boolean slidingTtl() {
      return true;
    }

    @Override
    public EntityCodec<Product> codec() {
      return ProductCodec.create();
    }

    @Test
    void ttlIsOneHour() {
      assertThat(ProductCache.TTL_MILLIS).isEqualTo(60L * 60 * 1000);
    }

    @Test
    void recordEqualsSurvivesTheRoundTrip() {
      Product product = newEntity();

      store.set(product);

      assertThat(store.get(product.randId())).contains(product);
    }
  }

  /** A plain class with ttl "0": nothing it writes expires. */
  @Nested
  class SettingStore extends EntityStoreSuite<Setting> {
    @Override
    public Store<Setting> store(Redifu redifu) {
      SettingCache cache = SettingCache.create(redifu);
      return Store.<Setting>of(
          cache::set,
          cache::setAll,
          cache::get,
          cache::getAll,
          cache::delete,
          cache::markMissing,
          cache::isMissing,
          cache::getOrLoad);
    }

    @Override
    public Setting entity(String randId, String content) {
      return new Setting(randId, content);
    }

    @Override
    public String key(String randId) {
      return SettingCache.key(randId);
    }

    @Override
    public long ttlMillis() {
      return SettingCache.TTL_MILLIS;
    }

    @Override
    public long markerTtlMillis() {
      return SettingCache.MISSING_TTL_MILLIS;
    }

    @Override
    public boolean slidingTtl() {
      return false;
    }

    @Override
    public EntityCodec<Setting> codec() {
      return SettingCodec.create();
    }

    @Test
    void ttlZeroKeepsTheDocumentForeverButTheMarkerExpiresAfterItsMissingTtl() {
      assertThat(SettingCache.TTL_MILLIS).isZero();
      assertThat(SettingCache.MISSING_TTL_MILLIS).isEqualTo(90_000L);
      Setting setting = newEntity();

      store.set(setting);

      assertThat(raw.pttl(key(setting.randId()))).isEqualTo(-1L);
      store.markMissing(setting.randId());
      assertThat(raw.pttl(marker(setting.randId())))
          .as("the entity's missingTtl, not the Redifu's default of 60 s")
          .isGreaterThan(60_000L)
          .isLessThanOrEqualTo(90_000L);
    }
  }

  /** A class with a property of every supported type, stored through Redis. */
  @Nested
  class EverythingStore extends EntityStoreSuite<Everything> {
    @Override
    public Store<Everything> store(Redifu redifu) {
      EverythingCache cache = EverythingCache.create(redifu);
      return Store.<Everything>of(
          cache::set,
          cache::setAll,
          cache::get,
          cache::getAll,
          cache::delete,
          cache::markMissing,
          cache::isMissing,
          cache::getOrLoad);
    }

    @Override
    public Everything entity(String randId, String content) {
      return EverythingFixtures.full(randId, content);
    }

    @Override
    public String key(String randId) {
      return EverythingCache.key(randId);
    }

    @Override
    public long ttlMillis() {
      return EverythingCache.TTL_MILLIS;
    }

    @Override
    public boolean slidingTtl() {
      return false;
    }

    @Override
    public EntityCodec<Everything> codec() {
      return EverythingCodec.create();
    }

    @Test
    void everyPropertySurvivesRedis() {
      Everything everything = newEntity();

      store.set(everything);

      EverythingFixtures.assertStoredPropertiesEqual(
          everything, store.get(EverythingFixtures.randId(everything)).orElseThrow());
    }
  }
}
