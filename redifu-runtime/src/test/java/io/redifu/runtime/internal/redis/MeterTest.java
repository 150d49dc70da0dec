package io.redifu.runtime.internal.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.MetricsListener.Count;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A store's counts reach the listener with the store's tags, and only when there is something. */
class MeterTest {
  private final List<String> heard = new ArrayList<>();
  private final MetricsListener listener =
      new MetricsListener() {
        @Override
        public void counted(Count what, String entity, String collection, String op, int count) {
          heard.add(what + " " + entity + " " + collection + " " + op + " " + count);
        }
      };

  @Test
  void countsCarryTheStoresTags() {
    Meter.collection(listener, "Post", "PostTimelineCache", "timeline")
        .count(Count.DOCUMENTS_MISSING, "fetch", 3);
    Meter.entity(listener, "Post").count(Count.HITS, "get", 1);

    assertThat(heard)
        .containsExactly(
            "DOCUMENTS_MISSING Post PostTimelineCache fetch 3", "HITS Post none get 1");
  }

  @Test
  void nothingCountedIsNotReported() {
    Meter meter = Meter.entity(listener, "Post");
    meter.count(Count.MISSES, "getAll", 0);
    meter.count(Count.MISSES, "getAll", -1);

    assertThat(heard).isEmpty();
  }

  @Test
  void everyRedisCallIsARoundTripEvenWhenItFails() {
    Meter meter = Meter.entity(listener, "Post");
    meter.run("set", () -> {});
    assertThatThrownBy(
            () ->
                meter.run(
                    "get",
                    () -> {
                      throw new IllegalStateException("down");
                    }))
        .hasMessage("down");

    assertThat(heard).containsExactly("ROUND_TRIPS Post none set 1", "ROUND_TRIPS Post none get 1");
  }
}
