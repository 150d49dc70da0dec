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

  @Test
  void rejectsBadClusterSettings() {
    assertThatThrownBy(() -> Redifu.builder().cluster())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("host:port");
    assertThatThrownBy(() -> Redifu.builder().cluster("no-port-here"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-port-here");
    assertThatThrownBy(
            () -> Redifu.builder().redis("redis://127.0.0.1:1").cluster("127.0.0.1:7000").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactly one Redis");
    assertThatThrownBy(
            () -> Redifu.builder().cluster("127.0.0.1:7000").singleRoundTripReads(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("standalone");
  }

  @Test
  void rejectsMissingMarkerTtlsThatNeverOrAtOnceExpire() {
    for (Duration bad :
        new Duration[] {null, Duration.ZERO, Duration.ofSeconds(-1), Duration.ofNanos(999_999)}) {
      assertThatThrownBy(() -> Redifu.builder().missingMarkerTtl(bad))
          .as("missingMarkerTtl(%s)", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("missingMarkerTtl")
          .hasMessageContaining(String.valueOf(bad));
    }
  }

  @Test
  void rejectsBadRelationSettings() {
    assertThatThrownBy(() -> Redifu.builder().relationDepth(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("relationDepth");
    assertThatThrownBy(() -> Redifu.builder().relationHints(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("relationHints");
  }
}
