package io.redifu.it.collections;

import static io.redifu.it.collections.Fixtures.TTL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.annotation.Order;
import io.redifu.it.domain.Member;
import io.redifu.it.domain.MemberPrivateMembersCache;
import io.redifu.it.domain.MemberSortedCache;
import io.redifu.it.domain.MemberTimelineCache;
import io.redifu.it.domain.Post;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.PageStore;
import io.redifu.runtime.internal.SortedStore;
import io.redifu.runtime.internal.TimelineStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/**
 * Bad arguments to the collection stores fail with an IllegalArgumentException naming the argument,
 * and write nothing: the seeded collections are unchanged afterwards (ids, scores, meta with gen).
 */
class CollectionBadInputIT {
  private static final List<String> BAD_IDS =
      Arrays.asList(null, "", "a\uD800", "\uDC00b", "a\u0000b", "x".repeat(513));

  private static Redifu redifu;
  private static UnifiedJedis jedis;
  private final String name = Fixtures.collection("bad");
  private final String tag = BaseRecord.newRandId().substring(0, 6);
  private final List<String> ids = new ArrayList<>();
  private List<Post> posts;
  private TimelineStore<Post> feed;
  private SortedStore<Post> sorted;
  private PageStore<Post> pages;
  private List<Object> before;

  @BeforeAll
  static void connect() {
    redifu = Fixtures.connect();
    jedis = redifu.client();
  }

  @AfterAll
  static void close() {
    redifu.close();
  }

