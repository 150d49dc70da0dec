package io.redifu.runtime.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.runtime.SeedException;
import io.redifu.runtime.SeedQuery;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jooq.Param;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

class SeedArgsTest {
  private static final String SQL = "SELECT * FROM t WHERE a = ? AND randid = ANY(?)";

  @Test
  void aCollectionBecomesATypedArrayAndOtherArgumentsStay() {
    Object[] bound =
        SeedArgs.of(SeedQuery.sql(SQL, 7, Arrays.asList("x", null, "y")), SQLDialect.POSTGRES);

    assertThat(bound[0]).isEqualTo(7);
    assertThat(((Param<?>) bound[1]).getValue()).isEqualTo(new String[] {"x", null, "y"});
    UUID id = UUID.randomUUID();
    assertThat(
            ((Param<?>) SeedArgs.of(SeedQuery.sql(SQL, 1, List.of(id)), SQLDialect.H2)[1])
                .getValue())
        .isEqualTo(new UUID[] {id});
    assertThat(
            ((Param<?>) SeedArgs.of(SeedQuery.sql(SQL, 1, List.of()), SQLDialect.H2)[1]).getValue())
        .isEqualTo(new String[0]);
  }

  @Test
  void mysqlAndMariadbNameTheArgumentAndTheJooqForm() {
    for (SQLDialect dialect : List.of(SQLDialect.MYSQL, SQLDialect.MARIADB)) {
      assertThatThrownBy(() -> SeedArgs.of(SeedQuery.sql(SQL, 1, List.of("x")), dialect))
          .isInstanceOf(SeedException.class)
          .hasMessageContaining("cannot bind argument 2 of the query")
          .hasMessageContaining("has no SQL arrays")
          .hasMessageContaining("SeedQuery.jooq(")
          .hasMessageContaining(SQL);
    }
  }

  @Test
  void elementsOfOtherOrMixedTypesAreNamed() {
    assertThatThrownBy(() -> SeedArgs.of(SeedQuery.sql(SQL, 1, List.of(1.5)), SQLDialect.H2))
        .isInstanceOf(SeedException.class)
        .hasMessageContaining("argument 2")
        .hasMessageContaining("java.lang.Double");
    assertThatThrownBy(
            () -> SeedArgs.of(SeedQuery.sql(SQL, 1, List.of("a", 2L)), SQLDialect.POSTGRES))
        .isInstanceOf(SeedException.class)
        .hasMessageContaining("argument 2")
        .hasMessageContaining("java.lang.Long")
        .hasMessageContaining("all of one type");
  }
}
