package io.redifu.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.annotation.Order;
import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostPageCache;
import io.redifu.it.domain.PostSortedCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.domain.Transfer;
import io.redifu.it.domain.TransferTimeSeriesCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.ScriptCacheStatus;
import io.redifu.runtime.TimeSeriesResult;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.model.TimeBounds;
import io.redifu.testing.redis.LocalCluster;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated caches on a real 3-master Redis Cluster started by the test: documents spread over
 * every node, collections on one node each (their own hash tag), batch reads grouped by slot, so
 * nothing meets CROSSSLOT. Each test would throw if a multi-key command crossed slots.
 */
class ClusterIT {
  private static final Instant BASE = Instant.parse("2026-05-01T00:00:00Z");
  private static LocalCluster cluster;
  private static Redifu redifu;

  @BeforeAll
  static void start() throws Exception {
    cluster = LocalCluster.start();
    redifu = Redifu.builder().cluster(cluster.seed()).build();
  }

  @AfterAll
  static void stop() throws Exception {
    if (redifu != null) {
      redifu.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void theHealthChecksOfTheStarterWorkOnACluster() {
    assertThat(redifu.client().ping()).isEqualTo("PONG");
    ScriptCacheStatus scripts = ScriptCacheStatus.check(redifu);
    assertThat(scripts.total()).isGreaterThan(10);
    assertThat(scripts.loaded()).doesNotContainAnyElementsOf(scripts.absent());
  }

  @Test
  void entityDocumentsSpreadOverSlotsAreReadInBatches() {
    PostCache posts = PostCache.create(redifu).raw();
    List<Post> written = posts(50, null);
    posts.setAll(written);
    List<String> ids = written.stream().map(Post::getRandId).toList();

    Map<String, Post> read = posts.getAll(ids);
    assertThat(read.keySet()).containsExactlyElementsOf(ids);
    assertThat(posts.get(ids.get(7)).orElseThrow().getTitle()).isEqualTo("post 7");
    ids.forEach(posts::delete);
    assertThat(posts.getAll(ids)).isEmpty();
  }

  @Test
  void timelinePagesWithAuthorsOnACluster() {
    AccountCache accounts = AccountCache.create(redifu);
    List<Account> authors = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Account author = new Account();
      author.init();
      author.setName("author " + i);
      authors.add(author);
    }
    accounts.setAll(authors);
    List<Post> written = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      written.addAll(posts(1, authors.get(i % 5).getRandId()));
    }
    String user = BaseRecord.newRandId();
    PostTimelineCache feed = PostTimelineCache.create(redifu);
    List<Post> newestFirst =
        written.stream().sorted(Comparator.comparing(Post::getCreatedAt).reversed()).toList();
    assertThat(feed.of(user).ingest(newestFirst, true, true, "")).isTrue();

    List<String> seen = new ArrayList<>();
    TimelinePage<Post> page = feed.of(user).fetch(List.of());
    seen.addAll(idsWithAuthors(page.items()));
    while (page.hasMore()) {
      page = feed.of(user).fetch(Cursor.parse(page.nextCursor()));
      seen.addAll(idsWithAuthors(page.items()));
    }
    assertThat(seen).isEqualTo(newestFirst.stream().map(Post::getRandId).toList());
    // a second pass reads authors together with the posts (remembered relation ids)
    assertThat(idsWithAuthors(feed.of(user).fetch(List.of()).items())).hasSize(20);

    Post fresh = posts(1, authors.get(0).getRandId()).get(0);
    fresh.setCreatedAt(BASE.plusSeconds(10_000));
    feed.of(user).add(fresh);
    assertThat(feed.of(user).fetch(List.of()).items().get(0).getRandId())
        .isEqualTo(fresh.getRandId());
    feed.of(user).remove(fresh.getRandId());
    feed.of(user).purge();
    authors.forEach(a -> accounts.delete(a.getRandId()));
  }

  @Test
  void sortedPagesAndTimeSeriesOnACluster() {
    List<Post> written = posts(15, null);
    String tag = BaseRecord.newRandId();
    PostSortedCache sorted = PostSortedCache.create(redifu).raw();
    assertThat(sorted.of(tag).ingest(written, "")).isTrue();
    assertThat(sorted.of(tag).fetch(Order.ASC))
        .extracting(Post::getRandId)
        .isEqualTo(written.stream().map(Post::getRandId).toList());

    PostPageCache pages = PostPageCache.create(redifu).raw();
    List<Post> newestFirst =
        written.stream().sorted(Comparator.comparing(Post::getCreatedAt).reversed()).toList();
    assertThat(pages.of(tag).ingest(1, newestFirst.subList(0, 10), "")).isTrue();
    assertThat(pages.of(tag).fetch(1)).hasSize(10);

    String account = BaseRecord.newRandId();
    List<Transfer> transfers = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Transfer transfer = new Transfer();
      transfer.init();
      transfer.setAccountRandId(account);
      transfer.setCreatedAt(BASE.plusSeconds(60L * i));
      transfers.add(transfer);
    }
    TransferTimeSeriesCache series = TransferTimeSeriesCache.create(redifu);
    TimeSeriesResult<Transfer> empty = series.of(account).fetch(BASE, BASE.plusSeconds(3_600));
    assertThat(empty.gaps()).hasSize(1);
    sorted.of(tag).reset();
    pages.of(tag).reset();
    PostCache posts = PostCache.create(redifu);
    written.forEach(p -> posts.delete(p.getRandId()));
    assertThat(series.of(account).fetch(BASE, BASE.plusSeconds(3_600)).items()).isEmpty();
    assertThat(empty.gaps().get(0)).isEqualTo(TimeBounds.range(BASE, BASE.plusSeconds(3_600)));
  }

  @Test
  void scriptsLostOnEveryNodeAreSentAgain() {
    PostTimelineCache feed = PostTimelineCache.create(redifu);
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 6; i++) { // instances on several nodes
      String user = BaseRecord.newRandId();
      users.add(user);
      feed.of(user).ingest(posts(3, null), true, true, "");
    }
    try (redis.clients.jedis.Jedis any =
        new redis.clients.jedis.Jedis(redis.clients.jedis.HostAndPort.from(cluster.seed()))) {
      for (String node : any.clusterNodes().split("\n")) {
        String address = node.split(" ")[1].split("@")[0];
        try (redis.clients.jedis.Jedis jedis =
            new redis.clients.jedis.Jedis(redis.clients.jedis.HostAndPort.from(address))) {
          jedis.scriptFlush();
        }
      }
    }
    redifu.batch(b -> users.forEach(user -> feed.of(user).add(posts(1, null).get(0))));
    for (String user : users) {
      assertThat(feed.of(user).fetch(List.of()).items()).hasSize(4);
      feed.of(user).purge();
    }
  }

  @Test
  void singleRoundTripReadsAreRefusedOnACluster() {
    assertThatThrownBy(
            () -> Redifu.builder().cluster(cluster.seed()).singleRoundTripReads(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("standalone");
  }

  private static List<String> idsWithAuthors(List<Post> posts) {
    for (Post post : posts) {
      assertThat(post.getAuthor().getRandId()).isEqualTo(post.getAuthorRandId());
    }
    return posts.stream().map(Post::getRandId).toList();
  }

  private static int clock;

  private static List<Post> posts(int count, String author) {
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Post post = new Post();
      post.init();
      post.setTitle("post " + i);
      post.setAuthorRandId(author);
      post.setCreatedAt(BASE.plusSeconds(++clock));
      posts.add(post);
    }
    return posts;
  }
}
