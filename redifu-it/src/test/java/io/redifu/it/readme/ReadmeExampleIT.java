package io.redifu.it.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.testing.LocalServices;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * Runs the README's example program ({@code com.example.Main} of {@code consumers/readme-maven},
 * compiled by the reactor from the README's own blocks) as a user runs it: its own JVM, the Redis
 * URL in {@code REDIS_URL}. Then checks what it printed and what it left in Redis.
 */
class ReadmeExampleIT {
  private static final Pattern KEY_LINE = Pattern.compile("redis-cli GET (post:[A-Za-z0-9]{16})");
  private static final Pattern AUTHOR_ID =
      Pattern.compile("\"authorRandId\":\"([A-Za-z0-9]{16})\"");

  private final String redisUrl = LocalServices.redisUrl();
  private final List<String> keysToDelete = new ArrayList<>();

  @AfterEach
  void deleteTheExampleKeys() {
    if (!keysToDelete.isEmpty()) {
      try (Jedis jedis = new Jedis(URI.create(redisUrl))) {
        jedis.del(keysToDelete.toArray(String[]::new));
      }
    }
  }

  @Test
  void theExampleStoresThePostOnceAndShowsTheRenamedAuthor() throws Exception {
    Path out = Files.createTempFile("readme-example", ".out");
    Path err = Files.createTempFile("readme-example", ".err");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "com.example.Main")
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().put("REDIS_URL", redisUrl);
    Process process = builder.start();
    boolean exited = process.waitFor(60, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }
    List<String> printed = Files.readAllLines(out, StandardCharsets.UTF_8);
    String errors = Files.readString(err, StandardCharsets.UTF_8);
    Files.delete(out);
    Files.delete(err);
    Matcher keyLine = KEY_LINE.matcher(printed.size() == 3 ? printed.get(2) : "");
    String post = null;
    String account = null;
    try (Jedis jedis = new Jedis(URI.create(redisUrl))) {
      if (keyLine.matches()) {
        // whatever is asserted below, the keys the example wrote are deleted after
        String postKey = keyLine.group(1);
        keysToDelete.add(postKey);
        post = jedis.get(postKey);
        Matcher author = AUTHOR_ID.matcher(post == null ? "" : post);
        if (author.find()) {
          keysToDelete.add("account:" + author.group(1));
          account = jedis.get("account:" + author.group(1));
        }
      }

      assertThat(exited).as("the example ended within 60 s").isTrue();
      assertThat(process.exitValue()).as("exit code; stderr:\n%s", errors).isZero();
      assertThat(printed).as("stdout; stderr:\n%s", errors).hasSize(3);
      assertThat(printed.subList(0, 2)).containsExactly("Hello by Ada", "Hello by Ada Lovelace");
      assertThat(keyLine.matches()).as("third line %s", printed.get(2)).isTrue();
      assertThat(keysToDelete).as("the post's document names its author: %s", post).hasSize(2);

      assertThat(post).contains("\"title\":\"Hello\"").doesNotContain("Ada");
      assertThat(account).contains("\"name\":\"Ada Lovelace\"");
      assertThat(Duration.ofMillis(jedis.pttl(keysToDelete.get(0))))
          .isBetween(Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7));
      assertThat(Duration.ofMillis(jedis.pttl(keysToDelete.get(1))))
          .isBetween(Duration.ofDays(30).minusMinutes(1), Duration.ofDays(30));
    }
  }
}
