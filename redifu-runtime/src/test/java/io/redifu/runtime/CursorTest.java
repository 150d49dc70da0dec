package io.redifu.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {
  @Test
  void tokensRoundTrip() {
    for (Cursor cursor :
        new Cursor[] {
          Cursor.of(1_767_225_600_000_000d, "Ab3xYz"),
          Cursor.of(-0x1p53, "a:b{c}%"),
          Cursor.of(0x1p53, "é𝄞"),
          Cursor.of(-0.0, "x".repeat(512))
        }) {
      assertThat(Cursor.parse(cursor.token())).isEqualTo(cursor);
    }
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.MAX_VALUE,
        0x1p53 + 2,
        -0x1p53 - 2,
        0.5,
        Double.MIN_VALUE
      })
  void scoresNoItemCanHaveAreRefused(double score) {
    assertThatThrownBy(() -> Cursor.of(score, "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a whole number within ±2^53");
    assertThatThrownBy(() -> Cursor.parse(token(score, "a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a redifu cursor");
  }

  @Test
  void randIdsNoKeyTakesAreRefused() {
    assertThatThrownBy(() -> Cursor.of(1, "a\u0000b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cursor randId contains U+0000");
    assertThatThrownBy(() -> Cursor.of(1, "x".repeat(513)))
        .hasMessageContaining("cursor randId is 513 characters long");
    assertThatThrownBy(() -> Cursor.of(1, "x\uD800")).hasMessageContaining("unpaired surrogate");
    assertThatThrownBy(() -> Cursor.parse(token(1, "a\u0000b")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overlongTokensAreRefusedBeforeDecoding() {
    String token = token(1, "x".repeat(100_000));
    assertThatThrownBy(() -> Cursor.parse(token))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a cursor token of "
                + token.length()
                + " characters is not a redifu cursor (at most"
                + " 2068)");
  }

  private static String token(double score, String randId) {
    return "c2."
        + Long.toHexString(Double.doubleToRawLongBits(score))
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(randId.getBytes(StandardCharsets.UTF_8));
  }
}
