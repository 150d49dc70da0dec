package io.redifu.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.runtime.Redifu;
import io.redifu.testing.LocalServices;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The demo runs against the test Redis and SQL database: seeds its feed page by page and shows the
 * rename in both readers' feeds.
 */
class DemoTest {
  @Test
  void renamingAnAuthorOnceShowsInEveryFeed() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    DemoDatabase database = new DemoDatabase(LocalServices.jdbcUrl());
    try (Redifu redifu = Demo.redifu(LocalServices.redisUrl(), database)) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Demo.run(redifu, database);
    } finally {
      System.setOut(original);
      database.drop();
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    String[] parts = output.split("renamed the author once", 2);
    assertThat(parts).hasSize(2);
    String before = parts[0];
    String[] feeds = parts[1].split("  ---", 2);
    assertThat(before).contains("by Ada Lovelace").doesNotContain("Augusta Ada King");
    assertThat(feeds).hasSize(2);
    assertThat(feeds[0]).contains("by Augusta Ada King").doesNotContain("Ada Lovelace");
    assertThat(feeds[1]).contains("by Augusta Ada King").doesNotContain("Ada Lovelace");
    assertThat(output).contains("page 3 (LAST_PAGE)").endsWith("done\n");
  }
}
