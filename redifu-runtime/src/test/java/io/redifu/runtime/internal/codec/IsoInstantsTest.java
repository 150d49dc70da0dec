package io.redifu.runtime.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {
  @Test
  void agreesWithInstantParseOnWhatInstantToStringWrites() {
    SplittableRandom random = new SplittableRandom(42);
    long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    for (int i = 0; i < 200_000; i++) {
      int nanos =
          switch (i % 4) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
          };
      Instant instant = Instant.ofEpochSecond(random.nextLong(min, max + 1), nanos);
      String text = instant.toString();
      assertThat(IsoInstants.parse(text)).as(text).isEqualTo(instant);
    }
  }

  @Test
  void otherShapesFallBackToInstantParse() {
    for (String text :
        List.of(
            "+10000-01-01T00:00:00Z",
            "-0001-01-01T00:00:00Z",
            "2024-02-29T23:59:60Z",
            "2024-01-01T00:00:00.5Z",
            "2024-01-01T00:00:00.1234Z")) {
      assertThat(IsoInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
    }
  }

  @Test
  void unusualTextGivesTheSameResultOrErrorAsInstantParse() {
    for (String text :
        List.of(
            "2023-02-29T00:00:00Z",
            "2024-13-01T00:00:00Z",
            "2024-01-01T24:00:00Z",
            "2024-01-01 00:00:00Z",
            "2024-01-01T00:00:00",
            "2024-01-01T00:00:00.Z",
            "garbage")) {
      Instant expected;
      try {
        expected = Instant.parse(text);
      } catch (DateTimeException e) {
        assertThatThrownBy(() -> IsoInstants.parse(text))
            .as(text)
            .isInstanceOf(DateTimeException.class);
        continue;
      }
      assertThat(IsoInstants.parse(text)).as(text).isEqualTo(expected);
    }
  }
}
