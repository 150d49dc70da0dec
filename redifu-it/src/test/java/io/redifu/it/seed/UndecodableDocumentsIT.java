package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.CorruptEntryException;
import io.redifu.runtime.Redifu;
import io.redifu.testing.LocalServices;
import io.redifu.testing.LogCapture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A cached document written by an older {@code Post} class ({@code tags} was one string, now a
 * list): by default every read of it fails with {@link CorruptEntryException}; with {@code
 * reloadUndecodableDocuments(true)} it is read as absent, reloaded from SQL, counted and logged.
 */
class UndecodableDocumentsIT {
  private SeedTables tables;
  private final MeterRegistry registry = new SimpleMeterRegistry();
  private final String user = BaseRecord.newRandId();
  private List<String> ids;

  @BeforeEach
  void setUp() throws Exception {
    tables = new SeedTables(SqlDatabase.POSTGRESQL);
    String author = BaseRecord.newRandId();
    tables.account(author, "Ada");
    ids = tables.posts(user, 5, List.of(author));
  }

  @AfterEach
  void tearDown() throws Exception {
    tables.drop();
  }

  private Redifu redifu(boolean reload) {
    return Redifu.builder()
        .redis(LocalServices.redisUrl())
        .dataSource(tables.database.dataSource())
        .metrics(new io.redifu.runtime.metrics.MicrometerMetrics(registry))
        .reloadUndecodableDocuments(reload)
        .build();
  }

  /** Seeds the feed, then overwrites the newest post's document with its old shape. */
  private String seedThenCorrupt(Redifu redifu) {
    AccountCache.create(redifu).loadedBy(tables::accountsById);
    PostCache.create(redifu).loadedBy(tables::postsById);
    PostTimelineCache feed = PostTimelineCache.create(redifu).seededBy(tables::feed);
    assertThat(feed.of(user).fetchOrSeed(List.of()).items()).hasSize(5);
    String newest = feed.of(user).fetchOrSeed(List.of()).items().get(0).getRandId();
    String key = PostCache.key(newest);
    String current = redifu.client().get(key);
    String old = current.replaceFirst("\"tags\":\\[[^\\]]*\\]", "\"tags\":\"news,tech\"");
    assertThat(old).isNotEqualTo(current).contains("\"tags\":\"news,tech\"");
    redifu.client().set(key, old);
    return newest;
  }

  @Test
  void byDefaultAnUndecodableDocumentFailsTheRead() {
    try (Redifu redifu = redifu(false)) {
      String id = seedThenCorrupt(redifu);
      PostTimelineCache feed = PostTimelineCache.create(redifu);
      PostCache posts = PostCache.create(redifu);

      assertThatThrownBy(() -> feed.of(user).fetchOrSeed(List.of()))
          .isInstanceOf(CorruptEntryException.class)
          .hasMessageContaining(PostCache.key(id));
      assertThatThrownBy(() -> posts.get(id)).isInstanceOf(CorruptEntryException.class);
      assertThatThrownBy(() -> posts.getOrLoad(id)).isInstanceOf(CorruptEntryException.class);
      feed.of(user).purge();
    }
  }

  @Test
  void withReloadTheFeedPageIsFullAndTheDocumentRewritten() {
    try (Redifu redifu = redifu(true);
        LogCapture logs = LogCapture.start()) {
      String id = seedThenCorrupt(redifu);
      PostTimelineCache feed = PostTimelineCache.create(redifu);

      List<Post> page = feed.of(user).fetchOrSeed(List.of()).items();

      assertThat(page).extracting(Post::getRandId).hasSize(5).contains(id);
      assertThat(page.get(0).getTags()).isNotNull();
      assertThat(redifu.client().get(PostCache.key(id)))
          .as("current shape stored")
          .contains("\"tags\":[");
      assertThat(undecodable("fetch")).isEqualTo(1);
      feed.of(user).fetchOrSeed(List.of());
      List<String> warnings =
          logs.lines().stream()
              .filter(l -> l.contains("WARN io.redifu.runtime.internal.document.Undecodable"))
              .toList();
      assertThat(warnings).hasSize(1);
      assertThat(warnings.get(0)).contains(PostCache.key(id));
      feed.of(user).purge();
    }
  }

  @Test
  void withReloadGetIsAMissAndGetOrLoadReloads() {
    try (Redifu redifu = redifu(true)) {
      String id = seedThenCorrupt(redifu);
      PostCache posts = PostCache.create(redifu);
      String old = redifu.client().get(PostCache.key(id));

      assertThat(posts.get(id)).isEmpty();
      assertThat(redifu.client().exists(PostCache.key(id))).as("deleted").isFalse();
      redifu.client().set(PostCache.key(id), old);
      Post loaded = posts.getOrLoad(id);
      assertThat(loaded.getRandId()).isEqualTo(id);
      assertThat(posts.get(id)).isPresent();
      Map<String, Post> all = posts.getAll(List.of(id, ids.get(0)));
      assertThat(all).containsKeys(id, ids.get(0));
      assertThat(undecodable("get")).isEqualTo(1);
      assertThat(undecodable("getOrLoad")).isEqualTo(1);
      PostTimelineCache.create(redifu).of(user).purge();
    }
  }

  private double undecodable(String op) {
    Counter counter =
        registry.find("redifu.documents.undecodable").tags("entity", "Post", "op", op).counter();
    return counter == null ? 0 : counter.count();
  }
}
