package io.redifu.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.runtime.TimeRange;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeBoundsTest {
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-01-02T00:00:00Z");

  @Test
  void instantsBecomeEpochMillisecondsInclusive() {
    assertThat(TimeBounds.range(FROM, TO))
        .isEqualTo(new TimeRange(FROM.toEpochMilli(), TO.toEpochMilli()));
    assertThat(TimeBounds.range(FROM, FROM))
        .isEqualTo(new TimeRange(FROM.toEpochMilli(), FROM.toEpochMilli()));
  }

  @Test
  void longsStayAsGiven() {
    assertThat(TimeBounds.range(-5L, 7L)).isEqualTo(new TimeRange(-5, 7));
    assertThat(TimeBounds.range(3L, 3L)).isEqualTo(new TimeRange(3, 3));
  }

  @Test
  void rejectsNullBoundsNamingThem() {
    assertThatThrownBy(() -> TimeBounds.range(null, TO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from must not be null");
    assertThatThrownBy(() -> TimeBounds.range(FROM, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to must not be null");
  }

  @Test
  void rejectsFromAfterTo() {
    assertThatThrownBy(() -> TimeBounds.range(TO, FROM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("from must not be after to");
    assertThatThrownBy(() -> TimeBounds.range(2L, 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from must not be after to, was 2 > 1");
  }

  @Test
  void rejectsInstantsBeyondEpochMilliseconds() {
    assertThatThrownBy(() -> TimeBounds.range(FROM, Instant.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("to is too far from 1970");
  }
}