  /** One collection name seeded as a timeline; sorted and page stores use their own keys. */
  @BeforeEach
  void seed() {
    feed = Fixtures.timeline(redifu, Order.DESC, 2, TTL);
    sorted = Fixtures.sorted(redifu, TTL);
    pages = Fixtures.pages(redifu, Order.DESC, 2, TTL);
    posts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Post post = Fixtures.post("bad-" + i + "-" + tag, i);
      ids.add(post.getRandId());
      posts.add(post);
    }
    assertThat(feed.ingest(name, posts, true, true, "")).isTrue();
    assertThat(sorted.ingest(name + ":s", posts, "")).isTrue();
    assertThat(pages.ingest(name + ":p", 1, posts.subList(0, 2), "")).isTrue();
    before = state();
  }

  @AfterEach
  void unchanged() {
    try {
      assertThat(state()).as("nothing written").isEqualTo(before);
    } finally {
      feed.reset(name);
      sorted.reset(name + ":s");
      pages.reset(name + ":p");
      Fixtures.deleteDocuments(jedis, ids);
    }
  }

  private List<Object> state() {
    List<Object> state = new ArrayList<>();
    for (String key : List.of(name, name + ":s")) {
      state.add(Fixtures.zset(jedis, "{" + key + "}"));
      state.add(Map.copyOf(jedis.hgetAll("{" + key + "}:meta")));
    }
    state.add(Map.copyOf(jedis.hgetAll("{" + name + ":p}:meta")));
    state.add(Map.copyOf(jedis.hgetAll("{" + name + ":p}:pages")));
    return state;
  }

  @Test
  void badRandIdsInRemove() {
    for (String id : BAD_IDS) {
      rejected(() -> feed.remove(id, name), "randId");
      rejected(() -> sorted.remove(id, name + ":s"), "randId");
      rejected(() -> pages.remove(id, name + ":p"), "randId");
    }
  }

  @Test
  void badTimelineFetchArguments() {
    rejected(() -> feed.fetch(name, (List<String>) null), "lastRandIds");
    rejected(() -> feed.fetch(name, Arrays.asList(ids.get(0), null)), "lastRandIds[1]");
    rejected(() -> feed.fetch(name, List.of("", ids.get(0))), "lastRandIds[0]");
    rejected(() -> feed.fetch(name, List.of(ids.get(0), "x\uD800")), "lastRandIds[1]");
    rejected(() -> feed.fetch(name, (Cursor) null), "cursor");
    rejected(() -> feed.requiresSeeding(name, -1), "itemsReturned");
    rejected(() -> Cursor.parse("not-a-cursor"), "cursor");
    rejected(() -> Cursor.of(Double.NaN, "a"), "score");
    rejected(() -> Cursor.of(1, ""), "randId");
  }

  @Test
  void badEntitiesAndItems() {
    rejected(() -> feed.add(null, name), "Post");
    rejected(() -> sorted.add(null, name + ":s"), "Post");
    rejected(() -> pages.add(null, name + ":p"), "Post");
    Post broken = Fixtures.post("x\uD800" + tag, 1);
    rejected(() -> feed.add(broken, name), "randId");
    rejected(() -> sorted.add(broken, name + ":s"), "randId");
    rejected(() -> pages.add(broken, name + ":p"), "randId");
    Post noScore = Fixtures.post("noscore-" + tag, 1);
    noScore.setCreatedAt(null);
    rejected(() -> feed.add(noScore, name), "createdAt");
    rejected(() -> sorted.add(noScore, name + ":s"), "createdAt");
    rejected(() -> pages.add(noScore, name + ":p"), "createdAt"); // its pages stay cached
    assertThat(jedis.exists("post:" + noScore.getRandId())).as("no document either").isFalse();
    rejected(() -> feed.ingest(name, null, true, true, ""), "items");
    rejected(() -> sorted.ingest(name + ":s", null, ""), "items");
    rejected(() -> pages.ingest(name + ":p", 1, null, ""), "items");
    rejected(() -> feed.ingest(name, List.of(posts.get(0), noScore), true, true, ""), "createdAt");
    assertThat(jedis.exists("post:" + noScore.getRandId())).isFalse();
  }

  @Test
  void badOrdersRangesAndPages() {
    rejected(() -> sorted.fetch(name + ":s", null), "order");
    rejected(() -> sorted.fetchRange(name + ":s", null, 0, 1), "order");
    rejected(() -> sorted.fetchRange(name + ":s", Order.ASC, 2, 1), "lower");
    for (int page : new int[] {0, -1, Integer.MIN_VALUE}) {
      rejected(() -> pages.fetch(name + ":p", page), "page");
      rejected(() -> pages.requiresSeeding(name + ":p", page), "page");
      rejected(() -> pages.ingest(name + ":p", page, posts.subList(0, 1), ""), "page");
    }
    rejected(() -> pages.ingest(name + ":p", 2, posts, ""), "at most 2");
    for (int page : new int[] {Integer.MAX_VALUE, 1_000_000}) { // huge pages write nothing
      assertThat(pages.fetch(name + ":p", page)).isEmpty();
      assertThat(pages.requiresSeeding(name + ":p", page)).isTrue();
    }
  }

  /**
   * Key parameters straight from a request: an orgId holding ":private" or a tenant and post id
   * holding the template's separators reach their own (encoded) keys only, never the private
   * members of the org or another tenant's comments, whose keys they would have spelled before.
   */
  @Test
  void craftedKeyParametersNeverReachAnotherInstancesKeys() {
    MemberSortedCache members = MemberSortedCache.create(redifu);
    MemberPrivateMembersCache privates = MemberPrivateMembersCache.create(redifu);
    MemberTimelineCache comments = MemberTimelineCache.create(redifu);
    Member secret = member("secret"), intruder = member("intruder");
    String org = "org" + tag;
    try {
      assertThat(privates.of(org).ingest(List.of(secret), "")).isTrue();
      assertThat(comments.of("t1", "p:post:" + tag).ingest(List.of(secret), true, true, ""))
          .isTrue();

      assertThat(members.of(org + ":private").ingest(List.of(intruder), "")).isTrue();
      members.of(org + ":private").add(intruder);
      assertThat(comments.of("t1:post:p", tag).ingest(List.of(intruder), true, true, "")).isTrue();
      comments.of("t1:post:p", tag).add(intruder);

      assertThat(ids(privates.of(org).fetch(Order.DESC))).containsExactly(secret.getRandId());
      assertThat(ids(members.of(org + ":private").fetch(Order.DESC)))
          .containsExactly(intruder.getRandId());
      assertThat(ids(comments.of("t1", "p:post:" + tag).fetchAll()))
          .containsExactly(secret.getRandId());
      assertThat(jedis.exists("{org:" + org + "%3Aprivate:members}")).isTrue();
      members.of(org + ":private").purge();
      comments.of("t1:post:p", tag).purge();
      assertThat(ids(privates.of(org).fetch(Order.DESC))).containsExactly(secret.getRandId());
      assertThat(ids(comments.of("t1", "p:post:" + tag).fetchAll()))
          .containsExactly(secret.getRandId());
    } finally {
      privates.of(org).purge();
      members.of(org + ":private").purge();
      comments.of("t1", "p:post:" + tag).purge();
      comments.of("t1:post:p", tag).purge();
    }
  }

  private Member member(String name) {
    Member member = new Member();
    member.init();
    member.setName(name);
    ids.add(member.getRandId());
    return member;
  }

  private static List<String> ids(List<Member> members) {
    return members.stream().map(Member::getRandId).toList();
  }

  private static void rejected(ThrowingCallable call, String naming) {
    assertThatThrownBy(call)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(naming);
  }
}
