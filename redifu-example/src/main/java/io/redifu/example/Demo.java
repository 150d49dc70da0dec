package io.redifu.example;

import io.redifu.example.services.LocalServices;
import io.redifu.runtime.Redifu;
import java.util.List;
import java.util.Map;

/**
 * The five-minute tour: stores accounts and posts, reads them back in one round trip, renames an
 * author once, and shows a missing marker and a TTL. Uses the Redis of {@code REDIFU_REDIS_URL},
 * else Testcontainers, else an embedded Redis started just for the demo.
 */
public final class Demo {
  private Demo() {}

  public static void main(String[] args) {
    System.out.println("redifu demo — " + LocalServices.describe());
    try (Redifu redifu = Redifu.builder().redis(LocalServices.redisUrl()).build()) {
      run(redifu);
    }
  }

  static void run(Redifu redifu) {
    AccountCache accounts = AccountCache.create(redifu);
    PostCache posts = PostCache.create(redifu);

    Account ada = Account.of("Ada Lovelace", "ada");
    Account alan = Account.of("Alan Turing", "alan");
    accounts.setAll(List.of(ada, alan));
    List<Post> written =
        List.of(
            Post.by(ada, "Notes on the Analytical Engine"),
            Post.by(alan, "On Computable Numbers"),
            Post.by(ada, "Poetical science"));
    posts.setAll(written);
    System.out.printf(
        "stored 2 accounts and %d posts (one round trip each batch)%n", written.size());

    Map<String, Post> read = posts.getAll(written.stream().map(Post::getRandId).toList());
    for (Post post : read.values()) {
      Account author = accounts.get(post.authorRandId).orElseThrow();
      System.out.printf("  %-32s by %s%n", post.title, author.getName());
    }

    ada.setName("Augusta Ada King");
    accounts.set(ada);
    System.out.println("renamed the author once; every post that references her now shows:");
    for (Post post : read.values()) {
      System.out.printf(
          "  %-32s by %s%n", post.title, accounts.get(post.authorRandId).orElseThrow().getName());
    }

    String ghost = "NoSuchAccount001";
    Account loaded = accounts.getOrLoad(ghost, id -> null); // the "database" has no such row
    System.out.printf(
        "getOrLoad(%s) -> %s; marked missing: %s (later lookups skip the database)%n",
        ghost, loaded, accounts.isMissing(ghost));

    long ttl = redifu.client().pttl(AccountCache.key(ada.getRandId()));
    System.out.printf(
        "account document %s expires in %.1f days (ttl \"7d\")%n",
        AccountCache.key(ada.getRandId()), ttl / 86_400_000.0);
    System.out.println("done");
  }
}
