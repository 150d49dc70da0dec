package io.redifu.it.near;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.testing.redis.ClusterSlots;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The near cache on a local 3-master cluster: every master reports changes, a master that stops and
 * starts again empties the near cache until its tracking is back, and a page whose authors come
 * from the near cache equals one read without it.
 */
class NearCacheClusterIT {
  private NearCacheServer.Cluster server;
  private Redifu near;
  private Redifu plain;
  private final NearCacheModel.Counts counts = new NearCacheModel.Counts();
  private final List<Account> accounts = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = (NearCacheServer.Cluster) NearCacheServer.cluster();
    near =
        server
            .redifu()
            .nearCache(Account.class)
            .nearCacheHeartbeat(Duration.ofMillis(100))
            .metrics(counts)
            .build();
    plain = server.redifu().build();
    for (int i = 0; i < 60; i++) {
      Account account = ModelWriter.account(BaseRecord.newRandId(), 1, "v1");
      accounts.add(account);
    }
    AccountCache.create(plain).setAll(accounts);
  }

  @AfterEach
  void stop() throws Exception {
    if (near != null) {
      near.close();
    }
    if (plain != null) {
      plain.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyMasterReportsItsChanges() throws Exception {
    AccountCache cached = AccountCache.create(near);
    ClusterSlots slots = new ClusterSlots(server.cluster);
    Set<Integer> owners = new HashSet<>();
    for (Account account : accounts) {
      owners.add(slots.ownerOf(ClusterSlots.slotOf(AccountCache.key(account.getRandId()))));
    }
    assertThat(owners).as("masters holding the accounts").hasSize(3);
    await("every account a near-cache hit", () -> allHeld(cached));

    for (Account account : accounts) {
      server.raw().set(AccountCache.key(account.getRandId()), json(account, "v2"));
    }
    await("every raw SET reached the near cache", () -> allNamed(cached, "v2"));
  }

  @Test
  void aRestartedMasterEmptiesTheNearCacheUntilTrackingIsBack() throws Exception {
    AccountCache cached = AccountCache.create(near);
    await("every account a near-cache hit", () -> allHeld(cached));
    int port = server.cluster.ports().get(1);
    long before = counts.invalidations.get();

    server.cluster.stop(port);
    await("the near cache dropped", () -> counts.invalidations.get() >= before + accounts.size());
    server.cluster.restart(port); // without its data
    AccountCache.create(plain).setAll(accounts);
    await("tracking on every master again", () -> server.trackingClientCount() == 3);
    await("every account a near-cache hit again", () -> allHeld(cached));

    for (Account account : accounts) {
      server.raw().set(AccountCache.key(account.getRandId()), json(account, "v3"));
    }
    await("the restarted master reports its changes", () -> allNamed(cached, "v3"));
  }

  @Test
  void aPageWithNearCachedAuthorsEqualsOneReadWithoutThem() throws Exception {
    String user = BaseRecord.newRandId();
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Post post = new Post();
      post.init();
      post.setTitle("post " + i);
      post.setAuthorRandId(accounts.get(i * 3 % accounts.size()).getRandId());
      post.setCreatedAt(Instant.parse("2026-06-01T00:00:00Z").plusSeconds(i));
      posts.add(0, post);
    }
    assertThat(PostTimelineCache.create(plain).raw().of(user).ingest(posts, true, true, ""))
        .isTrue();
    PostTimelineCache.Instance nearFeed = PostTimelineCache.create(near).of(user);
    PostTimelineCache.Instance plainFeed = PostTimelineCache.create(plain).of(user);
    await("authors held", () -> page(nearFeed) != null && counts.hits.get() >= 20);

    long hitsBefore = counts.hits.get();
    List<String> fromNear = page(nearFeed);
    assertThat(counts.hits.get() - hitsBefore).as("authors from the near cache").isEqualTo(20);
    assertThat(fromNear).isEqualTo(page(plainFeed)).hasSize(20);
  }

  /** Each post as {@code title by name (followers)}. */
  private static List<String> page(PostTimelineCache.Instance feed) {
    return feed.fetch(List.of()).items().stream()
        .map(
            p ->
                p.getTitle()
                    + " by "
                    + p.getAuthor().getName()
                    + " ("
                    + p.getAuthor().getFollowers()
                    + ")")
        .toList();
  }

  private boolean allHeld(AccountCache cached) {
    long before = counts.hits.get();
    cached.getAll(accounts.stream().map(Account::getRandId).toList());
    return counts.hits.get() - before == accounts.size();
  }

  private boolean allNamed(AccountCache cached, String name) {
    return cached.getAll(accounts.stream().map(Account::getRandId).toList()).values().stream()
        .allMatch(account -> name.equals(account.getName()));
  }

  private static String json(Account account, String name) {
    return "{\"randId\":\"" + account.getRandId() + "\",\"name\":\"" + name + "\",\"followers\":2}";
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what).isLessThan(deadline);
      Thread.sleep(10);
    }
  }
}
