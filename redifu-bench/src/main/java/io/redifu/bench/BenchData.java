package io.redifu.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Deterministic benchmark data: post {@code i} is the same in every run and every JVM. */
public final class BenchData {
  private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String[] WORDS = {
    "redis",
    "cache",
    "latency",
    "throughput",
    "json",
    "document",
    "timeline",
    "author",
    "post",
    "pipeline",
    "round",
    "trip",
    "the",
    "a",
    "of",
    "and",
    "to",
    "in",
    "is",
    "with",
    "fast",
    "slow",
    "café",
    "\"quoted\"",
    "server",
    "client",
    "page",
    "entity",
    "codec",
    "stream",
    "token",
    "value"
  };
  private static final String[] TAGS = {
    "java", "redis", "performance", "jmh", "databases", "caching", "json", "networking"
  };
  private static final int CONTENT_CHARS = 240;

  /** Posts draw their authors among this many accounts. */
  public static final int ACCOUNTS = 1_000;

  private BenchData() {}

  /** Posts 0 to {@code count - 1}. */
  public static List<BenchPost> posts(int count) {
    List<BenchPost> posts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      posts.add(post(i));
    }
    return posts;
  }

  /** Post number {@code i}. */
  public static BenchPost post(int i) {
    SplittableRandom random = new SplittableRandom(i);
    BenchPost post = new BenchPost();
    post.setRandId(randId(random));
    post.setCreatedAt(EPOCH.plus(Duration.ofMillis(60_000L * i + random.nextInt(60_000))));
    post.setUpdatedAt(post.getCreatedAt().plusMillis(random.nextInt(86_400_000)));
    post.title = "Post " + i + ": " + sentence(random, 24);
    post.content = sentence(random, CONTENT_CHARS);
    post.authorRandId = accountRandId(random.nextInt(ACCOUNTS));
    for (int t = 0, n = 1 + random.nextInt(4); t < n; t++) {
      post.tags.add(TAGS[random.nextInt(TAGS.length)]);
    }
    post.likes = random.nextInt(10_000);
    post.status = BenchPostStatus.values()[random.nextInt(BenchPostStatus.values().length)];
    post.score = Math.round(random.nextDouble() * 1_000_000) / 1_000.0;
    return post;
  }

  /** Accounts 0 to {@code count - 1}. */
  public static List<BenchAccount> accounts(int count) {
    List<BenchAccount> accounts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      accounts.add(account(i));
    }
    return accounts;
  }

  /** Account number {@code i}. */
  public static BenchAccount account(int i) {
    SplittableRandom random = new SplittableRandom(1_000_000L + i);
    BenchAccount account = new BenchAccount();
    account.setRandId(accountRandId(i));
    account.setCreatedAt(EPOCH.minus(Duration.ofMinutes(random.nextInt(1_000_000))));
    account.setUpdatedAt(account.getCreatedAt());
    account.name = "Account " + i + " " + sentence(random, 12);
    account.handle = "@user" + i;
    account.bio = sentence(random, 250);
    account.avatarUrl = "https://cdn.example.com/avatars/" + account.getRandId() + ".png";
    account.followers = random.nextInt(100_000);
    account.verified = random.nextInt(10) == 0;
    return account;
  }

  private static String accountRandId(int i) {
    return randId(new SplittableRandom(2_000_000L + i));
  }

  private static String randId(SplittableRandom random) {
    char[] id = new char[16];
    for (int i = 0; i < id.length; i++) {
      id[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return new String(id);
  }

  /** Words joined by spaces, cut to exactly {@code length} characters. */
  private static String sentence(SplittableRandom random, int length) {
    StringBuilder text = new StringBuilder(length + 16);
    while (text.length() < length) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    text.setLength(length);
    return text.toString();
  }
}
