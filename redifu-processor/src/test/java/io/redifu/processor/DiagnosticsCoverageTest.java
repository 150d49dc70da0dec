package io.redifu.processor;

import static io.redifu.processor.validation.Diagnostics.PROCESSING_FAILURE;
import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.processor.validation.Diagnostics;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Turns "every catalogue entry has a negative test" from advice into a check. */
class DiagnosticsCoverageTest {
  @Test
  void everyDiagnosticHasANegativeTest() {
    Set<Diagnostics> untested = EnumSet.allOf(Diagnostics.class);
    // An internal error: only a bug in the processor can trigger it, never a user's source.
    untested.remove(PROCESSING_FAILURE);
    Stream.of(
            EntityErrorsTest.cases(),
            RelationErrorsTest.cases(),
            CollectionErrorsTest.cases(),
            ColumnErrorsTest.cases())
        .flatMap(List::stream)
        .forEach(row -> untested.remove(row.diagnostic()));

    assertThat(untested)
        .as(
            "Diagnostics with no row in EntityErrorsTest, RelationErrorsTest, CollectionErrorsTest or"
                + " ColumnErrorsTest")
        .isEmpty();
  }
}
