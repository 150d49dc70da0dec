package io.redifu.it.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.runtime.internal.model.Keys;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ids: every operation refuses a null, empty or malformed randId; ids holding separators, escapes
 * and braces live under their own percent-encoded key. Runs for every entity of {@link
 * EntityStoreIT}.
 */
interface EntityIdSuite<T> extends EntityStoreContext<T> {
  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"a\uD800b", "\uDC00", "a\u0000b"})
  default void badRandIdsAreRejectedByEveryOperation(String bad) {
    assertRejected(() -> key(bad));
    assertRejected(() -> store().get(bad));
    assertRejected(() -> store().getAll(Arrays.asList(newId(), bad)));
    assertRejected(() -> store().delete(bad));
    assertRejected(() -> store().markMissing(bad));
    assertRejected(() -> store().isMissing(bad));
    assertRejected(() -> store().getOrLoad(bad, id -> null));
    assertRejected(() -> store().set(entity(bad, "bad id")));
    assertRejected(() -> store().setAll(List.of(entity(bad, "bad id"))));
  }

  /**
   * Ids holding separators, escapes, braces and controls are stored under their percent-encoded
   * key, never under another id's key: "a:b" and "a%3Ab" are two documents.
   */
  @ParameterizedTest
  @ValueSource(strings = {"a:b", "a%3Ab", "{a}", "a\nb", "é:𝄞%"})
  default void idsWithSeparatorsLiveUnderTheirEncodedKey(String suffix) {
    String id = newId() + suffix;
    track(id);
    T entity = newEntity(id);

    store().set(entity);

    assertThat(key(id)).doesNotContain(suffix).endsWith(Keys.param("randId", suffix));
    assertThat(raw().get(key(id))).isEqualTo(json(entity));
    assertSameDocument(store().get(id).orElseThrow(), entity);
    assertThat(store().getAll(List.of(id))).hasSize(1);
    store().delete(id);
    assertThat(raw().exists(key(id))).isFalse();
  }

  private static void assertRejected(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("randId");
  }
}
