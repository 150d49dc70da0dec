package io.redifu.consumer.feed;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Users' feeds of posts with their authors, kept in Redis by redifu, seeded from PostgreSQL. */
@SpringBootApplication
public class FeedApplication {
  public static void main(String[] args) {
    SpringApplication.run(FeedApplication.class, args);
  }
}
