package com.example;

import io.redifu.runtime.Redifu;

public class Main {
  public static void main(String[] args) {
    String redisUrl = System.getenv().getOrDefault("REDIS_URL", "redis://localhost:6379");
    try (Redifu redifu = Redifu.builder().redis(redisUrl).build()) {
      AccountCache accounts = AccountCache.create(redifu);
      PostCache posts = PostCache.create(redifu);

      Account ada = new Account();
      ada.init();                                 // fresh randId, createdAt = updatedAt = now
      ada.name = "Ada";
      accounts.set(ada);

      Post post = new Post();
      post.init();
      post.title = "Hello";
      post.authorRandId = ada.getRandId();
      posts.set(post);                            // 1 round trip; stores the author's id only

      Post loaded = posts.get(post.getRandId()).orElseThrow();
      System.out.println(loaded.title + " by " + loaded.author.name);

      ada.name = "Ada Lovelace";
      ada.touch();                                // updatedAt = now
      accounts.set(ada);                          // one write: every read of every post shows it
      loaded = posts.get(post.getRandId()).orElseThrow();
      System.out.println(loaded.title + " by " + loaded.author.name);
      System.out.println("redis-cli GET " + PostCache.key(post.getRandId()));
    }
  }
}
