package io.redifu.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Go README's scenario as a REST service: each user's feed of posts, 20 per page, newest first,
 * each post with its author; seeded from PostgreSQL on first read and kept in Redis, where every
 * post and every account is stored once.
 */
@SpringBootApplication
public class SampleApplication {
  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}
