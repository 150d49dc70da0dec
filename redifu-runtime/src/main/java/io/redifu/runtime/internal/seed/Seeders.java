package io.redifu.runtime.internal.seed;

import io.redifu.runtime.SeedException;
import io.redifu.runtime.SeedQuery;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.redis.Meter;
import io.redifu.runtime.internal.sql.SeedSql;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;

/**
 * Runs the seed queries of a collection store on the SQL database; shared by a store and its {@code
 * raw()} twin. The query itself comes with each call, bound by the generated cache to the instance
 * it seeds (its {@code Seeder} applied to the instance's typed key parameters).
 *
 * @param dataSource may be null: seeding then fails with a message saying how to add one
 * @param meter where the store reports; seeds and their failures go there too
 * @param timed the collection's scores are epoch microseconds of a time property
 */
public record Seeders(DataSource dataSource, Meter meter, boolean timed) {
  /** Seeds whose generation moved while the SQL ran are redone at most this often. */
  public static final int ATTEMPTS = 3;

  /** The query {@code seedQuery} supplies for the instance being seeded. */
  public SeedQuery query(Supplier<SeedQuery> seedQuery) {
    SeedQuery seed = seedQuery.get();
    if (seed == null) {
      throw new IllegalStateException(meter.name() + ".seededBy: the seeder returned null");
    }
    return seed;
  }

  /** What one commit attempt answered, and how many items it carried. */
  public record Committed(String status, int items) {}

  /**
   * Runs {@code attempt} with the generation read just before it, until it commits: 'conflict'
   * means a write reached the instance while the SQL ran, so the query is redone (at most {@link
   * #ATTEMPTS} times) rather than committing a stale snapshot. Returns the items committed; 0 when
   * the instance expired meanwhile ('unseeded').
   */
  public int commit(
      String collection, Supplier<String> generation, Function<String, Committed> attempt) {
    long start = System.nanoTime();
    int rows = 0;
    try {
      for (int i = 1; i <= ATTEMPTS; i++) {
        Committed committed = attempt.apply(generation.get());
        rows += committed.items();
        if (!committed.status().equals("conflict")) {
          meter.seeded(rows, start);
          return committed.status().equals("ok") ? committed.items() : 0;
        }
      }
      throw new SeedConflict(
          meter.name() + " \"" + collection + "\" changed during each of " + ATTEMPTS + " seeds");
    } catch (SeedConflict e) {
      throw e; // not a failure: fetchOrSeed answers from SQL
    } catch (SeedException e) { // Redis failures were reported by the call that met them
      meter.error("seed", e);
      throw e;
    }
  }

  /** The seed queries of a collection of {@code entity} ordered by {@code sortBy}. */
  public <T> SeedSql<T> sql(EntitySpec<T> entity, String sortBy, ToDoubleFunction<T> score) {
    if (dataSource == null) {
      throw new IllegalStateException(
          meter.name()
              + " cannot seed: build Redifu with a SQL database, Redifu.builder().dataSource(ds)");
    }
    return new SeedSql<>(dataSource, entity, sortBy, score, timed);
  }
}
