package io.redifu.runtime.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeysTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ab3xYz",
        "0f8fad5b-d9cb-469f-a165-70867728950e",
        "ann@example.com",
        "c++ tips",
        "é𝄞",
        "a/b?c=d&e#f"
      })
  void safeParametersStayAsTheyAreWithoutCopying(String value) {
    assertThat(Keys.param("randId", value)).isSameAs(value);
    assertThat(Keys.requireParam("randId", value)).isSameAs(value);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "42:private       | 42%3Aprivate",
        "p:post:q         | p%3Apost%3Aq",
        "100%             | 100%25",
        "%3A              | %253A",
        "{x}              | %7Bx%7D",
        "é:𝄞              | é%3A𝄞"
      })
  void separatorsEscapesAndBracesArePercentEncoded(String value, String encoded) {
    assertThat(Keys.param("orgId", value)).isEqualTo(encoded);
    assertThat(Keys.requireParam("orgId", value)).isSameAs(value);
  }

  @Test
  void controlCharactersAreEncodedForRedisCli() {
    assertThat(Keys.param("tag", "a\nb\tc\u001fd\u007f")).isEqualTo("a%0Ab%09c%1Fd%7F");
  }

  @Test
  void encodedFormsAreRecognised() {
    assertThat(Keys.isEncodedForm("42%3Aprivate")).isTrue();
    assertThat(Keys.isEncodedForm("admin")).isTrue();
    assertThat(Keys.isEncodedForm("a:b")).isFalse();
    assertThat(Keys.isEncodedForm("%41")).as("'A' is never encoded").isFalse();
    assertThat(Keys.isEncodedForm("%3a")).as("lower-case hex").isFalse();
    assertThat(Keys.isEncodedForm("%3")).isFalse();
    assertThat(Keys.isEncodedForm("")).isFalse();
  }

  @Test
  void rejectsNullEmptyTooLongNulAndUnpairedSurrogatesNamingTheParameter() {
    assertThatThrownBy(() -> Keys.param("userRandId", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("userRandId must not be null");
    assertThatThrownBy(() -> Keys.param("userRandId", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("userRandId must not be empty");
    assertThat(Keys.param("tag", "a".repeat(Keys.MAX_PARAM_LENGTH))).hasSize(512);
    assertThatThrownBy(() -> Keys.param("tag", "a".repeat(Keys.MAX_PARAM_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tag is 513 characters long, but a key parameter holds at most 512");
    assertThatThrownBy(() -> Keys.requireParam("randId", "a\u0000b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("randId contains U+0000 at index 1, which SQL text cannot hold");
    for (String broken : new String[] {"x\uD800", "\uDC00x", "x\uDC00\uD800"}) {
      assertThatThrownBy(() -> Keys.param("orgId", broken))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("orgId contains an unpaired surrogate");
    }
    assertThatThrownBy(() -> Keys.param("orgId", "x\uD800"))
        .hasMessageContaining("(U+D800) at index 1");
  }

  @Test
  void missingMarkerSharesTheDocumentsSlot() {
    assertThat(KeySchema.missingMarker("post:Ab3")).isEqualTo("{post:Ab3}:missing");
  }
}
