package io.redifu.it.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Writes of one document: {@code set} stores the entity as one JSON document under its key,
 * replaces the previous one and (re)starts the entity's TTL. Runs for every entity of {@link
 * EntityStoreIT}.
 */
interface EntityWritesSuite<T> extends EntityStoreContext<T> {
  @Test
  default void setThenGetReturnsTheStoredEntity() {
    T entity = newEntity();
    String id = codec().randId(entity);

    store().set(entity);

    assertSameDocument(store().get(id).orElseThrow(), entity);
    assertThat(raw().get(key(id))).as("one JSON document under the key").isEqualTo(json(entity));
  }

  @Test
  default void setOverwritesThePreviousDocument() {
    String id = newId();
    store().set(newEntity(id));
    T second = newEntity(id);

    store().set(second);

    assertSameDocument(store().get(id).orElseThrow(), second);
  }

  @Test
  default void setAppliesTheEntityTtl() {
    T entity = newEntity();

    store().set(entity);

    assertHasEntityTtl(key(codec().randId(entity)));
  }

  @Test
  default void setRestartsTheTtl() {
    T entity = newEntity();
    String key = key(codec().randId(entity));
    store().set(entity);
    raw().pexpire(key, 5_000);

    store().set(entity);

    assertHasEntityTtl(key);
    if (ttlMillis() > 5_000) {
      assertThat(raw().pttl(key)).isGreaterThan(5_000L);
    }
  }
}
