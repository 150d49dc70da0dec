package io.redifu.it.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Read-through loads: {@code getOrLoad} calls the loader only on a miss, stores what it returns (or
 * a missing marker for null) without overwriting a newer document, and runs one loader for
 * concurrent callers of one id. Runs for every entity of {@link EntityStoreIT}.
 */
interface ReadThroughSuite<T> extends EntityStoreContext<T> {
  int THREADS = 16;

  @Test
  default void getOrLoadHitDoesNotCallTheLoader() {
    T entity = newEntity();
    store().set(entity);
    AtomicInteger calls = new AtomicInteger();

    T got =
        store()
            .getOrLoad(
                codec().randId(entity),
                id -> {
                  calls.incrementAndGet();
                  return null;
                });

    assertSameDocument(got, entity);
    assertThat(calls).hasValue(0);
  }

  @Test
  default void getOrLoadMissCallsTheLoaderOnceAndStoresTheResult() {
    String id = newId();
    T loaded = newEntity(id);
    AtomicInteger calls = new AtomicInteger();
    Function<String, T> loader =
        requested -> {
          calls.incrementAndGet();
          assertThat(requested).isEqualTo(id);
          return loaded;
        };

    assertSameDocument(store().getOrLoad(id, loader), loaded);
    assertSameDocument(store().getOrLoad(id, loader), loaded);

    assertThat(calls).hasValue(1);
    assertSameDocument(store().get(id).orElseThrow(), loaded);
    assertHasEntityTtl(key(id));
  }

  @Test
  default void getOrLoadOfNullMarksMissingAndSkipsTheLoaderNextTime() {
    String id = newId();
    AtomicInteger calls = new AtomicInteger();
    Function<String, T> loader =
        requested -> {
          calls.incrementAndGet();
          return null;
        };

    assertThat(store().getOrLoad(id, loader)).isNull();
    assertThat(store().isMissing(id)).isTrue();
    assertHasMarkerTtl(marker(id));
    assertThat(raw().exists(key(id))).isFalse();

    assertThat(store().getOrLoad(id, loader)).isNull();
    assertThat(calls).hasValue(1);
  }

  @Test
  default void getOrLoadSeesADocumentStoredAfterMarkMissing() {
    String id = newId();
    store().markMissing(id);
    assertThat(store().getOrLoad(id, requested -> newEntity(requested))).isNull();
    T entity = newEntity(id);

    store().set(entity);

    assertSameDocument(store().getOrLoad(id, requested -> null), entity);
  }

  @Test
  default void getOrLoadDoesNotOverwriteADocumentStoredWhileTheLoaderRan() {
    // The loader read an older snapshot of the source; a writer stored a newer version meanwhile
    // (a load writes documents only where absent, so an older snapshot never overwrites).
    String id = newId();
    T older = newEntity(id);
    T newer = newEntity(id);

    T got =
        store()
            .getOrLoad(
                id,
                requested -> {
                  store().set(newer);
                  return older;
                });

    assertSameDocument(store().get(id).orElseThrow(), newer);
    assertSameDocument(got, newer);
  }

  @Test
  default void getOrLoadRejectsAnEntityWithAnotherRandId() {
    String id = newId();
    String other = newId();

    assertThatThrownBy(() -> store().getOrLoad(id, requested -> newEntity(other)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(id)
        .hasMessageContaining(other);

    assertThat(raw().exists(key(id))).isFalse();
    assertThat(raw().exists(key(other))).isFalse();
    assertThat(store().isMissing(id)).isFalse();
  }

  @Test
  default void getOrLoadPropagatesLoaderFailuresAndCachesNothing() {
    String id = newId();
    RuntimeException failure = new IllegalStateException("database down");

    assertThatThrownBy(
            () ->
                store()
                    .getOrLoad(
                        id,
                        requested -> {
                          throw failure;
                        }))
        .isSameAs(failure);

    assertThat(raw().exists(key(id))).isFalse();
    assertThat(store().isMissing(id)).isFalse();
    T entity = newEntity(id);
    assertSameDocument(store().getOrLoad(id, requested -> entity), entity);
  }

  @Test
  default void getOrLoadRejectsANullLoader() {
    assertThatThrownBy(() -> store().getOrLoad(newId(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loader");
  }

  @Test
  default void concurrentGetOrLoadOfOneIdRunsTheLoaderOnce() throws Exception {
    assertThat(concurrentLoaderCalls(thread -> store())).as("loader calls").isEqualTo(1);
  }

  @Test
  default void concurrentGetOrLoadThroughSeparateCacheInstancesRunsTheLoaderOnce()
      throws Exception {
    // XCache.create(redifu) is a cheap factory; callers may well create one per request.
    assertThat(concurrentLoaderCalls(thread -> newStore())).as("loader calls").isEqualTo(1);
  }

  /**
   * Runs {@value #THREADS} threads that call {@code getOrLoad} for one absent id at once, each
   * through {@code storeOfThread.apply(threadIndex)}; the loader is held open until all have
   * called, so their calls overlap. Checks every result and returns how often the loader ran.
   */
  private int concurrentLoaderCalls(IntFunction<Store<T>> storeOfThread) throws Exception {
    String id = newId();
    T loaded = newEntity(id);
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch arrived = new CountDownLatch(THREADS);
    Function<String, T> loader =
        requested -> {
          calls.incrementAndGet();
          try {
            assertThat(arrived.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(50); // let the last arrivals reach the flight
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return loaded;
        };
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<T>> results = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        Store<T> threadStore = storeOfThread.apply(i);
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  arrived.countDown();
                  return threadStore.getOrLoad(id, loader);
                }));
      }
      start.countDown();
      for (Future<T> result : results) {
        assertSameDocument(result.get(10, TimeUnit.SECONDS), loaded);
      }
    } finally {
      pool.shutdownNow();
    }
    assertSameDocument(store().get(id).orElseThrow(), loaded);
    return calls.get();
  }
}
