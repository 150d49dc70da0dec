package io.redifu.it.entity;

import io.redifu.it.SharedCluster;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.UnifiedJedis;

/**
 * The entity-store contract, run against real Redis (or the shared cluster) for one fixture entity:
 * a subclass adapts one generated {@code XCache} to {@link Store} and makes entities, and every
 * test of the suites this class implements runs for that entity. Ids are random and every key a
 * test creates is deleted after it, so suites can share a Redis with other users.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EntityStoreSuite<T>
    implements EntityWritesSuite<T>,
        EntityReadsSuite<T>,
        MissingMarkerSuite<T>,
        BatchSuite<T>,
        ReadThroughSuite<T>,
        EntityIdSuite<T> {
  protected Redifu redifu;
  protected UnifiedJedis raw;
  protected Store<T> store;
  private final List<String> createdIds = new ArrayList<>();
  private int sequence;

  /** The generated cache of the entity under test, on {@code redifu}. */
  protected abstract Store<T> store(Redifu redifu);

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

  @Override
  public Store<T> store() {
    return store;
  }

  @Override
  public Store<T> newStore() {
    return store(redifu);
  }

  @Override
  public UnifiedJedis raw() {
    return raw;
  }

  @Override
  public long markerTtlMillis() {
    return redifu.settings().missingMarkerTtl().toMillis();
  }

  @Override
  public String newId() {
    String id = BaseRecord.newRandId();
    createdIds.add(id);
    return id;
  }

  @Override
  public void track(String randId) {
    createdIds.add(randId);
  }

  @Override
  public T newEntity(String randId) {
    return entity(randId, "content #" + ++sequence + " of " + getClass().getSimpleName());
  }
}
