package io.redifu.it.relations;

import io.redifu.it.domain.Account;
import io.redifu.it.domain.Organization;
import io.redifu.it.domain.Post;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Entities for the relation tests; every call makes fresh random ids. */
final class Fixtures {
  private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
  private static final AtomicLong CLOCK = new AtomicLong();

  private Fixtures() {}

  static Account account(String name) {
    Account account = new Account();
    account.init();
    account.setName(name);
    return account;
  }

  static Organization organization(String name) {
    Organization organization = new Organization();
    organization.init();
    organization.setName(name);
    return organization;
  }

  /** {@code count} posts by {@code author}, each created one second after the previous post. */
  static List<Post> posts(int count, Account author) {
    List<Post> posts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Post post = new Post();
      post.init();
      post.setTitle("post " + i);
      post.setAuthorRandId(author.getRandId());
      post.setCreatedAt(BASE.plusSeconds(CLOCK.incrementAndGet()));
      posts.add(post);
    }
    return posts;
  }

  static List<Post> newestFirst(List<Post> posts) {
    return posts.stream().sorted(Comparator.comparing(Post::getCreatedAt).reversed()).toList();
  }
}
