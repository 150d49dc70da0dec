package io.redifu.it.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.runtime.CorruptEntryException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads: an absent id reads as empty; a read restarts the TTL only of a sliding-TTL entity; a
 * document that does not decode, or a key of another type, fails the read naming the key. Runs for
 * every entity of {@link EntityStoreIT}.
 */
interface EntityReadsSuite<T> extends EntityStoreContext<T> {
  @Test
  default void getOfAbsentIdIsEmpty() {
    assertThat(store().get(newId())).isEmpty();
  }

  @Test
  default void getRefreshesTheTtlOnlyWhenSliding() {
    T entity = newEntity();
    String key = key(codec().randId(entity));
    store().set(entity);
    raw().pexpire(key, 5_000);

    assertThat(store().get(codec().randId(entity))).isPresent();

    assertRefreshedOnlyWhenSliding(key);
  }

  @Test
  default void getAllRefreshesTheTtlOnlyWhenSliding() {
    T a = newEntity();
    T b = newEntity();
    store().setAll(List.of(a, b));
    raw().pexpire(key(codec().randId(a)), 5_000);
    raw().pexpire(key(codec().randId(b)), 5_000);

    assertThat(store().getAll(List.of(codec().randId(a), codec().randId(b)))).hasSize(2);

    assertRefreshedOnlyWhenSliding(key(codec().randId(a)));
    assertRefreshedOnlyWhenSliding(key(codec().randId(b)));
  }

  @Test
  default void getOrLoadHitRefreshesTheTtlOnlyWhenSliding() {
    T entity = newEntity();
    String key = key(codec().randId(entity));
    store().set(entity);
    raw().pexpire(key, 5_000);

    assertThat(store().getOrLoad(codec().randId(entity), id -> null)).isNotNull();

    assertRefreshedOnlyWhenSliding(key);
  }

  private void assertRefreshedOnlyWhenSliding(String key) {
    long pttl = raw().pttl(key);
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

  @ParameterizedTest
  @ValueSource(strings = {"{\"randId\":", "not json", "[]", "null", "\"text\"", "{} {}"})
  default void corruptDocumentsFailNamingTheKey(String garbage) {
    String id = newId();
    String key = key(id);
    raw().set(key, garbage);
    AtomicInteger loaderCalls = new AtomicInteger();

    assertCorrupt(() -> store().get(id), key);
    assertCorrupt(() -> store().getAll(List.of(id)), key);
    assertCorrupt(
        () ->
            store()
                .getOrLoad(
                    id,
                    requested -> {
                      loaderCalls.incrementAndGet();
                      return null;
                    }),
        key);
    assertThat(loaderCalls).as("a corrupt document is not a miss").hasValue(0);
  }

  @Test
  default void aKeyHoldingAnotherTypeIsACorruptEntry() {
    String id = newId();
    String key = key(id);
    raw().hset(key, "field", "value");

    assertCorrupt(() -> store().get(id), key);
    assertCorrupt(() -> store().getOrLoad(id, requested -> null), key);
    if (slidingTtl()) { // GETEX reports the type; a plain MGET answers nil, read as absent
      assertCorrupt(() -> store().getAll(List.of(id)), key);
    } else {
      assertThat(store().getAll(List.of(id))).isEmpty();
    }
    assertThat(raw().type(key)).as("nothing overwritten by a read").isEqualTo("hash");
  }

  private static void assertCorrupt(ThrowingCallable call, String key) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CorruptEntryException.class, e -> assertThat(e.key()).isEqualTo(key))
        .hasMessageContaining(key);
  }
}
