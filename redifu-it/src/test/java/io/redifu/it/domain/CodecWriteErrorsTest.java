package io.redifu.it.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.runtime.internal.codec.JsonCodecs;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values that have no JSON form fail with a clear IllegalArgumentException, not a Jackson one. */
class CodecWriteErrorsTest {
  @Test
  void aMapWithANullKeyIsRefused() {
    Everything e = new Everything();
    e.randId = "NullKeyMap000001";
    Map<String, Long> counters = new HashMap<>();
    counters.put(null, 1L);
    e.counters = counters;

    assertThatThrownBy(() -> JsonCodecs.encode(EverythingCodec.create(), e))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("null key");
  }

  @Test
  void nestingDeeperThanJacksonAllowsIsRefusedNamingTheEntity() {
    Everything e = new Everything();
    e.randId = "DeepNesting00001";
    Everything.Address address = new Everything.Address("street", "city", null);
    for (int i = 0; i < 2_000; i++) {
      address = new Everything.Address("street", "city", address);
    }
    e.address = address;

    assertThatThrownBy(() -> JsonCodecs.encode(EverythingCodec.create(), e))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Everything cannot be written as JSON");
  }
}
