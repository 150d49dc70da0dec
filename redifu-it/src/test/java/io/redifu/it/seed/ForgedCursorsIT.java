package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostTimelineCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.it.sql.TestDataSource;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.ResetPaginationException;
import io.redifu.runtime.TimelinePage;
import io.redifu.runtime.internal.model.Scores;
import io.redifu.testing.LocalServices;
import io.redifu.testing.redis.RedisProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.resps.Slowlog;

/**
 * Cursor tokens are client input. Any token — random text, random bytes, valid encodings of huge,
 * negative, fractional, NaN or infinite scores, ids of another timeline, ids holding separators,
 * NUL or ten thousand characters — gives, through {@code fetch} and {@code fetchOrSeed} (seeded
 * from PostgreSQL), either exactly the page after the position it names in this timeline or an
 * {@link IllegalArgumentException}: never a {@code SeedException}, a parse error or a Redis error,
 * and the cache stays the top of the SQL truth. Seeded: {@code -Dredifu.it.seed=N} replays a run.
 */
class ForgedCursorsIT {
  private static final int TOKENS = 600;

  private static SeedTables tables;
  private static TestDataSource dataSource;
  private static Redifu redifu;
  private static PostTimelineCache feed;
  private static String user;
  private static String other;

  /** The user's posts newest first, with their scores: the truth pages are cut from. */
  private static List<Post> truth;

  private static List<String> otherIds;

  @BeforeAll
  static void setUp() throws Exception {
    tables = new SeedTables(SqlDatabase.POSTGRESQL);
    dataSource = SqlDatabase.POSTGRESQL.dataSource();
    redifu = Redifu.builder().redis(LocalServices.redisUrl()).dataSource(dataSource).build();
    feed = PostTimelineCache.create(redifu).seededBy(tables::feed).raw();
    user = BaseRecord.newRandId();
    other = BaseRecord.newRandId();
    tables.posts(user, 45, List.of("author")); // 20 per page: 20, 20, 5; ties of three
    otherIds = tables.posts(other, 7, List.of("author"));
    truth = new ArrayList<>();
    TimelinePage<Post> page = feed.of(user).fetchOrSeed(List.of());
    truth.addAll(page.items());
    while (page.nextCursor() != null && page.hasMore()) {
      page = feed.of(user).fetchOrSeed(Cursor.parse(page.nextCursor()));
      truth.addAll(page.items());
    }
    assertThat(ids(truth)).isEqualTo(tables.newestFirst(user));
  }

  @AfterAll
  static void tearDown() throws Exception {
    feed.of(user).purge();
    feed.of(other).purge();
    redifu.close();
    tables.drop();
  }

  @Test
  void anyTokenGivesThePageAfterItsPositionOrAnIllegalArgument() {
    long seed = seed();
    Random random = new Random(seed);
    List<String> failures = new ArrayList<>();
    AtomicInteger pages = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    for (int i = 0; i < TOKENS && failures.size() < 10; i++) {
      if (i % 100 == 0) { // sometimes all cached, sometimes only the first page
        feed.of(user).reset();
        feed.of(user).fetchOrSeed(List.of());
      }
      String token = token(random);
      Cursor cursor;
      try {
        cursor = Cursor.parse(token);
      } catch (IllegalArgumentException expected) {
        refused.incrementAndGet();
        continue;
      } catch (RuntimeException e) {
        failures.add("parse " + show(token) + ": " + e);
        continue;
      }
      for (boolean seeding : new boolean[] {false, true}) {
        try {
          TimelinePage<Post> page =
              seeding ? feed.of(user).fetchOrSeed(cursor) : feed.of(user).fetch(cursor);
          List<String> expected = after(cursor);
          List<String> got = ids(page.items());
          boolean right =
              seeding ? got.equals(expected) : expected.subList(0, got.size()).equals(got);
          if (!right) {
            failures.add(
                (seeding ? "fetchOrSeed " : "fetch ")
                    + show(token)
                    + " gave "
                    + got
                    + ", the page after it is "
                    + expected);
          }
          pages.incrementAndGet();
        } catch (IllegalArgumentException expected) {
          refused.incrementAndGet();
        } catch (RuntimeException e) {
          failures.add((seeding ? "fetchOrSeed " : "fetch ") + show(token) + ": " + e);
        }
      }
    }
    assertThat(failures).as("seed %d", seed).isEmpty();
    assertThat(pages.get()).as("tokens that gave a page").isGreaterThan(TOKENS / 4);
    assertThat(refused.get()).as("tokens refused").isGreaterThan(TOKENS / 4);
    List<String> cached = ids(feed.of(user).fetchAll());
    assertThat(cached)
        .as("the cache is the top of the truth")
        .isEqualTo(ids(truth).subList(0, cached.size()));
  }

