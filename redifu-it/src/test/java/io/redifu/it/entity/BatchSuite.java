package io.redifu.it.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Batches: {@code getAll} keeps the input order, drops duplicates and omits absent ids; {@code
 * setAll} writes every entity or, when one is invalid, none. Runs for every entity of {@link
 * EntityStoreIT}.
 */
interface BatchSuite<T> extends EntityStoreContext<T> {
  @Test
  default void getAllKeepsInputOrderDropsDuplicatesAndOmitsAbsentIds() {
    T a = newEntity();
    T b = newEntity();
    T c = newEntity();
    store().set(a);
    store().set(b);
    store().set(c);
    String idA = codec().randId(a);
    String idB = codec().randId(b);
    String idC = codec().randId(c);
    String absent = newId();

    Map<String, T> found = store().getAll(List.of(idC, absent, idA, idC, idB, idA));

    assertThat(found.keySet()).containsExactly(idC, idA, idB);
    assertSameDocument(found.get(idA), a);
    assertSameDocument(found.get(idB), b);
    assertSameDocument(found.get(idC), c);
  }

  @Test
  default void getAllOfEmptyInputIsEmpty() {
    assertThat(store().getAll(List.of())).isEmpty();
  }

  @Test
  default void getAllOfOnlyAbsentIdsIsEmpty() {
    assertThat(store().getAll(List.of(newId(), newId()))).isEmpty();
  }

  @Test
  default void getAllRejectsANullCollection() {
    assertThatThrownBy(() -> store().getAll(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("randIds");
  }

  @Test
  default void setAllStoresEveryEntityWithTtlAndClearsMarkers() {
    List<T> entities = List.of(newEntity(), newEntity(), newEntity());
    String markedId = codec().randId(entities.get(1));
    store().markMissing(markedId);

    store().setAll(entities);

    for (T entity : entities) {
      String id = codec().randId(entity);
      assertSameDocument(store().get(id).orElseThrow(), entity);
      assertHasEntityTtl(key(id));
    }
    assertThat(store().isMissing(markedId)).isFalse();
  }

  @Test
  default void setAllOfNothingWritesNothing() {
    store().setAll(List.of());

    assertThat(store().getAll(List.of(newId()))).isEmpty();
  }

  @Test
  default void setAllWithAnEntityWithoutRandIdThrowsAndWritesNothing() {
    T first = newEntity();
    T last = newEntity();
    List<T> values = Arrays.asList(first, entity(null, "no id"), last);

    assertThatThrownBy(() -> store().setAll(values))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("randId");

    assertThat(raw().exists(key(codec().randId(first)))).isFalse();
    assertThat(raw().exists(key(codec().randId(last)))).isFalse();
  }

  @Test
  default void setAllWithANullElementThrowsAndWritesNothing() {
    T first = newEntity();
    List<T> values = Arrays.asList(first, null);

    assertThatThrownBy(() -> store().setAll(values)).isInstanceOf(IllegalArgumentException.class);

    assertThat(raw().exists(key(codec().randId(first)))).isFalse();
  }
}
