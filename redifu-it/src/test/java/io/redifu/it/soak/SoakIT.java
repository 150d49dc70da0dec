package io.redifu.it.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.redifu.it.SharedCluster;
import io.redifu.it.domain.SoakItem;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.it.sql.TestDataSource;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.testing.LocalServices;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A bounded soak ({@code -Dredifu.soak.seconds}, default {@value #DEFAULT_SECONDS}, at most {@value
 * #MAX_SECONDS}): writers add, remove, retitle and move items (SQL, then the cache) while readers
 * page through one group's timeline, sorted collection, numbered pages and time series with {@code
 * fetchOrSeed}; collections live 1 s and writers pause 3.5 s between bursts, so they expire and are
 * seeded again all along. Every read is checked as it happens ({@link SoakChecks}), soak keys are
 * scanned for a missing TTL every second; at the end every collection must equal SQL, and the
 * counts must show that every kind of operation and seed happened.
 */
class SoakIT {
  static final int DEFAULT_SECONDS = 45;
  static final int MAX_SECONDS = 180;
  static final int MIN_SECONDS = 20;
  private static final int WRITERS = 3;
  private static final int ITEMS_PER_WRITER = 80;
  private static final List<String> KINDS = List.of("timeline", "sorted", "page", "series");

  @Test
  void writersAndReadersOverExpiringCollectionsEndEqualToSql() throws Exception {
    int asked = Integer.getInteger("redifu.soak.seconds", DEFAULT_SECONDS);
    int seconds = Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, asked));
    assumeTrue(!SharedCluster.enabled(), "the soak runs on standalone Redis");
    String redisUrl = LocalServices.redisUrl();
    assumeTrue(loopback(URI.create(redisUrl).getHost()), "the soak runs on 127.0.0.1 only");
    SoakStats stats = new SoakStats();
    SoakTable table = new SoakTable(SqlDatabase.POSTGRESQL);
    String group = BaseRecord.newRandId();
    TestDataSource sql = SqlDatabase.POSTGRESQL.dataSource();
    sql.beforeEachStatement(statement -> SoakTable.count(statement, KINDS, stats));
    try (Redifu redifu = Redifu.builder().redis(redisUrl).dataSource(sql).build()) {
      Soak soak = new Soak(redifu, table, group, stats, seconds * 1000L);
      try {
        long start = System.nanoTime();
        run(soak, seconds);
        double took = (System.nanoTime() - start) / 1e9;
        SoakFinalState.verify(soak);
        List<String> immortal = new SoakKeys(redifu.client()).immortal(stats);
        System.out.printf(
            "SoakIT: %.1f s, group %s, table %s%n%s", took, group, table.name, stats.report(took));
        assertThat(stats.failures()).as("failed checks and unexpected exceptions").isEmpty();
        assertThat(immortal).as("soak keys without a TTL").isEmpty();
        assertPlausible(stats);
      } finally {
        soak.timeline.of(group).purge();
        soak.sorted.of(group).purge();
        soak.pages.of(group).purge();
        soak.series.of(group).purge();
      }
    } finally {
      table.drop();
    }
  }

  private static void run(Soak soak, int seconds) throws Exception {
    List<Thread> threads = new ArrayList<>();
    List<SoakWriter> writers = new ArrayList<>();
    Random random = new Random(seconds);
    for (int w = 0; w < WRITERS; w++) {
      List<SoakItem> own = new ArrayList<>();
      try (var sql = soak.table.connect()) {
        for (int i = 0; i < ITEMS_PER_WRITER; i++) {
          SoakItem item = SoakWriter.newItem(soak.group, random);
          soak.table.insert(sql, item);
          own.add(item);
        }
      }
      SoakWriter writer = new SoakWriter(soak, own, w);
      writers.add(writer);
      threads.add(soak.thread("soak-writer-" + w, writer));
    }
    for (int r = 0; r < 2; r++) {
      SoakReaders reader = new SoakReaders(soak, 100 + r);
      threads.add(soak.thread("soak-timeline-" + r, reader::timelineWalk));
    }
    SoakReaders reader = new SoakReaders(soak, 200);
    threads.add(soak.thread("soak-sorted", reader::sortedRead));
    threads.add(soak.thread("soak-pages", reader::pageWalk));
    threads.add(soak.thread("soak-series", reader::seriesRead));
    SoakKeys keys = new SoakKeys(soak.redifu.client());
    threads.add(
        soak.thread(
            "soak-ttl",
            () -> {
              keys.immortal(soak.stats).forEach(key -> soak.stats.fail(key + " has no TTL"));
              soak.stats.count("ttl.scan");
              Soak.pause(1_000);
            }));
    threads.forEach(Thread::start);
    long deadline = System.currentTimeMillis() + (seconds + 60) * 1000L;
    for (Thread thread : threads) {
      thread.join(Math.max(1, deadline - System.currentTimeMillis()));
      if (thread.isAlive()) {
        soak.stats.fail(thread.getName() + " did not stop; " + List.of(thread.getStackTrace()));
        thread.interrupt();
      }
    }
    for (SoakWriter writer : writers) {
      writer.close();
    }
  }

  private static void assertPlausible(SoakStats stats) {
    for (String kind :
        List.of(
            "write.add",
            "write.remove",
            "write.update",
            "write.move",
            "read.timeline.page",
            "read.timeline.walk.cursor",
            "read.sorted.all",
            "read.sorted.range",
            "read.page",
            "read.series",
            "ttl.scan")) {
      assertThat(stats.get(kind)).as(kind).isPositive();
    }
    for (String kind : KINDS) {
      assertThat(stats.get("sql." + kind + ".seed")).as(kind + " seed queries").isPositive();
      // absent at the start, then absent again only after expiring: each read seeds it again
      assertThat(stats.get("unseeded." + kind))
          .as(kind + ": reads that found it expired (or never seeded) and seeded it")
          .isGreaterThanOrEqualTo(2);
    }
  }

  private static boolean loopback(String host) {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
  }
}
