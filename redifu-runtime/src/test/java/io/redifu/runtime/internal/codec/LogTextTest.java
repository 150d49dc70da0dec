package io.redifu.runtime.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.runtime.RedifuException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogTextTest {
  @Test
  void lineBreaksAndControlCharactersAreEscaped() {
    assertThat(LogText.oneLine("a\r\nb\tc\u0000d\u001be\u007ff\u2028g\u202eh"))
        .isEqualTo("a\\r\\nb\\tc\\u0000d\\u001be\\u007ff\\u2028g\\u202eh");
    assertThat(LogText.oneLine("plain: ümlaut 漢字 😀")).isEqualTo("plain: ümlaut 漢字 😀");
    assertThat(LogText.oneLine(null)).isNull();
  }

  @Test
  void longValuesAndListsAreCut() {
    String tenThousand = "x".repeat(10_000);
    assertThat(LogText.of(tenThousand))
        .hasSize(LogText.MAX_CHARS + "…(10000 chars)".length())
        .endsWith("…(10000 chars)");
    List<String> many = Collections.nCopies(25, "id\n");
    assertThat(LogText.list(many))
        .startsWith("[id\\n, id\\n")
        .endsWith(", … 15 more]")
        .doesNotContain("\n");
  }

  @Test
  void redifuExceptionMessagesAreOneLine() {
    assertThat(new RedifuException("key \"a\nb\"").getMessage()).isEqualTo("key \"a\\nb\"");
  }
}
