package io.redifu.processor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TtlTest {
  private static final String FORMAT = "expected a whole number followed by ms, s, m, h or d";
  private static final String ZERO =
      "a zero duration would expire at once; write \"0\" for no expiry";
  private static final String OVERFLOW = "it does not fit in a long of milliseconds";

  @ParameterizedTest(name = "\"{0}\" = {1} ms")
  @CsvSource({
    "500ms, 500",
    "1ms, 1",
    "15s, 15000",
    "30m, 1800000",
    "48h, 172800000",
    "2d, 172800000",
    "7d, 604800000",
    "007d, 604800000",
    "999999999999ms, 999999999999",
    // Twelve digits of any unit but days fit.
    "999999999999h, 3599999999996400000",
    // The largest day count that fits in a long of milliseconds.
    "106751991167d, 9223372036828800000",
  })
  void parsesExactMillis(String text, long millis) throws Exception {
    Ttl ttl = Ttl.parse(text);

    assertThat(ttl.millis()).isEqualTo(millis);
    assertThat(ttl.text()).isEqualTo(text);
    assertThat(ttl.isForever()).isFalse();
  }

  @Test
  void zeroMeansNoExpiry() throws Exception {
    Ttl ttl = Ttl.parse("0");

    assertThat(ttl.millis()).isZero();
    assertThat(ttl.isForever()).isTrue();
    assertThat(ttl.text()).isEqualTo("0");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        "7",
        "d",
        "7x",
        "7D",
        "7 d",
        " 7d",
        "7d ",
        "-1s",
        "+1s",
        "1.5h",
        "1h30m",
        "00",
        "0.0",
        "7days",
        "1_000ms",
        // At most twelve digits.
        "1000000000000ms"
      })
  void rejectsWhatIsNotANumberAndAUnit(String text) {
    assertThatThrownBy(() -> Ttl.parse(text))
        .isInstanceOf(Ttl.InvalidException.class)
        .hasMessage(FORMAT);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"0s", "0ms", "0m", "0h", "000d"})
  void rejectsZeroDurationWithAUnit(String text) {
    assertThatThrownBy(() -> Ttl.parse(text))
        .isInstanceOf(Ttl.InvalidException.class)
        .hasMessage(ZERO);
  }

  @Test
  void anExpiringTtlRefusesNoExpiryAndZero() throws Exception {
    assertThat(Ttl.parseExpiring("90s").millis()).isEqualTo(90_000);
    assertThatThrownBy(() -> Ttl.parseExpiring("0"))
        .isInstanceOf(Ttl.InvalidException.class)
        .hasMessageContaining("must expire");
    assertThatThrownBy(() -> Ttl.parseExpiring("0ms"))
        .isInstanceOf(Ttl.InvalidException.class)
        .hasMessage("a zero duration would expire at once");
    assertThatThrownBy(() -> Ttl.parseExpiring("7x"))
        .isInstanceOf(Ttl.InvalidException.class)
        .hasMessage(FORMAT);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"106751991168d", "999999999999d"})
  void rejectsOverflowingDays(String text) {
    assertThatThrownBy(() -> Ttl.parse(text))
        .isInstanceOf(Ttl.InvalidException.class)
        .hasMessage(OVERFLOW);
  }
}
