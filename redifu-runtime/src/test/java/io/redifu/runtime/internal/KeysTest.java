package io.redifu.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeysTest {
  @Test
  void acceptsOrdinaryIds() {
    assertThat(Keys.requireParam("randId", "Ab3xYz")).isEqualTo("Ab3xYz");
  }

  @Test
  void rejectsNullEmptyAndBracesNamingTheParameter() {
    assertThatThrownBy(() -> Keys.requireParam("userRandId", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("userRandId must not be null");
    assertThatThrownBy(() -> Keys.requireParam("userRandId", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("userRandId must not be empty");
    assertThatThrownBy(() -> Keys.requireParam("randId", "a{b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("randId \"a{b\" must not contain");
    assertThatThrownBy(() -> Keys.requireParam("randId", "a}b"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingMarkerSharesTheDocumentsSlot() {
    assertThat(Keys.missingMarker("post:Ab3")).isEqualTo("{post:Ab3}:missing");
  }
}
