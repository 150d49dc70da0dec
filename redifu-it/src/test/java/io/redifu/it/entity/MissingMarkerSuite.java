package io.redifu.it.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Missing markers: {@code markMissing} replaces the document by an expiring {@code {key}:missing}
 * marker, {@code set} clears it, {@code delete} removes both. Runs for every entity of {@link
 * EntityStoreIT}.
 */
interface MissingMarkerSuite<T> extends EntityStoreContext<T> {
  @Test
  default void setClearsTheMissingMarker() {
    T entity = newEntity();
    String id = codec().randId(entity);
    store().markMissing(id);
    assertThat(store().isMissing(id)).isTrue();

    store().set(entity);

    assertThat(store().isMissing(id)).isFalse();
    assertThat(raw().exists(marker(id))).isFalse();
  }

  @Test
  default void markMissingDeletesTheDocumentAndSetsTheMarkerWithTtl() {
    T entity = newEntity();
    String id = codec().randId(entity);
    store().set(entity);

    store().markMissing(id);

    assertThat(raw().exists(key(id))).isFalse();
    assertThat(store().get(id)).isEmpty();
    assertThat(raw().exists(marker(id))).isTrue();
    assertHasMarkerTtl(marker(id));
    assertThat(store().isMissing(id)).isTrue();
  }

  @Test
  default void isMissingIsFalseForUnknownAndForStoredIds() {
    T entity = newEntity();
    String id = codec().randId(entity);
    assertThat(store().isMissing(id)).isFalse();

    store().set(entity);

    assertThat(store().isMissing(id)).isFalse();
  }

  @Test
  default void deleteRemovesDocumentAndMarker() {
    T entity = newEntity();
    String id = codec().randId(entity);
    store().set(entity);
    raw().set(marker(id), "1"); // both present, as a racing writer could leave them

    store().delete(id);

    assertThat(raw().exists(key(id))).isFalse();
    assertThat(raw().exists(marker(id))).isFalse();
    assertThat(store().get(id)).isEmpty();
    assertThat(store().isMissing(id)).isFalse();
  }

  @Test
  default void deleteOfAbsentIdIsHarmless() {
    String id = newId();

    store().delete(id);

    assertThat(store().get(id)).isEmpty();
  }
}
