package io.redifu.consumer.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.metrics.MicrometerMetrics;
import io.redifu.testing.LocalServices;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application over real HTTP on Spring Boot's own dependency versions, against the machine's
 * Redis and PostgreSQL (LocalServices). Each test uses a user and author of its own random ids and
 * deletes only its own rows and keys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedAppTest {
  @DynamicPropertySource
  static void services(DynamicPropertyRegistry registry) {
    // where an application says where its Redis is; redifu and Spring Data Redis (if any) use it
    registry.add("spring.data.redis.url", LocalServices::redisUrl);
    registry.add("spring.datasource.url", LocalServices::jdbcUrl);
  }

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;
  @Autowired PostTimelineCache feed;
  @Autowired AccountCache accounts;
  @Autowired Redifu redifu;

  private final HttpClient http = HttpClient.newHttpClient();
  private final String user = BaseRecord.newRandId();
  private final String author = BaseRecord.newRandId();

  @AfterEach
  void cleanUp() {
    jdbc.sql("DELETE FROM boot4_feed_posts WHERE user_id = ?").param(user).update();
    jdbc.sql("DELETE FROM boot4_feed_accounts WHERE randid = ?").param(author).update();
    feed.of(user).purge(); // the feed's index, state and post documents
    accounts.delete(author);
  }

  @Test
  void postedPostsAreStoredInSqlAndServedWithTheirAuthor() throws Exception {
    insertAuthor("Ada Lovelace");
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> response =
          send(
              HttpRequest.newBuilder(uri("/users/" + user + "/posts"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"authorRandId\":\"" + author + "\",\"title\":\"post " + i + "\"}")));
      assertThat(response.statusCode()).isEqualTo(201);
      created.add(JsonPath.read(response.body(), "$.randId"));
      Thread.sleep(2); // distinct creation times: the feed's order is theirs
    }
    assertThat(
            jdbc.sql("SELECT count(*) FROM boot4_feed_posts WHERE user_id = ?")
                .param(user)
                .query(Long.class)
                .single())
        .isEqualTo(3L);

    String page = get("/users/" + user + "/feed");

    List<String> ids = JsonPath.read(page, "$.posts[*].randId");
    assertThat(ids).containsExactly(created.get(2), created.get(1), created.get(0));
    List<String> authors = JsonPath.read(page, "$.posts[*].authorName");
    assertThat(authors).containsOnly("Ada Lovelace");
  }

  @Test
  void aColdFeedIsSeededFromPostgresPageByPage() throws Exception {
    insertAuthor("Alan Turing");
    List<String> newestFirst = new ArrayList<>();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    for (int i = 0; i < 12; i++) {
      String id = BaseRecord.newRandId();
      jdbc.sql(
              "INSERT INTO boot4_feed_posts (randid, user_id, author_randid, title, created_at)"
                  + " VALUES (?, ?, ?, ?, ?)")
          .params(id, user, author, "old " + i, utc(now.minusSeconds(60L * i)))
          .update();
      newestFirst.add(id);
    }

    String first = get("/users/" + user + "/feed");
    String cursor = JsonPath.read(first, "$.nextCursor");
    String second = get("/users/" + user + "/feed?cursor=" + cursor);

    List<String> seen = new ArrayList<>(JsonPath.<List<String>>read(first, "$.posts[*].randId"));
    seen.addAll(JsonPath.read(second, "$.posts[*].randId"));
    assertThat(seen).isEqualTo(newestFirst);
    assertThat(JsonPath.<Object>read(second, "$.nextCursor")).isNull();
    assertThat(JsonPath.<List<String>>read(first, "$.posts[*].authorName"))
        .containsOnly("Alan Turing");
    // the seeded pages now live in Redis: they are served even once SQL has forgotten them
    jdbc.sql("DELETE FROM boot4_feed_posts WHERE user_id = ?").param(user).update();
    assertThat(JsonPath.<List<String>>read(get("/users/" + user + "/feed"), "$.posts[*].randId"))
        .isEqualTo(newestFirst.subList(0, 10));
  }

  @Test
  void healthShowsRedifuUpAndMetricsReachMicrometer() throws Exception {
    String health = get("/actuator/health");
    assertThat(JsonPath.<String>read(health, "$.components.redifu.status")).isEqualTo("UP");
    assertThat(JsonPath.<String>read(health, "$.components.redifu.details.ping")).isEqualTo("PONG");

    assertThat(redifu.settings().metrics()).isInstanceOf(MicrometerMetrics.class);
    get("/users/" + user + "/feed"); // an empty feed: seeded (nothing), then read
    String rounds = get("/actuator/metrics/redifu.round.trips");
    assertThat(JsonPath.<Double>read(rounds, "$.measurements[0].value")).isPositive();
    String feedReads = get("/actuator/metrics/redifu.operation?tag=op:fetchOrSeed");
    assertThat(JsonPath.<Double>read(feedReads, "$.measurements[0].value")).isPositive(); // COUNT
    String pool = get("/actuator/metrics/redifu.pool.max"); // bound by Spring Boot as a MeterBinder
    assertThat(JsonPath.<Double>read(pool, "$.measurements[0].value")).isPositive();
  }

  private void insertAuthor(String name) {
    jdbc.sql("INSERT INTO boot4_feed_accounts (randid, name, created_at) VALUES (?, ?, ?)")
        .params(author, name, utc(Instant.now()))
        .update();
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
    assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
    return response.body();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
