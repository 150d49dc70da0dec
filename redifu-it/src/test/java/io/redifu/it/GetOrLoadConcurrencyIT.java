package io.redifu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.RedisUnavailableException;
import io.redifu.testing.LocalServices;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/**
 * Concurrent {@code getOrLoad} callers of one cold id share the load (one loader call, one write)
 * but never an object: each gets its own instance, relations included. A caller waiting for another
 * thread's load waits at most the builder's {@code timeout} and stops when interrupted.
 */
class GetOrLoadConcurrencyIT {
  private static final int CALLERS = 4;

  private final List<Redifu> opened = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void cleanUp() {
    pool.shutdownNow();
    if (!opened.isEmpty()) {
      UnifiedJedis raw = opened.get(0).client();
      for (String key : keys) {
        raw.del(key, "{" + key + "}:missing");
      }
    }
    opened.forEach(Redifu::close);
  }

  @Test
  void concurrentCallersGetTheirOwnInstancesAndTheLoaderRunsOnce() throws Exception {
    Redifu redifu = redifu(Duration.ofSeconds(10));
    Account author = account("Ada");
    AccountCache.create(redifu).set(author);
    String id = newId(PostCache.key(BaseRecord.newRandId()));
    Post loaded = post(id, author.getRandId());
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch arrived = new CountDownLatch(CALLERS);
    Function<String, Post> slowLoader =
        requested -> {
          calls.incrementAndGet();
          await(arrived);
          sleep(200); // the last arrivals reach the flight
          return loaded;
        };
    List<Future<Post>> futures = new ArrayList<>();
    for (int i = 0; i < CALLERS; i++) {
      PostCache posts = PostCache.create(redifu);
      futures.add(
          pool.submit(
              () -> {
                arrived.countDown();
                return posts.getOrLoad(id, slowLoader);
              }));
    }
    List<Post> got = new ArrayList<>();
    for (Future<Post> future : futures) {
      got.add(future.get(10, TimeUnit.SECONDS));
    }

    assertThat(calls).as("loader calls").hasValue(1);
    for (int i = 0; i < CALLERS; i++) {
      assertThat(got.get(i)).as("caller %d's post", i).isNotSameAs(loaded);
      assertThat(got.get(i).getAuthor()).as("caller %d's author", i).isNotNull();
      for (int j = i + 1; j < CALLERS; j++) {
        assertThat(got.get(i)).as("posts of callers %d and %d", i, j).isNotSameAs(got.get(j));
        assertThat(got.get(i).getAuthor())
            .as("authors of callers %d and %d", i, j)
            .isNotSameAs(got.get(j).getAuthor());
        assertThat(got.get(i).getTags()).isNotSameAs(got.get(j).getTags());
      }
    }
    Post mine = got.get(0);
    mine.setTitle("edited by caller 0");
    mine.getTags().add("caller 0");
    mine.getAuthor().setName("Eve");
    for (Post other : got.subList(1, CALLERS)) {
      assertThat(other.getTitle()).isEqualTo("title of " + id);
      assertThat(other.getTags()).containsExactly("java");
      assertThat(other.getAuthor().getName()).isEqualTo("Ada");
    }
    assertThat(loaded.getTitle()).as("the loader's own object").isEqualTo("title of " + id);
  }

  @Test
  void aWaiterGivesUpAfterTheTimeoutWhileTheLoadHangs() throws Exception {
    Redifu redifu = redifu(Duration.ofMillis(500));
    PostCache posts = PostCache.create(redifu);
    String id = newId(PostCache.key(BaseRecord.newRandId()));
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<Post> leader = pool.submit(() -> posts.getOrLoad(id, hanging(id, loading, release)));
    try {
      assertThat(loading.await(10, TimeUnit.SECONDS)).as("the leader is loading").isTrue();
      long start = System.nanoTime();

      assertTimeoutPreemptively(
          Duration.ofSeconds(5),
          () ->
              assertThatThrownBy(() -> posts.getOrLoad(id, requested -> post(id, "nobody")))
                  .isInstanceOf(RedisUnavailableException.class)
                  .hasMessageContaining(PostCache.key(id))
                  .hasMessageContaining("500 ms"));

      long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertThat(waited).as("ms waited").isBetween(400L, 3_000L);
    } finally {
      release.countDown();
    }
    assertThat(leader.get(10, TimeUnit.SECONDS).getRandId())
        .as("the leader still loads")
        .isEqualTo(id);
  }

  @Test
  void anInterruptedWaiterStopsPromptlyWithItsInterruptFlagSet() throws Exception {
    Redifu redifu = redifu(Duration.ofSeconds(30));
    PostCache posts = PostCache.create(redifu);
    String id = newId(PostCache.key(BaseRecord.newRandId()));
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<Post> leader = pool.submit(() -> posts.getOrLoad(id, hanging(id, loading, release)));
    AtomicReference<Object> outcome = new AtomicReference<>();
    AtomicBoolean interruptedAfter = new AtomicBoolean();
    Thread waiter =
        new Thread(
            () -> {
              try {
                outcome.set(posts.getOrLoad(id, requested -> null));
              } catch (RuntimeException e) {
                outcome.set(e);
              }
              interruptedAfter.set(Thread.currentThread().isInterrupted());
            });
    try {
      assertThat(loading.await(10, TimeUnit.SECONDS)).as("the leader is loading").isTrue();
      waiter.start();
      awaitParked(waiter);

      waiter.interrupt();
      waiter.join(2_000);

      assertThat(waiter.isAlive()).as("the waiter still waits 2 s after its interrupt").isFalse();
      assertThat(outcome.get())
          .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.THROWABLE)
          .isInstanceOf(RedisUnavailableException.class)
          .hasMessageContaining("interrupted")
          .hasMessageContaining(PostCache.key(id));
      assertThat(interruptedAfter).as("interrupt flag restored").isTrue();
    } finally {
      release.countDown();
      waiter.join(10_000);
    }
    assertThat(leader.get(10, TimeUnit.SECONDS).getRandId()).isEqualTo(id);
  }

  /** A loader that says it runs, then blocks until {@code release}. */
  private static Function<String, Post> hanging(
      String id, CountDownLatch loading, CountDownLatch release) {
    return requested -> {
      loading.countDown();
      await(release);
      return post(id, "author");
    };
  }

  private Redifu redifu(Duration timeout) {
    Redifu redifu = Redifu.builder().redis(LocalServices.redisUrl()).timeout(timeout).build();
    opened.add(redifu);
    return redifu;
  }

  /** Registers a document key for clean-up and returns its randId. */
  private String newId(String documentKey) {
    keys.add(documentKey);
    return documentKey.substring(documentKey.indexOf(':') + 1);
  }

  private Account account(String name) {
    Account account = new Account();
    account.init();
    account.setName(name);
    keys.add(AccountCache.key(account.getRandId()));
    return account;
  }

  private static Post post(String id, String authorRandId) {
    Post post = new Post();
    post.init();
    post.setRandId(id);
    post.setTitle("title of " + id);
    post.setAuthorRandId(authorRandId);
    post.getTags().add("java");
    return post;
  }

  /** Waits until {@code thread} blocks (waiting for the leader), at most 5 s. */
  private static void awaitParked(Thread thread) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      Thread.State state = thread.getState();
      if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
        Thread.sleep(100); // and stays so: not a pooled-connection wait in passing
        if (thread.getState() == state) {
          return;
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the waiter never blocked; it is " + thread.getState());
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("latch not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
