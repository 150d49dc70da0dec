package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.model.KeySchema;
import io.redifu.testing.LocalServices;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/**
 * What redifu's keys cost in Redis memory ({@code MEMORY USAGE key SAMPLES 0}): a post and an
 * account document of realistic sizes, a timeline's zset per member, its meta hash, a missing
 * marker. Prints the numbers; the bounds catch a layout that grew by accident.
 */
class MemoryUsageIT {
  @Test
  void documentsZsetMembersMetaAndMarkersCostWhatTheREADMESays() {
    try (Redifu redifu = Redifu.builder().redis(LocalServices.redisUrl()).build()) {
      UnifiedJedis redis = redifu.client();
      AccountCache accounts = AccountCache.create(redifu);
      PostCache posts = PostCache.create(redifu);
      PostTimelineCache feed = PostTimelineCache.create(redifu);

      Account account = new Account();
      account.init();
      account.setName("Ada Lovelace");
      account.setFollowers(1234);
      accounts.set(account);
      Post post = post(account, 0);
      posts.set(post);

      String user = BaseRecord.newRandId();
      List<Post> thousand = new ArrayList<>();
      for (int i = 0; i < 1_000; i++) {
        thousand.add(post(account, i));
      }
      // documents and ids as a seed commits them
      assertThat(feed.of(user).ingest(thousand, true, true, null)).isTrue(); // as a seed commits
      String zset = "{" + PostTimelineCache.key(user) + "}";

      String gone = "gone-" + BaseRecord.newRandId();
      posts.markMissing(gone);
      long postBytes = usage(redis, PostCache.key(post.getRandId()));
      long accountBytes = usage(redis, AccountCache.key(account.getRandId()));
      long zsetBytes = usage(redis, zset);
      long metaBytes = usage(redis, zset + ":meta");
      String marker = KeySchema.missingMarker(PostCache.key(gone));
      long markerBytes = usage(redis, marker);
      System.out.printf(
          "MEMORY USAGE (Redis %s): post document %d B (%d B of JSON), account document %d B (%d"
              + " B of JSON), timeline zset of %d members %d B = %.1f B per member, meta hash %d"
              + " B, missing marker %d B%n",
          redis.info("server").lines().filter(l -> l.startsWith("redis_version:")).findFirst(),
          postBytes,
          redis.strlen(PostCache.key(post.getRandId())),
          accountBytes,
          redis.strlen(AccountCache.key(account.getRandId())),
          redis.zcard(zset),
          zsetBytes,
          zsetBytes / (double) redis.zcard(zset),
          metaBytes,
          markerBytes);

      assertThat(redis.zcard(zset)).isEqualTo(1_000);
      assertThat(postBytes).isBetween(redis.strlen(PostCache.key(post.getRandId())), 2_000L);
      assertThat(accountBytes).isBetween(50L, 400L);
      assertThat(zsetBytes / 1_000.0).as("bytes per member").isBetween(40.0, 160.0);
      assertThat(metaBytes).isBetween(50L, 400L);
      assertThat(markerBytes).isBetween(40L, 200L);
      feed.of(user).purge();
      accounts.delete(account.getRandId());
    }
  }

  private static Post post(Account author, int i) {
    Post post = new Post();
    post.init();
    post.setCreatedAt(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i));
    post.setTitle("How we cut our p99 latency in half with a read-through cache, part " + i);
    post.setContent("x".repeat(600)); // a teaser of about 600 characters
    post.setAuthorRandId(author.getRandId());
    post.getTags().addAll(List.of("performance", "redis", "java"));
    return post;
  }

  private static long usage(UnifiedJedis redis, String key) {
    Long bytes = redis.memoryUsage(key, 0);
    assertThat(bytes).as("MEMORY USAGE " + key).isNotNull();
    return bytes;
  }
}
