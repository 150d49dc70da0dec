package io.redifu.runtime.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScoresTest {
  @Test
  void timesScoreInEpochMicrosecondsSoDistinctMicrosecondsInOneMillisecondStayApart() {
    Instant first = Instant.parse("2026-12-05T10:00:00.123001Z");
    Instant second = Instant.parse("2026-12-05T10:00:00.123002Z");
    assertThat(Scores.of(first, "createdAt")).isEqualTo(1_796_464_800_123_001d);
    assertThat(Scores.of(second, "createdAt")).isGreaterThan(Scores.of(first, "createdAt"));
    assertThat(Scores.of(first.atOffset(ZoneOffset.ofHours(2)), "at"))
        .isEqualTo(Scores.of(first, "at"));
    assertThat(Scores.of(LocalDateTime.ofInstant(first, ZoneOffset.UTC), "at"))
        .isEqualTo(Scores.of(first, "at"));
  }

  @Test
  void digitsBelowTheMicrosecondAreDropped() {
    assertThat(Scores.of(Instant.parse("2026-12-05T10:00:00.123456999Z"), "createdAt"))
        .isEqualTo(Scores.of(Instant.parse("2026-12-05T10:00:00.123456Z"), "createdAt"));
    assertThat(Scores.of(Instant.parse("1969-12-31T23:59:59.999999Z"), "createdAt")).isEqualTo(-1d);
  }

  @Test
  void microsecondsAndInstantsRoundTrip() {
    for (long micros : new long[] {0, 1, -1, 1_796_464_800_123_456L, -Scores.MAX_EXACT + 1}) {
      assertThat(Scores.of(Scores.instant(micros), "at")).isEqualTo((double) micros);
    }
  }

  @Test
  void timesAScoreCannotHoldExactlyAreRefusedNamingTheProperty() {
    assertThatThrownBy(() -> Scores.of(Instant.parse("2300-01-01T00:00:00Z"), "publishedAt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("publishedAt is 2300-01-01T00:00:00Z")
        .hasMessageContaining("1684-07-28T00:12:25.259008Z to 2255-06-05T23:47:34.740992Z");
    assertThatThrownBy(() -> Scores.of(OffsetDateTime.MAX, "at"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Scores.of(Instant.MIN, "at"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wholeNumbersBeyondTwoToThe53AreRefusedNotRounded() {
    assertThat(Scores.of(Scores.MAX_EXACT, "rank")).isEqualTo(9_007_199_254_740_992d);
    assertThat(Scores.of(-Scores.MAX_EXACT, "rank")).isEqualTo(-9_007_199_254_740_992d);
    assertThatThrownBy(() -> Scores.of(Scores.MAX_EXACT + 1, "rank"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rank is 9007199254740993")
        .hasMessageContaining("2^53");
    assertThatThrownBy(() -> Scores.of(Long.valueOf(Long.MIN_VALUE), "rank"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nullIsRefusedNamingTheProperty() {
    assertThatThrownBy(() -> Scores.of((Instant) null, "createdAt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("createdAt must not be null");
  }
}
