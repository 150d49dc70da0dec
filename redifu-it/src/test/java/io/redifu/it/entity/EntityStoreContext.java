package io.redifu.it.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.runtime.EntityCodec;
import io.redifu.runtime.internal.codec.JsonCodecs;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import redis.clients.jedis.UnifiedJedis;

/**
 * What the entity-store suites see of the entity under test: its generated cache as a {@link
 * Store}, a plain client on the same Redis, fresh ids and entities, and assertions on documents,
 * markers and TTLs. {@link EntityStoreSuite} provides it once per entity.
 */
interface EntityStoreContext<T> {
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

  /** The generated cache of the entity under test, shared by the tests of one entity. */
  Store<T> store();

  /** A new instance of that cache, on the same Redifu. */
  Store<T> newStore();

  /** A plain client of the same Redis (document and marker share a slot: fine on a cluster). */
  UnifiedJedis raw();

  /** A new entity with this randId (possibly null or invalid) and content unique to this call. */
  T entity(String randId, String content);

  /** The generated {@code XCache.key(randId)}. */
  String key(String randId);

  /** The generated {@code XCache.TTL_MILLIS}. */
  long ttlMillis();

  /** How long missing markers live: the Redifu's default unless the entity sets missingTtl. */
  long markerTtlMillis();

  /** Whether the entity declares {@code slidingTtl = true}. */
  boolean slidingTtl();

  /** The generated {@code XCodec}. */
  EntityCodec<T> codec();

  /** A fresh random randId whose keys are deleted after the test. */
  String newId();

  /** Deletes the keys of {@code randId} after the test too. */
  void track(String randId);

  /** A new entity under a fresh randId. */
  default T newEntity() {
    return newEntity(newId());
  }

  /** A new entity under {@code randId}, with content no other entity of the test has. */
  T newEntity(String randId);

  /** The missing-marker key of a randId: the document key as hash tag, plus ":missing". */
  default String marker(String randId) {
    return "{" + key(randId) + "}:missing";
  }

  default String json(T value) {
    return JsonCodecs.encodeToString(codec(), value);
  }

  /** Asserts that two entities have the same stored content (their JSON documents are equal). */
  default void assertSameDocument(T actual, T expected) {
    assertThat(actual).isNotNull();
    assertThat(json(actual)).isEqualTo(json(expected));
  }

  /** Asserts the key's PTTL: {@code -1} when the TTL is 0, else in (0, TTL]. */
  default void assertHasEntityTtl(String key) {
    long pttl = raw().pttl(key);
    if (ttlMillis() == 0) {
      assertThat(pttl).as("PTTL of %s (ttl 0 = no expiry)", key).isEqualTo(-1L);
    } else {
      assertThat(pttl).as("PTTL of %s", key).isPositive().isLessThanOrEqualTo(ttlMillis());
    }
  }

  /** Asserts a marker's PTTL: in (0, marker TTL], never -1 (markers always expire). */
  default void assertHasMarkerTtl(String key) {
    assertThat(raw().pttl(key))
        .as("PTTL of marker %s", key)
        .isPositive()
        .isLessThanOrEqualTo(markerTtlMillis());
  }
}
