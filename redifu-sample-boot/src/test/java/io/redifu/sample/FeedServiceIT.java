package io.redifu.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Position;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.metrics.MicrometerMetrics;
import io.redifu.sample.Views.AccountChange;
import io.redifu.sample.Views.AccountView;
import io.redifu.sample.Views.FeedPage;
import io.redifu.sample.Views.NewPost;
import io.redifu.sample.Views.PostView;
import io.redifu.testing.LocalServices;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample over real HTTP, against the machine's Redis and PostgreSQL (see LocalServices). Every
 * test works on users and accounts of its own random ids, so runs never meet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedServiceIT {
  private static final int POSTS = 45; // pages of 20, 20 and 5

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry registry) {
    registry.add("redifu.redis.url", LocalServices::redisUrl);
    registry.add("spring.datasource.url", LocalServices::jdbcUrl);
  }

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired PostTimelineCache feed;
  @Autowired AccountCache accounts;
  @Autowired Redifu redifu;

  private final String user = BaseRecord.newRandId();
  private final String ada = BaseRecord.newRandId();
  private final String alan = BaseRecord.newRandId();

  @AfterEach
  void cleanUp() {
    jdbc.sql("DELETE FROM sample_posts WHERE user_id = ?").param(user).update();
    jdbc.sql("DELETE FROM sample_accounts WHERE randid IN (?, ?)").params(ada, alan).update();
    feed.of(user).purge(); // the feed's ids, state and post documents
    accounts.delete(ada);
    accounts.delete(alan);
  }

  @Test
  void pagesThroughASeededFeedAndShowsARenameAndANewPostAtOnce() {
    List<String> newestFirst = seedSql(POSTS);

    FeedPage first = getFeed(null);
    assertThat(first.position()).isEqualTo(Position.FIRST_PAGE);
    assertThat(first.hasMore()).isTrue();
    FeedPage second = getFeed(first.nextCursor());
    assertThat(second.position()).isEqualTo(Position.MIDDLE_PAGE);
    FeedPage third = getFeed(second.nextCursor());
    assertThat(third.position()).isEqualTo(Position.LAST_PAGE);
    assertThat(third.hasMore()).isFalse();
    assertThat(third.nextCursor()).isNull();

    assertThat(first.posts()).hasSize(20);
    assertThat(second.posts()).hasSize(20);
    assertThat(third.posts()).hasSize(5);
    List<String> seen = new ArrayList<>();
    for (FeedPage page : List.of(first, second, third)) {
      page.posts().forEach(post -> seen.add(post.randId()));
    }
    assertThat(seen).isEqualTo(newestFirst);
    assertThat(first.posts().get(0).author().name()).isEqualTo("Ada Lovelace");
    assertThat(first.posts().get(1).author().name()).isEqualTo("Alan Turing");

    ResponseEntity<AccountView> renamed =
        http.exchange(
            "/accounts/" + ada,
            HttpMethod.PUT,
            new HttpEntity<>(new AccountChange("Augusta Ada King", "ada")),
            AccountView.class);
    assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(
            jdbc.sql("SELECT name FROM sample_accounts WHERE randid = ?")
                .param(ada)
                .query(String.class)
                .single())
        .isEqualTo("Augusta Ada King");
    FeedPage afterRename = getFeed(null);
    assertThat(afterRename.posts())
        .filteredOn(post -> post.author().randId().equals(ada))
        .hasSize(10)
        .allSatisfy(post -> assertThat(post.author().name()).isEqualTo("Augusta Ada King"));

    ResponseEntity<PostView> created =
        http.postForEntity(
            "/users/" + user + "/posts",
            new NewPost(alan, "Breaking: a brand-new post", "fresh"),
            PostView.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody().author().name()).isEqualTo("Alan Turing");
    FeedPage top = getFeed(null);
    assertThat(top.posts()).hasSize(20);
    assertThat(top.posts().get(0).randId()).isEqualTo(created.getBody().randId());
    assertThat(top.posts().get(0).author().name()).isEqualTo("Alan Turing");
    assertThat(top.posts().get(1).randId()).isEqualTo(newestFirst.get(0));
    assertThat(
            jdbc.sql("SELECT count(*) FROM sample_posts WHERE user_id = ?")
                .param(user)
                .query(Long.class)
                .single())
        .isEqualTo(POSTS + 1L);
  }

  @Test
  void aBadCursorIsABadRequest() {
    ResponseEntity<String> response =
        http.getForEntity("/users/" + user + "/feed?cursor=nonsense", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void healthShowsRedifuUp() {
    seedSql(3);
    assertThat(getFeed(null).posts()).hasSize(3); // runs redifu's seeding scripts
    JsonNode health = http.getForObject("/actuator/health", JsonNode.class);
    JsonNode redifu = health.path("components").path("redifu");
    assertThat(redifu.path("status").asText()).isEqualTo("UP");
    assertThat(redifu.path("details").path("ping").asText()).isEqualTo("PONG");
    assertThat(redifu.path("details").path("scriptsLoaded").asInt()).isPositive();
    assertThat(redifu.path("details").path("scriptsTotal").asInt())
        .isGreaterThanOrEqualTo(redifu.path("details").path("scriptsLoaded").asInt());
  }

  @Test
  void redifuReportsToTheApplicationsMeterRegistry() {
    assertThat(redifu.settings().metrics()).isInstanceOf(MicrometerMetrics.class);
  }

  @Test
  void metricsCountRoundTripsHitsAndSeeds() {
    seedSql(25);
    FeedPage first = getFeed(null); // seeds page 1 from SQL
    getFeed(first.nextCursor()); // seeds page 2
    getFeed(null); // answered from Redis
    assertThat(count("redifu.round.trips")).isPositive();
    assertThat(count("redifu.cache.hits")).isPositive();
    assertThat(count("redifu.seeds")).isPositive();
  }

  @Test
  void authorsComeFromTheNearCacheOnceRead() throws InterruptedException {
    seedSql(5);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5); // tracking starts meanwhile
    while (nearCacheHits() == 0) {
      assertThat(System.nanoTime())
          .as("a feed takes its authors from the near cache")
          .isLessThan(deadline);
      getFeed(null);
      Thread.sleep(20);
    }
  }

  /** Hits of the accounts' near cache; the meter appears with the first one. */
  private double nearCacheHits() {
    return http.getForEntity("/actuator/metrics/redifu.near.hits", JsonNode.class)
            .getStatusCode()
            .is2xxSuccessful()
        ? count("redifu.near.hits")
        : 0;
  }

  private double count(String meter) {
    ResponseEntity<JsonNode> response =
        http.getForEntity("/actuator/metrics/" + meter, JsonNode.class);
    assertThat(response.getStatusCode()).as("meter %s exists", meter).isEqualTo(HttpStatus.OK);
    for (JsonNode measurement : response.getBody().path("measurements")) {
      if (measurement.path("statistic").asText().equals("COUNT")) {
        return measurement.path("value").asDouble();
      }
    }
    throw new AssertionError(meter + " has no COUNT: " + response.getBody());
  }

  private FeedPage getFeed(String cursor) {
    String url = "/users/" + user + "/feed" + (cursor == null ? "" : "?cursor=" + cursor);
    ResponseEntity<FeedPage> response = http.getForEntity(url, FeedPage.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  /**
   * Puts two authors and {@code count} posts of {@link #user}'s feed in SQL only, a minute apart,
   * alternately by Ada and Alan, as data that existed before the service; returns their ids, newest
   * first.
   */
  private List<String> seedSql(int count) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    insertAccount(ada, "Ada Lovelace", now);
    insertAccount(alan, "Alan Turing", now);
    List<String> newestFirst = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String randId = BaseRecord.newRandId();
      jdbc.sql(
              "INSERT INTO sample_posts (randid, user_id, author_randid, title, content, created_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?)")
          .params(
              randId,
              user,
              i % 2 == 0 ? ada : alan,
              "post " + i,
              "content " + i,
              SampleDatabase.utc(now.minusSeconds(60L * i)))
          .update();
      newestFirst.add(randId);
    }
    return newestFirst;
  }

  private void insertAccount(String randId, String name, Instant createdAt) {
    jdbc.sql("INSERT INTO sample_accounts (randid, name, handle, created_at) VALUES (?, ?, ?, ?)")
        .params(randId, name, name.toLowerCase().split(" ")[0], SampleDatabase.utc(createdAt))
        .update();
  }
}
