package io.redifu.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelinePageTest {
  private static final String TOKEN = Cursor.of(1.0, "a").token();

  @Test
  void theLastPageHasNoNextCursor() {
    TimelinePage<String> last =
        new TimelinePage<>(
            List.of("a"), "a", Position.MIDDLE_PAGE, false, TOKEN, List.of(), List.of());
    assertThat(last.nextCursor()).isNull();
  }

  @Test
  void aPageWithMoreKeepsItsNextCursor() {
    TimelinePage<String> page =
        new TimelinePage<>(
            List.of("a"), "a", Position.MIDDLE_PAGE, true, TOKEN, List.of(), List.of());
    assertThat(page.nextCursor()).isEqualTo(TOKEN);
  }
}
