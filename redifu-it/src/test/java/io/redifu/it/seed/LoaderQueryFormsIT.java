package io.redifu.it.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.annotation.Order;
import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Post;
import io.redifu.it.domain.PostSortedCache;
import io.redifu.it.sql.SqlDatabase;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.SeedException;
import io.redifu.runtime.SeedQuery;
import io.redifu.testing.LocalServices;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The loader query forms of the README on each database: {@code randid = ANY(?)} with the id list
 * as one argument (an SQL array) on PostgreSQL and H2; on MariaDB, which has no arrays, a clear
 * {@link SeedException} naming the argument and the jOOQ {@code IN} form, which works everywhere.
 */
class LoaderQueryFormsIT {
  @ParameterizedTest
  @EnumSource(
      value = SqlDatabase.class,
      names = {"POSTGRESQL", "H2"})
  void anyWithTheIdListLoads(SqlDatabase database) throws Exception {
    SeedTables tables = new SeedTables(database);
    List<String> ids = accounts(tables, 3);
    String ghost = BaseRecord.newRandId(); // asked for, not in SQL
    try (Redifu redifu = redifu(database)) {
      AccountCache accounts =
          AccountCache.create(redifu)
              .loadedBy(
                  randIds ->
                      SeedQuery.sql(
                          "SELECT randid, name FROM " + tables.accounts + " WHERE randid = ANY(?)",
                          randIds));

      Map<String, Account> loaded = accounts.getAll(List.of(ids.get(0), ghost, ids.get(2)));
      Account one = accounts.getOrLoad(ids.get(1));

      assertThat(loaded).containsOnlyKeys(ids.get(0), ids.get(2));
      assertThat(loaded.get(ids.get(2)).getName()).isEqualTo("account 2");
      assertThat(one.getName()).isEqualTo("account 1");
      assertThat(accounts.isMissing(ghost)).isTrue();
      accounts.raw().delete(ghost);
      ids.forEach(accounts::delete);
    } finally {
      tables.drop();
    }
  }

  /** A collection argument is an array in seed queries of collections too. */
  @ParameterizedTest
  @EnumSource(
      value = SqlDatabase.class,
      names = {"POSTGRESQL", "H2"})
  void aSeedQueryTakesAListAsAnArray(SqlDatabase database) throws Exception {
    SeedTables tables = new SeedTables(database);
    String user = BaseRecord.newRandId();
    String other = BaseRecord.newRandId();
    tables.posts(user, 4, List.of(BaseRecord.newRandId()));
    tables.posts(other, 3, List.of(BaseRecord.newRandId()));
    tables.posts(BaseRecord.newRandId(), 2, List.of(BaseRecord.newRandId()));
    try (Redifu redifu = redifu(database)) {
      PostSortedCache sorted =
          PostSortedCache.create(redifu)
              .seededBy(
                  tag ->
                      SeedQuery.sql(
                          "SELECT randid, title, created_at FROM "
                              + tables.posts
                              + " WHERE user_id = ANY(?)",
                          Set.of(user, other)));

      List<Post> posts = sorted.of(user).fetchOrSeed(Order.DESC);

      List<String> expected = new ArrayList<>(tables.newestFirst(user));
      expected.addAll(tables.newestFirst(other));
      assertThat(posts).extracting(Post::getRandId).containsExactlyInAnyOrderElementsOf(expected);
      sorted.of(user).purge();
    } finally {
      tables.drop();
    }
  }

  @ParameterizedTest
  @EnumSource(value = SqlDatabase.class, names = "MARIADB")
  void aListArgumentOnMariadbNamesTheArgumentAndTheAlternative(SqlDatabase database)
      throws Exception {
    SeedTables tables = new SeedTables(database);
    List<String> ids = accounts(tables, 2);
    String sql =
        "SELECT randid, name FROM " + tables.accounts + " WHERE name <> ? AND randid = ANY(?)";
    try (Redifu redifu = redifu(database)) {
      AccountCache accounts =
          AccountCache.create(redifu).loadedBy(randIds -> SeedQuery.sql(sql, "x", randIds));

      assertThatThrownBy(() -> accounts.getOrLoad(ids.get(0)))
          .isInstanceOf(SeedException.class)
          .hasMessageContaining("argument 2")
          .hasMessageContaining("has no SQL arrays")
          .hasMessageContaining(".in(")
          .hasMessageContaining(sql);
      assertThat(accounts.raw().get(ids.get(0))).isEmpty();
      assertThat(accounts.isMissing(ids.get(0))).as("nothing written").isFalse();
    } finally {
      tables.drop();
    }
  }

  /** The form every database takes: jOOQ renders IN (?, ?, ...) for the id list. */
  @ParameterizedTest
  @EnumSource(SqlDatabase.class)
  void theJooqInFormLoadsEverywhere(SqlDatabase database) throws Exception {
    SeedTables tables = new SeedTables(database);
    List<String> ids = accounts(tables, 3);
    try (Redifu redifu = redifu(database)) {
      AccountCache accounts =
          AccountCache.create(redifu)
              .loadedBy(
                  randIds ->
                      SeedQuery.jooq(
                          DSL.select(DSL.field(DSL.name("randid")), DSL.field(DSL.name("name")))
                              .from(DSL.table(DSL.name(tables.accounts)))
                              .where(DSL.field(DSL.name("randid")).in(randIds))));

      assertThat(accounts.getAll(ids)).containsOnlyKeys(ids);
      ids.forEach(accounts::delete);
    } finally {
      tables.drop();
    }
  }

  private static List<String> accounts(SeedTables tables, int count) throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(BaseRecord.newRandId());
      tables.account(ids.get(i), "account " + i);
    }
    return ids;
  }

  private static Redifu redifu(SqlDatabase database) {
    return Redifu.builder()
        .redis(LocalServices.redisUrl())
        .dataSource(database.dataSource())
        .build();
  }
}
