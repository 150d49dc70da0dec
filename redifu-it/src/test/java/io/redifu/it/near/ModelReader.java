package io.redifu.it.near;

import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.runtime.Redifu;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * One thread reading the model's accounts through one reader {@code Redifu}: get, getAll,
 * getOrLoad, a feed page and a getAll of posts (both with their near-cached authors), each checked
 * against what was confirmed to that reader before the read began.
 */
final class ModelReader {
  private final NearCacheModel model;
  private final int reader;
  private final Random random;
  private final AccountCache accounts;
  private final PostCache posts;
  private final PostTimelineCache.Instance feed;
  private final Map<String, ModelKey> byRandId = new HashMap<>();
  private final List<String> postIds = new ArrayList<>();

  /** What a read returned for one account: its version, or null when absent. */
  private record Seen(ModelKey key, Integer version) {}

  ModelReader(NearCacheModel model, int reader, Random random) {
    this.model = model;
    this.reader = reader;
    this.random = random;
    Redifu redifu = model.redifus[reader];
    this.accounts = AccountCache.create(redifu);
    this.posts = PostCache.create(redifu);
    this.feed = PostTimelineCache.create(redifu).of(model.user);
    model.keys.forEach(key -> byRandId.put(key.randId, key));
    model.posts.forEach(post -> postIds.add(post.getRandId()));
  }

  Void run(long deadline) {
    while (System.nanoTime() < deadline) {
      int dice = random.nextInt(100);
      if (dice < 35) {
        ModelKey key = pick();
        read("get", List.of(key), () -> List.of(seen(key, accounts.get(key.randId).orElse(null))));
      } else if (dice < 55) {
        List<ModelKey> some = some();
        read("getAll", some, () -> getAll(some));
      } else if (dice < 70) {
        ModelKey key = pick();
        read(
            "getOrLoad",
            List.of(key),
            () -> List.of(seen(key, accounts.getOrLoad(key.randId, id -> null))));
      } else if (dice < 85) {
        read("feed page", model.keys, () -> authors(feed.fetch(List.of()).items()));
      } else {
        read("posts getAll", model.keys, () -> authors(posts.getAll(postIds).values()));
      }
      LockSupport.parkNanos(20_000 + random.nextInt(80_000));
    }
    return null;
  }

  private ModelKey pick() {
    return model.keys.get(random.nextInt(model.keys.size()));
  }

  private List<ModelKey> some() {
    LinkedHashSet<ModelKey> some = new LinkedHashSet<>();
    int size = 1 + random.nextInt(6);
    while (some.size() < size) {
      some.add(pick());
    }
    return List.copyOf(some);
  }

  private List<Seen> getAll(List<ModelKey> some) {
    Map<String, Account> found = accounts.getAll(some.stream().map(key -> key.randId).toList());
    return some.stream().map(key -> seen(key, found.get(key.randId))).toList();
  }

  private List<Seen> authors(Collection<Post> read) {
    List<Seen> seen = new ArrayList<>();
    for (Post post : read) {
      seen.add(seen(byRandId.get(post.getAuthorRandId()), post.getAuthor()));
    }
    return seen;
  }

  private static Seen seen(ModelKey key, Account account) {
    return new Seen(key, account == null ? null : account.getFollowers());
  }

  /** Runs {@code read} of {@code keys} and checks each account it returned. */
  private void read(String op, List<ModelKey> keys, Supplier<List<Seen>> read) {
    Map<ModelKey, Long> confirmed = new HashMap<>();
    for (ModelKey key : keys) {
      confirmed.put(key, key.confirmed(reader));
    }
    List<Seen> seen;
    try {
      seen = read.get();
    } catch (RuntimeException e) {
      model.log.violation("seed " + model.seed + ": reader " + reader + "'s " + op + " threw " + e);
      return;
    }
    model.log.count("reads: " + op);
    for (Seen one : seen) {
      String wrong = one.key().check(one.version(), confirmed.get(one.key()), one.key().started());
      if (wrong != null) {
        model.log.violation(
            "seed "
                + model.seed
                + ": reader "
                + reader
                + "'s "
                + op
                + " of "
                + one.key().key
                + " (writer "
                + one.key().writer
                + "): "
                + wrong
                + ", confirmed "
                + one.key().howConfirmed(reader));
      }
    }
  }
}
