package io.redifu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.CorruptEntryException;
import io.redifu.runtime.EntityCodec;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.internal.JsonCodecs;
import io.redifu.runtime.internal.Keys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import redis.clients.jedis.UnifiedJedis;

/**
 * The entity-store contract (SPEC §3.2, §4), run against real Redis for each fixture entity. A
 * subclass adapts one generated {@code XCache} to {@link Store} and makes entities; every test here
 * then runs for that entity. Ids are random and every key a test creates is deleted after it, so
 * suites can share a Redis with other users.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EntityStoreSuite<T> {
  /** The operations every generated {@code XCache} has, so one suite can test them all. */
  interface Store<T> {
    void set(T value);

    void setAll(Collection<? extends T> values);

    Optional<T> get(String randId);

    Map<String, T> getAll(Collection<String> randIds);

    void delete(String randId);

    void markMissing(String randId);

    boolean isMissing(String randId);

    T getOrLoad(String randId, Function<String, ? extends T> loader);

    /** A store from a generated cache's methods: {@code of(c::set, c::setAll, c::get, ...)}. */
    static <T> Store<T> of(
        Consumer<T> set,
        Consumer<Collection<? extends T>> setAll,
        Function<String, Optional<T>> get,
        Function<Collection<String>, Map<String, T>> getAll,
        Consumer<String> delete,
        Consumer<String> markMissing,
        Predicate<String> isMissing,
        BiFunction<String, Function<String, ? extends T>, T> getOrLoad) {
      return new Store<>() {
        @Override
        public void set(T value) {
          set.accept(value);
        }

        @Override
        public void setAll(Collection<? extends T> values) {
          setAll.accept(values);
        }

        @Override
        public Optional<T> get(String randId) {
          return get.apply(randId);
        }

        @Override
        public Map<String, T> getAll(Collection<String> randIds) {
          return getAll.apply(randIds);
        }

        @Override
        public void delete(String randId) {
          delete.accept(randId);
        }

        @Override
        public void markMissing(String randId) {
          markMissing.accept(randId);
        }

        @Override
        public boolean isMissing(String randId) {
          return isMissing.test(randId);
        }

        @Override
        public T getOrLoad(String randId, Function<String, ? extends T> loader) {
          return getOrLoad.apply(randId, loader);
        }
      };
    }
  }

  private static final int THREADS = 16;

  protected Redifu redifu;
  protected UnifiedJedis raw;
  protected Store<T> store;
  private final List<String> createdIds = new ArrayList<>();
  private int sequence;

  /** The generated cache of the entity under test, on {@code redifu}. */
  protected abstract Store<T> store(Redifu redifu);

  /** A new entity with this randId (possibly null or invalid) and content unique to this call. */
  protected abstract T entity(String randId, String content);

  /** The generated {@code XCache.key(randId)}. */
  protected abstract String key(String randId);

  /** The generated {@code XCache.TTL_MILLIS}. */
  protected abstract long ttlMillis();

  /** How long missing markers live: the Redifu's default unless the entity sets missingTtl. */
  protected long markerTtlMillis() {
    return redifu.settings().missingMarkerTtl().toMillis();
  }

  /** Whether the entity declares {@code slidingTtl = true}. */
  protected abstract boolean slidingTtl();

  /** The generated {@code XCodec}. */
  protected abstract EntityCodec<T> codec();

  @BeforeAll
  void connect() {
    redifu = SharedCluster.redis().build();
    raw = redifu.client(); // document and marker share a slot: multi-key checks work on a cluster
    store = store(redifu);
  }

  @AfterAll
  void disconnect() {
    redifu.close();
  }

  @AfterEach
  void deleteCreatedKeys() {
    for (String id : createdIds) {
      raw.del(key(id), marker(id));
    }
    createdIds.clear();
  }

  /** A fresh random randId whose keys are deleted after the test. */
  protected String newId() {
    String id = BaseRecord.newRandId();
    createdIds.add(id);
    return id;
  }

  /** A new entity under a fresh randId. */
  protected T newEntity() {
    return newEntity(newId());
  }

  protected T newEntity(String randId) {
    return entity(randId, "content #" + ++sequence + " of " + getClass().getSimpleName());
  }

  /** The missing-marker key of a randId: the document key as hash tag, plus ":missing". */
  protected String marker(String randId) {
    return "{" + key(randId) + "}:missing";
  }

  protected String json(T value) {
    return JsonCodecs.encodeToString(codec(), value);
  }

  /** Asserts that two entities have the same stored content (their JSON documents are equal). */
  protected void assertSameDocument(T actual, T expected) {
    assertThat(actual).isNotNull();
    assertThat(json(actual)).isEqualTo(json(expected));
  }

  /** Asserts the key's PTTL: {@code -1} when the TTL is 0, else in (0, TTL]. */
  protected void assertHasEntityTtl(String key) {
    long pttl = raw.pttl(key);
    if (ttlMillis() == 0) {
      assertThat(pttl).as("PTTL of %s (ttl 0 = no expiry)", key).isEqualTo(-1L);
    } else {
      assertThat(pttl).as("PTTL of %s", key).isPositive().isLessThanOrEqualTo(ttlMillis());
    }
  }

  /** Asserts a marker's PTTL: in (0, marker TTL], never -1 (markers always expire). */
  protected void assertHasMarkerTtl(String key) {
    assertThat(raw.pttl(key))
        .as("PTTL of marker %s", key)
        .isPositive()
        .isLessThanOrEqualTo(markerTtlMillis());
  }

  // ---- set / get ----

  @Test
  void setThenGetReturnsTheStoredEntity() {
    T entity = newEntity();
    String id = codec().randId(entity);

    store.set(entity);

    assertSameDocument(store.get(id).orElseThrow(), entity);
    assertThat(raw.get(key(id))).as("one JSON document under the key").isEqualTo(json(entity));
  }

  @Test
  void setOverwritesThePreviousDocument() {
    String id = newId();
    store.set(newEntity(id));
    T second = newEntity(id);

    store.set(second);

    assertSameDocument(store.get(id).orElseThrow(), second);
  }

  @Test
  void getOfAbsentIdIsEmpty() {
    assertThat(store.get(newId())).isEmpty();
  }

  @Test
  void setAppliesTheEntityTtl() {
    T entity = newEntity();

    store.set(entity);

    assertHasEntityTtl(key(codec().randId(entity)));
  }

  @Test
  void setRestartsTheTtl() {
    T entity = newEntity();
    String key = key(codec().randId(entity));
    store.set(entity);
    raw.pexpire(key, 5_000);

    store.set(entity);

    assertHasEntityTtl(key);
    if (ttlMillis() > 5_000) {
      assertThat(raw.pttl(key)).isGreaterThan(5_000L);
    }
  }

  // ---- missing markers ----

  @Test
  void setClearsTheMissingMarker() {
    T entity = newEntity();
    String id = codec().randId(entity);
    store.markMissing(id);
    assertThat(store.isMissing(id)).isTrue();

    store.set(entity);

    assertThat(store.isMissing(id)).isFalse();
    assertThat(raw.exists(marker(id))).isFalse();
  }

  @Test
  void markMissingDeletesTheDocumentAndSetsTheMarkerWithTtl() {
    T entity = newEntity();
    String id = codec().randId(entity);
    store.set(entity);

    store.markMissing(id);

    assertThat(raw.exists(key(id))).isFalse();
    assertThat(store.get(id)).isEmpty();
    assertThat(raw.exists(marker(id))).isTrue();
    assertHasMarkerTtl(marker(id));
    assertThat(store.isMissing(id)).isTrue();
  }

  @Test
  void isMissingIsFalseForUnknownAndForStoredIds() {
    T entity = newEntity();
    String id = codec().randId(entity);
    assertThat(store.isMissing(id)).isFalse();

    store.set(entity);

    assertThat(store.isMissing(id)).isFalse();
  }

  @Test
  void deleteRemovesDocumentAndMarker() {
    T entity = newEntity();
    String id = codec().randId(entity);
    store.set(entity);
    raw.set(marker(id), "1"); // both present, as a racing writer could leave them

    store.delete(id);

    assertThat(raw.exists(key(id))).isFalse();
    assertThat(raw.exists(marker(id))).isFalse();
    assertThat(store.get(id)).isEmpty();
    assertThat(store.isMissing(id)).isFalse();
  }

  @Test
  void deleteOfAbsentIdIsHarmless() {
    String id = newId();

    store.delete(id);

    assertThat(store.get(id)).isEmpty();
  }

  // ---- getAll / setAll ----

  @Test
  void getAllKeepsInputOrderDropsDuplicatesAndOmitsAbsentIds() {
    T a = newEntity();
    T b = newEntity();
    T c = newEntity();
    store.set(a);
    store.set(b);
    store.set(c);
    String idA = codec().randId(a);
    String idB = codec().randId(b);
    String idC = codec().randId(c);
    String absent = newId();

    Map<String, T> found = store.getAll(List.of(idC, absent, idA, idC, idB, idA));

    assertThat(found.keySet()).containsExactly(idC, idA, idB);
    assertSameDocument(found.get(idA), a);
    assertSameDocument(found.get(idB), b);
    assertSameDocument(found.get(idC), c);
  }

  @Test
  void getAllOfEmptyInputIsEmpty() {
    assertThat(store.getAll(List.of())).isEmpty();
  }

  @Test
  void getAllOfOnlyAbsentIdsIsEmpty() {
    assertThat(store.getAll(List.of(newId(), newId()))).isEmpty();
  }

  @Test
  void setAllStoresEveryEntityWithTtlAndClearsMarkers() {
    List<T> entities = List.of(newEntity(), newEntity(), newEntity());
    String markedId = codec().randId(entities.get(1));
    store.markMissing(markedId);

    store.setAll(entities);

    for (T entity : entities) {
      String id = codec().randId(entity);
      assertSameDocument(store.get(id).orElseThrow(), entity);
      assertHasEntityTtl(key(id));
    }
    assertThat(store.isMissing(markedId)).isFalse();
  }

  @Test
  void setAllOfNothingWritesNothing() {
    store.setAll(List.of());

    assertThat(store.getAll(List.of(newId()))).isEmpty();
  }

  @Test
  void setAllWithAnEntityWithoutRandIdThrowsAndWritesNothing() {
    T first = newEntity();
    T last = newEntity();
    List<T> values = Arrays.asList(first, entity(null, "no id"), last);

    assertThatThrownBy(() -> store.setAll(values))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("randId");

    assertThat(raw.exists(key(codec().randId(first)))).isFalse();
    assertThat(raw.exists(key(codec().randId(last)))).isFalse();
  }

  @Test
  void setAllWithANullElementThrowsAndWritesNothing() {
    T first = newEntity();
    List<T> values = Arrays.asList(first, null);

    assertThatThrownBy(() -> store.setAll(values)).isInstanceOf(IllegalArgumentException.class);

    assertThat(raw.exists(key(codec().randId(first)))).isFalse();
  }

  // ---- TTL on reads ----

  @Test
  void getRefreshesTheTtlOnlyWhenSliding() {
    T entity = newEntity();
    String key = key(codec().randId(entity));
    store.set(entity);
    raw.pexpire(key, 5_000);

    assertThat(store.get(codec().randId(entity))).isPresent();

    assertRefreshedOnlyWhenSliding(key);
  }

  @Test
  void getAllRefreshesTheTtlOnlyWhenSliding() {
    T a = newEntity();
    T b = newEntity();
    store.setAll(List.of(a, b));
    raw.pexpire(key(codec().randId(a)), 5_000);
    raw.pexpire(key(codec().randId(b)), 5_000);

    assertThat(store.getAll(List.of(codec().randId(a), codec().randId(b)))).hasSize(2);

    assertRefreshedOnlyWhenSliding(key(codec().randId(a)));
    assertRefreshedOnlyWhenSliding(key(codec().randId(b)));
  }

  @Test
  void getOrLoadHitRefreshesTheTtlOnlyWhenSliding() {
    T entity = newEntity();
    String key = key(codec().randId(entity));
    store.set(entity);
    raw.pexpire(key, 5_000);

    assertThat(store.getOrLoad(codec().randId(entity), id -> null)).isNotNull();

    assertRefreshedOnlyWhenSliding(key);
  }

  private void assertRefreshedOnlyWhenSliding(String key) {
    long pttl = raw.pttl(key);
    if (slidingTtl() && ttlMillis() > 0) {
      assertThat(pttl)
          .as("sliding TTL restarted by the read")
          .isGreaterThan(ttlMillis() - 60_000)
          .isLessThanOrEqualTo(ttlMillis());
    } else {
      assertThat(pttl)
          .as("fixed TTL untouched by the read")
          .isPositive()
          .isLessThanOrEqualTo(5_000);
    }
  }

  // ---- getOrLoad ----

  @Test
  void getOrLoadHitDoesNotCallTheLoader() {
    T entity = newEntity();
    store.set(entity);
    AtomicInteger calls = new AtomicInteger();

    T got =
        store.getOrLoad(
            codec().randId(entity),
            id -> {
              calls.incrementAndGet();
              return null;
            });

    assertSameDocument(got, entity);
    assertThat(calls).hasValue(0);
  }

  @Test
  void getOrLoadMissCallsTheLoaderOnceAndStoresTheResult() {
    String id = newId();
    T loaded = newEntity(id);
    AtomicInteger calls = new AtomicInteger();
    Function<String, T> loader =
        requested -> {
          calls.incrementAndGet();
          assertThat(requested).isEqualTo(id);
          return loaded;
        };

    assertSameDocument(store.getOrLoad(id, loader), loaded);
    assertSameDocument(store.getOrLoad(id, loader), loaded);

    assertThat(calls).hasValue(1);
    assertSameDocument(store.get(id).orElseThrow(), loaded);
    assertHasEntityTtl(key(id));
  }

  @Test
  void getOrLoadOfNullMarksMissingAndSkipsTheLoaderNextTime() {
    String id = newId();
    AtomicInteger calls = new AtomicInteger();
    Function<String, T> loader =
        requested -> {
          calls.incrementAndGet();
          return null;
        };

    assertThat(store.getOrLoad(id, loader)).isNull();
    assertThat(store.isMissing(id)).isTrue();
    assertHasMarkerTtl(marker(id));
    assertThat(raw.exists(key(id))).isFalse();

    assertThat(store.getOrLoad(id, loader)).isNull();
    assertThat(calls).hasValue(1);
  }

  @Test
  void getOrLoadSeesADocumentStoredAfterMarkMissing() {
    String id = newId();
    store.markMissing(id);
    assertThat(store.getOrLoad(id, requested -> newEntity(requested))).isNull();
    T entity = newEntity(id);

    store.set(entity);

    assertSameDocument(store.getOrLoad(id, requested -> null), entity);
  }

  @Test
  void getOrLoadDoesNotOverwriteADocumentStoredWhileTheLoaderRan() {
    // The loader read an older snapshot of the source; a writer stored a newer version meanwhile
    // (SPEC §5: a load writes docs only where absent, so an older snapshot never overwrites).
    String id = newId();
    T older = newEntity(id);
    T newer = newEntity(id);

    T got =
        store.getOrLoad(
            id,
            requested -> {
              store.set(newer);
              return older;
            });

    assertSameDocument(store.get(id).orElseThrow(), newer);
    assertSameDocument(got, newer);
  }

  @Test
  void getOrLoadRejectsAnEntityWithAnotherRandId() {
    String id = newId();
    String other = newId();

    assertThatThrownBy(() -> store.getOrLoad(id, requested -> newEntity(other)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(id)
        .hasMessageContaining(other);

    assertThat(raw.exists(key(id))).isFalse();
    assertThat(raw.exists(key(other))).isFalse();
    assertThat(store.isMissing(id)).isFalse();
  }

  @Test
  void getOrLoadPropagatesLoaderFailuresAndCachesNothing() {
    String id = newId();
    RuntimeException failure = new IllegalStateException("database down");

    assertThatThrownBy(
            () ->
                store.getOrLoad(
                    id,
                    requested -> {
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(raw.exists(key(id))).isFalse();
    assertThat(store.isMissing(id)).isFalse();
    T entity = newEntity(id);
    assertSameDocument(store.getOrLoad(id, requested -> entity), entity);
  }

  @Test
  void getOrLoadRejectsANullLoader() {
    assertThatThrownBy(() -> store.getOrLoad(newId(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loader");
  }

  @Test
  void concurrentGetOrLoadOfOneIdRunsTheLoaderOnce() throws Exception {
    assertThat(concurrentLoaderCalls(thread -> store)).as("loader calls").isEqualTo(1);
  }

  @Test
  void concurrentGetOrLoadThroughSeparateCacheInstancesRunsTheLoaderOnce() throws Exception {
    // XCache.create(redifu) is a cheap factory; callers may well create one per request.
    assertThat(concurrentLoaderCalls(thread -> store(redifu))).as("loader calls").isEqualTo(1);
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
    assertSameDocument(store.get(id).orElseThrow(), loaded);
    return calls.get();
  }

  // ---- parameter validation and corrupt data ----

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"a\uD800b", "\uDC00", "a\u0000b"})
  void badRandIdsAreRejectedByEveryOperation(String bad) {
    assertRejected(() -> key(bad));
    assertRejected(() -> store.get(bad));
    assertRejected(() -> store.getAll(Arrays.asList(newId(), bad)));
    assertRejected(() -> store.delete(bad));
    assertRejected(() -> store.markMissing(bad));
    assertRejected(() -> store.isMissing(bad));
    assertRejected(() -> store.getOrLoad(bad, id -> null));
    assertRejected(() -> store.set(entity(bad, "bad id")));
    assertRejected(() -> store.setAll(List.of(entity(bad, "bad id"))));
  }

  /**
   * Ids holding separators, escapes, braces and controls are stored under their percent-encoded
   * key, never under another id's key: "a:b" and "a%3Ab" are two documents.
   */
  @ParameterizedTest
  @ValueSource(strings = {"a:b", "a%3Ab", "{a}", "a\nb", "é:𝄞%"})
  void idsWithSeparatorsLiveUnderTheirEncodedKey(String suffix) {
    String id = newId() + suffix;
    createdIds.add(id);
    T entity = newEntity(id);

    store.set(entity);

    assertThat(key(id)).doesNotContain(suffix).endsWith(Keys.param("randId", suffix));
    assertThat(raw.get(key(id))).isEqualTo(json(entity));
    assertSameDocument(store.get(id).orElseThrow(), entity);
    assertThat(store.getAll(List.of(id))).hasSize(1);
    store.delete(id);
    assertThat(raw.exists(key(id))).isFalse();
  }

  private static void assertRejected(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("randId");
  }

  @Test
  void getAllRejectsANullCollection() {
    assertThatThrownBy(() -> store.getAll(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("randIds");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"randId\":", "not json", "[]", "null", "\"text\"", "{} {}"})
  void corruptDocumentsFailNamingTheKey(String garbage) {
    String id = newId();
    String key = key(id);
    raw.set(key, garbage);
    AtomicInteger loaderCalls = new AtomicInteger();

    assertCorrupt(() -> store.get(id), key);
    assertCorrupt(() -> store.getAll(List.of(id)), key);
    assertCorrupt(
        () ->
            store.getOrLoad(
                id,
                requested -> {
                  loaderCalls.incrementAndGet();
                  return null;
                }),
        key);
    assertThat(loaderCalls).as("a corrupt document is not a miss").hasValue(0);
  }

  @Test
  void aKeyHoldingAnotherTypeIsACorruptEntry() {
    String id = newId();
    String key = key(id);
    raw.hset(key, "field", "value");

    assertCorrupt(() -> store.get(id), key);
    assertCorrupt(() -> store.getOrLoad(id, requested -> null), key);
    if (slidingTtl()) { // GETEX reports the type; a plain MGET answers nil, read as absent
      assertCorrupt(() -> store.getAll(List.of(id)), key);
    } else {
      assertThat(store.getAll(List.of(id))).isEmpty();
    }
    assertThat(raw.type(key)).as("nothing overwritten by a read").isEqualTo("hash");
  }

  private static void assertCorrupt(ThrowingCallable call, String key) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CorruptEntryException.class, e -> assertThat(e.key()).isEqualTo(key))
        .hasMessageContaining(key);
  }
}
