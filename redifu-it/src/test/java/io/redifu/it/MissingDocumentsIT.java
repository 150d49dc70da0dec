package io.redifu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.redifu.annotation.Order;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.it.domain.PostSortedCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.CorruptEntryException;
import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.Redifu;
import io.redifu.testing.LocalServices;
import io.redifu.testing.LogCapture;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;

/**
 * Reads that meet documents Redis no longer holds (expired, evicted) count them in the metrics and
 * log them at DEBUG only: no WARN per read. Text from outside (ids, key parameters) cannot forge
 * log lines, in redifu's log lines and in its exceptions' messages.
 */
class MissingDocumentsIT {
  private static final int READS = 50;

  private static final CountingMetrics metrics = new CountingMetrics();
  private static Redifu redifu;
  private static JedisPooled raw; // the client of every supported Jedis, as this runs on each

  @BeforeAll
  @SuppressWarnings("deprecation") // JedisPooled: see raw
  static void connect() {
    redifu = Redifu.builder().redis(LocalServices.redisUrl()).metrics(metrics).build();
    raw = new JedisPooled(LocalServices.redisUrl());
  }

  @AfterAll
  static void close() {
    redifu.close();
    raw.close();
  }

  @Test
  void readsThatMeetExpiredDocumentsCountThemInsteadOfWarning() {
    PostSortedCache tagged = PostSortedCache.create(redifu);
    PostCache posts = PostCache.create(redifu);
    String tag = BaseRecord.newRandId();
    String account = BaseRecord.newRandId(); // never stored: every author is missing
    List<Post> listed = List.of(post(account), post(account), post(account));
    assertThat(tagged.of(tag).ingest(listed, "")).isTrue();
    raw.del(PostCache.key(listed.get(0).getRandId())); // as if it had expired
    metrics.reset();

    try (LogCapture log = LogCapture.start()) {
      for (int i = 0; i < READS; i++) {
        assertThat(tagged.of(tag).fetch(Order.ASC)).hasSize(2);
        assertThat(posts.get(listed.get(1).getRandId())).isPresent();
      }
      assertThat(log.lines())
          .as("WARN lines of %s reads", READS)
          .noneMatch(line -> line.contains(" WARN ") && line.contains("missing"));
    }
    assertThat(metrics.missing("fetch")).as("ids left out").isEqualTo(READS);
    assertThat(metrics.missing("relations"))
        .as("authors missing: 2 per fetch, 1 per get")
        .isEqualTo(3 * READS);
    tagged.of(tag).purge();
  }

  @Test
  void idsWithLineBreaksCannotForgeLogLines() {
    PostSortedCache tagged = PostSortedCache.create(redifu).raw();
    String tag = BaseRecord.newRandId();
    Post forger = post(null);
    forger.setRandId(BaseRecord.newRandId() + "\n[main] WARN FORGED\r\n\u2028FORGED");
    assertThat(tagged.of(tag).ingest(List.of(forger), "")).isTrue();
    raw.del(PostCache.key(forger.getRandId()));

    try (LogCapture log = LogCapture.start()) {
      assertThat(tagged.of(tag).fetch(Order.ASC)).isEmpty();
      List<String> forged = log.lines().stream().filter(l -> l.contains("FORGED")).toList();
      assertThat(forged)
          .as("the DEBUG line of the missing document")
          .isNotEmpty()
          .allMatch(
              line ->
                  line.contains("DEBUG io.redifu.runtime.internal.document.MissingDocuments - "));
    }
    tagged.of(tag).purge();
  }

  @Test
  void exceptionMessagesAreOneLine() {
    PostCache posts = PostCache.create(redifu);
    String randId = BaseRecord.newRandId() + "\r\n[main] ERROR FORGED";
    raw.hset(PostCache.key(randId), "not", "a document"); // another type under the key

    Throwable corrupt = catchThrowable(() -> posts.get(randId));

    assertThat(corrupt).isInstanceOf(CorruptEntryException.class);
    assertThat(corrupt.getMessage()).contains("FORGED").doesNotContain("\n").doesNotContain("\r");
    raw.del(PostCache.key(randId));
  }

  private static Post post(String author) {
    Post post = new Post();
    post.init();
    post.setTitle("listed");
    post.setAuthorRandId(author);
    return post;
  }

  /** Documents reported missing, by operation. */
  static final class CountingMetrics implements MetricsListener {
    private final Map<String, AtomicInteger> missing = new ConcurrentHashMap<>();

    @Override
    public void counted(Count what, String entity, String collection, String op, int count) {
      if (what == Count.DOCUMENTS_MISSING) {
        missing.computeIfAbsent(op, o -> new AtomicInteger()).addAndGet(count);
      }
    }

    int missing(String op) {
      AtomicInteger count = missing.get(op);
      return count == null ? 0 : count.get();
    }

    void reset() {
      missing.clear();
    }
  }
}
