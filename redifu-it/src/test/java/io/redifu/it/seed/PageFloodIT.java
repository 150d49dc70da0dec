package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostPageCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.it.sql.TestDataSource;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.testing.LocalServices;
import io.redifu.testing.redis.RedisProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Page numbers are client input ({@code ?page=N}). Pages past the end are answered from the end the
 * cache learned, so a thousand distinct huge page numbers neither grow Redis (no key or hash field
 * per page number) nor cost a query each; and no script touches every cached page on a seed.
 * PostgreSQL, {@code PostPageCache} (10 per page, newest first).
 */
class PageFloodIT {
  private static final int PAGES_ASKED = 1_000;

  private SeedTables tables;
  private TestDataSource dataSource;
  private Redifu redifu;
  private PostPageCache pages;
  private String board;
  private List<String> truth;

  @BeforeEach
  void setUp() throws Exception {
    tables = new SeedTables(SqlDatabase.POSTGRESQL);
    dataSource = SqlDatabase.POSTGRESQL.dataSource();
    redifu = Redifu.builder().redis(LocalServices.redisUrl()).dataSource(dataSource).build();
    pages = PostPageCache.create(redifu).seededBy(tables::feed).raw();
    board = BaseRecord.newRandId();
  }

  @AfterEach
  void tearDown() throws Exception {
    pages.of(board).purge();
    redifu.close();
    tables.drop();
  }

  @Test
  void aThousandHugePageNumbersNeitherGrowRedisNorCostAQueryEach() throws Exception {
    posts(25); // pages of 10, 10, 5
    List<Integer> asked = hugePageNumbers(new Random(16));
    int before = dataSource.statements.get();

    for (int page : asked) {
      assertThat(pages.of(board).fetchOrSeed(page)).as("page %d", page).isEmpty();
    }

    assertThat(redifu.client().hlen(pagesKey())).as("fields of the page index").isLessThan(4);
    assertThat(keys()).as("keys of the instance").hasSizeLessThanOrEqualTo(2);
    int queries = dataSource.statements.get() - before;
    assertThat(queries).as("SQL statements for %d page numbers", PAGES_ASKED).isLessThan(10);
    assertThat(pages.of(board).requiresSeeding(Integer.MAX_VALUE)).isFalse();
    assertThat(pages.of(board).fetchIfCached(1_000_000)).contains(List.of());

    assertThat(ids(pages.of(board).fetchOrSeed(1))).isEqualTo(truth.subList(0, 10));
    assertThat(ids(pages.of(board).fetchOrSeed(3))).isEqualTo(truth.subList(20, 25));
    assertThat(ids(pages.of(board).fetchOrSeed(2))).isEqualTo(truth.subList(10, 20));
    assertThat(pages.of(board).fetchOrSeed(4)).isEmpty();
  }

  @Test
  void aShortPageTellsTheEndSoLaterPagesCostNoQuery() throws Exception {
    posts(25);
    assertThat(ids(pages.of(board).fetchOrSeed(3))).isEqualTo(truth.subList(20, 25));
    int before = dataSource.statements.get();

    for (int page : List.of(4, 5, 100, 1_000_000, Integer.MAX_VALUE)) {
      assertThat(pages.of(board).fetchOrSeed(page)).isEmpty();
      assertThat(pages.of(board).requiresSeeding(page)).isFalse();
    }

    assertThat(dataSource.statements.get() - before).as("SQL statements").isZero();
  }

