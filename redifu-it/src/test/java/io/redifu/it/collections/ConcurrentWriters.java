package io.redifu.it.collections;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.it.collections.Fixtures.Item;
import io.redifu.it.domain.Post;
import io.redifu.runtime.BaseRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * {@value #WRITERS} writer threads adding, updating and removing ({@value #OPS} operations each)
 * while {@value #READERS} reader threads run a read loop. Each writer owns its ids (a share of the
 * seeded items and those it creates), so the final state of every id is that of its writer's last
 * operation: {@link #source()} is the model afterwards. Writers update the source before they write
 * to Redis, as an application updates SQL before the cache.
 */
final class ConcurrentWriters {
  static final int WRITERS = 8;
  static final int OPS = 300;
  static final int READERS = 4;

  /** The collection operations the writers call. */
  interface Target {
    void add(Post post);

    void remove(String randId);
  }

  private final Map<String, Item> source = new ConcurrentHashMap<>();
  private final Set<String> updated = ConcurrentHashMap.newKeySet();
  private final Set<String> created = ConcurrentHashMap.newKeySet();
  private final String tag = BaseRecord.newRandId().substring(0, 6);
  private final AtomicInteger writes = new AtomicInteger();
  private final AtomicInteger reads = new AtomicInteger();

  /** {@code count} posts, two per score (ties), created and recorded as the source. */
  List<Post> initial(int count) {
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Post post = Fixtures.post(Fixtures.core(i * 7) + "-s" + i + "-" + tag, i / 2);
      created.add(post.getRandId());
      source.put(post.getRandId(), Item.of(post));
      posts.add(post);
    }
    return posts;
  }

  /**
   * Runs the writers against {@code target} and the readers ({@code read} is called repeatedly with
   * a per-thread random until the writers are done, then {@code readsAfterWrites} more times each);
   * rethrows the first failure.
   */
  void run(List<Post> initial, Target target, Consumer<Random> read, int readsAfterWrites)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
    AtomicBoolean done = new AtomicBoolean();
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        List<String> own = new ArrayList<>();
        for (int i = w; i < initial.size(); i += WRITERS) {
          own.add(initial.get(i).getRandId());
        }
        int writer = w;
        writers.add(pool.submit(() -> write(writer, own, target)));
      }
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        Random random = new Random(r);
        readers.add(
            pool.submit(
                () -> {
                  while (!done.get()) {
                    read.accept(random);
                    reads.incrementAndGet();
                  }
                  for (int i = 0; i < readsAfterWrites; i++) {
                    read.accept(random);
                  }
                  return null;
                }));
      }
      try {
        for (Future<?> writer : writers) {
          writer.get(60, TimeUnit.SECONDS);
        }
      } finally {
        done.set(true);
      }
      for (Future<?> reader : readers) {
        reader.get(60, TimeUnit.SECONDS);
      }
    } finally {
      done.set(true);
      pool.shutdownNow();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(writes.get()).isEqualTo(WRITERS * OPS);
    assertThat(reads.get()).as("reads overlapping the writes").isPositive();
  }

  private Void write(int writer, List<String> own, Target target) {
    Random random = new Random(1000 + writer);
    for (int op = 0; op < OPS; op++) {
      int kind = random.nextInt(10);
      boolean last = op == OPS - 1; // the newest of all: it moves every other item down
      if (kind < 4 || own.isEmpty() || last) {
        int offset = last ? 1000 + writer : random.nextInt(120);
        Post post = Fixtures.post("w" + writer + "-" + op + "-" + tag, offset);
        own.add(post.getRandId());
        created.add(post.getRandId());
        source.put(post.getRandId(), Item.of(post));
        target.add(post);
      } else if (kind < 6) {
        String id = own.get(random.nextInt(own.size()));
        Post post = Fixtures.post(id, random.nextInt(120));
        updated.add(id);
        source.put(id, Item.of(post));
        target.add(post);
      } else {
        String id = own.remove(random.nextInt(own.size()));
        source.remove(id);
        target.remove(id);
      }
      writes.incrementAndGet();
    }
    return null;
  }

  /** The live source of truth; after {@link #run}, what the complete cache must hold. */
  Map<String, Item> source() {
    return source;
  }

  /** Ids whose score changed: only they may legitimately show up twice in one pagination. */
  Set<String> updated() {
    return updated;
  }

  Set<String> created() {
    return created;
  }
}
