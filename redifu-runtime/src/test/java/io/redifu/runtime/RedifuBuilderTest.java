package io.redifu.runtime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedifuBuilderTest {
  @Test
  void rejectsMissingOrDoubleRedis() {
    assertThatThrownBy(() -> Redifu.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactly one Redis");
  }

  @Test
  void rejectsBadUris() {
    assertThatThrownBy(() -> Redifu.builder().redis("http://localhost:6379"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("redis://");
    assertThatThrownBy(() -> Redifu.builder().redis("redis://host name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("malformed");
  }

  @Test
  void rejectsBadPoolSettings() {
    assertThatThrownBy(() -> Redifu.builder().maxConnections(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxConnections");
    assertThatThrownBy(() -> Redifu.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeout");
  }
}
