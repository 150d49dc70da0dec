package io.redifu.runtime.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.runtime.TimeRange;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeBoundsTest {
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-01-02T00:00:00Z");

  @Test
  void instantsBecomeEpochMicrosecondsInclusive() {
    assertThat(TimeBounds.range(FROM, TO))
        .isEqualTo(new TimeRange(1_767_225_600_000_000L, 1_767_312_000_000_000L));
    assertThat(TimeBounds.range(FROM, FROM))
        .isEqualTo(new TimeRange(1_767_225_600_000_000L, 1_767_225_600_000_000L));
  }

  @Test
  void digitsBelowTheMicrosecondAreDroppedAsInScores() {
    Instant at = Instant.parse("2026-01-01T00:00:00.123456789Z");
    TimeRange range = TimeBounds.range(at, at);
    assertThat(range.from()).isEqualTo(1_767_225_600_123_456L).isEqualTo(range.to());
    assertThat((double) range.from()).isEqualTo(Scores.of(at, "createdAt"));
    assertThat(range.fromInstant()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
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
  void boundsBeyondAnExactScoreAreClampedSoTheyMeanEverything() {
    assertThat(TimeBounds.range(Instant.MIN, Instant.MAX))
        .isEqualTo(new TimeRange(-Scores.MAX_EXACT, Scores.MAX_EXACT));
    assertThat(TimeBounds.range(FROM, Instant.MAX).from()).isEqualTo(1_767_225_600_000_000L);
    assertThat(TimeBounds.range(Long.MIN_VALUE, Long.MAX_VALUE))
        .isEqualTo(new TimeRange(-Scores.MAX_EXACT, Scores.MAX_EXACT));
    assertThat(TimeBounds.range(0L, Long.MAX_VALUE).to()).isEqualTo(1L << 53);
  }
}