  /**
   * {@code lastRandIds} are client input too: more than 100 are refused, and ids none of which is
   * cached are placed with one read of their documents and one query for their rows, not one each.
   */
  @Test
  void forgedLastRandIdsAreBoundedAndPlacedInOneQuery() {
    feed.of(user).reset();
    feed.of(user).fetchOrSeed(List.of()); // the first 20 cached
    List<String> forged = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      forged.add(BaseRecord.newRandId());
    }
    for (boolean seeding : new boolean[] {false, true}) {
      assertThatThrownBy(
              () -> {
                if (seeding) {
                  feed.of(user).fetchOrSeed(forged);
                } else {
                  feed.of(user).fetch(forged);
                }
              })
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("lastRandIds holds 101 ids, at most 100");
    }
    List<String> unknown = forged.subList(0, 100);
    int before = dataSource.statements.get();
    assertThatThrownBy(() -> feed.of(user).fetchOrSeed(unknown))
        .isInstanceOf(ResetPaginationException.class);
    assertThat(dataSource.statements.get() - before).as("queries for 100 unknown ids").isOne();

    List<String> oneKnown = new ArrayList<>(forged.subList(0, 99));
    oneKnown.add(0, truth.get(29).getRandId()); // the oldest entry: beyond the cached end
    before = dataSource.statements.get();
    TimelinePage<Post> page = feed.of(user).fetchOrSeed(oneKnown);
    assertThat(ids(page.items())).isEqualTo(ids(truth.subList(30, 45)));
    assertThat(dataSource.statements.get() - before).as("queries").isLessThanOrEqualTo(2);
  }

  /**
   * A cursor amid many ties, whose item is not among them, is placed by a binary search over the
   * ties: the fetch script's time on the server (SLOWLOG of a Redis of the test's own, the least of
   * five reads) with 30,000 ties stays near its time with 30. It used to read every tie.
   */
  @Test
  void aCursorAmidManyTiesCostsBoundedRedisWork(@TempDir Path dir) throws Exception {
    int port = RedisProcess.freePort();
    RedisProcess server =
        RedisProcess.start(
            dir,
            "ties",
            port,
            "--port",
            Integer.toString(port),
            "--slowlog-log-slower-than",
            "0",
            "--slowlog-max-len",
            "1000");
    try (Redifu own = Redifu.builder().redis("redis://127.0.0.1:" + port).build();
        Jedis jedis = new Jedis("127.0.0.1", port)) {
      PostTimelineCache ties = PostTimelineCache.create(own).raw();
      long few = placementMicros(ties, jedis, 30);
      long many = placementMicros(ties, jedis, 30_000);
      assertThat(many)
          .as("µs of the fetch script amid 30,000 ties (amid 30: %d µs)", few)
          .isLessThan(Math.max(2_000, 10 * few));
    } finally {
      server.stop();
    }
  }

  /** The least server time of the fetch script placing a cursor amid {@code count} ties. */
  private static long placementMicros(PostTimelineCache ties, Jedis jedis, int count) {
    String name = BaseRecord.newRandId();
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Post post = new Post();
      post.setRandId(BaseRecord.newRandId());
      post.setCreatedAt(at);
      post.setTitle("tie " + i);
      posts.add(post);
    }
    assertThat(ties.of(name).ingest(posts, true, true, "")).isTrue();
    String cursorId = "M" + BaseRecord.newRandId(); // amid the ties, none of them
    Cursor cursor = Cursor.of(Scores.of(at, "createdAt"), cursorId);
    List<String> expected =
        posts.stream()
            .map(Post::getRandId)
            .filter(id -> id.compareTo(cursorId) < 0)
            .sorted(Comparator.reverseOrder())
            .limit(PostTimelineCache.PER_PAGE)
            .toList();
    ties.of(name).fetch(cursor); // loads the script
    jedis.slowlogReset();
    for (int i = 0; i < 5; i++) {
      assertThat(ids(ties.of(name).fetch(cursor).items())).isEqualTo(expected);
    }
    List<Long> scripts =
        jedis.slowlogGet(1000).stream()
            .filter(entry -> entry.getArgs().get(0).equalsIgnoreCase("evalsha"))
            .map(Slowlog::getExecutionTime)
            .toList();
    assertThat(scripts).as("reads placed by the fetch script").hasSize(5);
    return scripts.stream().min(Long::compare).orElseThrow();
  }

  /** The ids of the page after {@code cursor}'s position in the truth (newest first). */
  private static List<String> after(Cursor cursor) {
    byte[] id = cursor.randId().getBytes(StandardCharsets.UTF_8);
    List<String> page = new ArrayList<>();
    for (Post post : truth) {
      double score = Scores.of(post.getCreatedAt(), "createdAt");
      int tie = Arrays.compareUnsigned(post.getRandId().getBytes(StandardCharsets.UTF_8), id);
      if ((score < cursor.score() || (score == cursor.score() && tie < 0))
          && page.size() < PostTimelineCache.PER_PAGE) {
        page.add(post.getRandId());
      }
    }
    return page;
  }

  private static String token(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> { // text
        String alphabet = "c2.0123456789abcdef-_=+/:{}% é\u0000";
        StringBuilder token = new StringBuilder(random.nextBoolean() ? "c2." : "");
        for (int n = random.nextInt(40); n > 0; n--) {
          token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        yield token.toString();
      }
      case 1 -> { // random bits and bytes in the token's shape
        byte[] bytes = new byte[random.nextInt(40)];
        random.nextBytes(bytes);
        yield "c2." + Long.toHexString(random.nextLong()) + "." + base64(bytes);
      }
      default ->
          "c2."
              + Long.toHexString(Double.doubleToRawLongBits(score(random)))
              + "."
              + base64(id(random));
    };
  }

  private static double score(Random random) {
    double real = Scores.of(truth.get(random.nextInt(truth.size())).getCreatedAt(), "createdAt");
    double[] forged = {
      Double.NaN,
      Double.longBitsToDouble(0x7ff0000000000001L),
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Double.MAX_VALUE,
      -Double.MAX_VALUE,
      Double.MIN_VALUE,
      -0.0,
      0.0,
      0x1p53,
      0x1p53 + 2,
      -0x1p53 - 2,
      1e18,
      -1e18,
      Long.MAX_VALUE,
      Long.MIN_VALUE,
      0.5,
      real + 0.5,
      real - 1,
      real + 1,
      real + 1000
    };
    return random.nextInt(3) == 0 ? real : forged[random.nextInt(forged.length)];
  }

  private static byte[] id(Random random) {
    String text =
        switch (random.nextInt(10)) {
          case 0, 1, 2 -> truth.get(random.nextInt(truth.size())).getRandId();
          case 3 -> otherIds.get(random.nextInt(otherIds.size())); // another timeline's
          case 4 -> BaseRecord.newRandId();
          case 5 -> List.of(":", "{x}", "%3A", "a:b", "é𝄞", " ").get(random.nextInt(6));
          case 6 -> "a\u0000b";
          case 7 -> "x".repeat(random.nextBoolean() ? 600 : 10_000);
          case 8 -> "";
          default -> null;
        };
    if (text != null) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    byte[] bytes = new byte[1 + random.nextInt(20)]; // often not UTF-8
    random.nextBytes(bytes);
    return bytes;
  }

  private static String base64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String show(String token) {
    String shown = token.length() > 80 ? token.substring(0, 80) + "…" : token;
    return "\"" + shown.replace("\u0000", "\\u0000") + "\"";
  }

  private static List<String> ids(List<Post> posts) {
    return posts.stream().map(Post::getRandId).toList();
  }

  private static long seed() {
    String fixed = System.getProperty("redifu.it.seed");
    return fixed != null ? Long.parseLong(fixed) : new SecureRandom().nextInt(1 << 30);
  }
}