  @Test
  void aWriteForgetsTheEnd() throws Exception {
    posts(20); // two full pages: the end is learned from an empty page
    assertThat(pages.of(board).fetchOrSeed(7)).isEmpty();
    assertThat(pages.of(board).fetchOrSeed(3)).isEmpty();
    int before = dataSource.statements.get();
    assertThat(pages.of(board).fetchOrSeed(5)).isEmpty();
    assertThat(dataSource.statements.get()).as("known past the end").isEqualTo(before);

    String id = BaseRecord.newRandId();
    tables.post(id, board, "newer", "author", "active", SeedTables.BASE.minusDays(1));
    Post post = new Post();
    post.setRandId(id);
    post.setTitle("newer");
    post.setAuthorRandId("author");
    post.setCreatedAt(SeedTables.BASE.minusDays(1).toInstant(java.time.ZoneOffset.UTC));
    pages.of(board).add(post); // the oldest post: page 3 now holds it

    assertThat(pages.of(board).requiresSeeding(3)).isTrue();
    assertThat(ids(pages.of(board).fetchOrSeed(3))).containsExactly(id);
    assertThat(pages.of(board).fetchOrSeed(4)).isEmpty();
  }

  /**
   * Seeding page k costs the scripts the same whether 1 or k - 1 pages are cached: TTLs are set on
   * the instance's two keys, never on every cached page (counted with INFO commandstats on a Redis
   * of the test's own).
   */
  @Test
  void seedingAPageTouchesNoOtherCachedPage(@TempDir Path dir) throws Exception {
    posts(600); // 60 pages
    int port = RedisProcess.freePort();
    RedisProcess server = RedisProcess.start(dir, "pages", port, "--port", Integer.toString(port));
    try (Redifu own =
            Redifu.builder().redis("redis://127.0.0.1:" + port).dataSource(dataSource).build();
        Jedis jedis = new Jedis("127.0.0.1", port)) {
      PostPageCache ownPages = PostPageCache.create(own).seededBy(tables::feed).raw();
      jedis.configResetStat();
      for (int page = 1; page <= 60; page++) {
        assertThat(ids(ownPages.of(board).fetchOrSeed(page)))
            .isEqualTo(truth.subList(10 * (page - 1), 10 * page));
      }
      long expiries = calls(jedis, "pexpire") + calls(jedis, "persist");
      assertThat(expiries).as("PEXPIRE/PERSIST calls for 60 seeds").isLessThanOrEqualTo(4 * 60);
    } finally {
      server.stop();
    }
  }

  private static long calls(Jedis jedis, String command) {
    Matcher calls =
        Pattern.compile("cmdstat_" + command + ":calls=(\\d+)").matcher(jedis.info("commandstats"));
    return calls.find() ? Long.parseLong(calls.group(1)) : 0;
  }

  /** 500 page numbers just below Integer.MAX_VALUE and 500 around a million, shuffled. */
  private static List<Integer> hugePageNumbers(Random random) {
    Set<Integer> numbers = new LinkedHashSet<>();
    for (int i = 0; i < PAGES_ASKED / 2; i++) {
      numbers.add(Integer.MAX_VALUE - i);
    }
    while (numbers.size() < PAGES_ASKED) {
      numbers.add(1_000_000 + random.nextInt(1_000_000));
    }
    List<Integer> shuffled = new ArrayList<>(numbers);
    Collections.shuffle(shuffled, random);
    return shuffled;
  }

  private void posts(int count) throws Exception {
    tables.posts(board, count, List.of("author"));
    truth = tables.newestFirst(board);
  }

  /** Every key of the instance, by SCAN (standalone Redis). */
  private List<String> keys() {
    UnifiedJedis jedis = redifu.client();
    List<String> keys = new ArrayList<>();
    String cursor = ScanParams.SCAN_POINTER_START;
    ScanParams match = new ScanParams().match("{" + PostPageCache.key(board) + "}*").count(1000);
    do {
      ScanResult<String> scan = jedis.scan(cursor, match);
      keys.addAll(scan.getResult());
      cursor = scan.getCursor();
    } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    return keys;
  }

  private String pagesKey() {
    return "{" + PostPageCache.key(board) + "}:pages";
  }

  private static List<String> ids(List<Post> posts) {
    return posts.stream().map(Post::getRandId).toList();
  }
}
