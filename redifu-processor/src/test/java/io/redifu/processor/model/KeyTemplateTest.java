package io.redifu.processor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.processor.model.KeyTemplate.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyTemplateTest {
  @Test
  void entityKey() throws Exception {
    KeyTemplate key = KeyTemplate.parse("post:{randId}");

    assertThat(key.text()).isEqualTo("post:{randId}");
    assertThat(key.segments())
        .containsExactly(new Segment("post:", false), new Segment("randId", true));
    assertThat(key.placeholders()).containsExactly("randId");
  }

  @Test
  void placeholdersBetweenLiterals() throws Exception {
    KeyTemplate key = KeyTemplate.parse("feed:user:{userRandId}:posts");

    assertThat(key.segments())
        .containsExactly(
            new Segment("feed:user:", false),
            new Segment("userRandId", true),
            new Segment(":posts", false));
  }

  @Test
  void placeholdersKeepTemplateOrder() throws Exception {
    KeyTemplate key = KeyTemplate.parse("{tenant}:{randId}:x:{b}:{a}");

    assertThat(key.placeholders()).containsExactly("tenant", "randId", "b", "a");
    assertThat(key.segments()).hasSize(7);
  }

  @Test
  void literalOnly() throws Exception {
    KeyTemplate key = KeyTemplate.parse("settings");

    assertThat(key.segments()).containsExactly(new Segment("settings", false));
    assertThat(key.placeholders()).isEmpty();
  }

  @Test
  void placeholderOnly() throws Exception {
    assertThat(KeyTemplate.parse("{randId}").segments())
        .containsExactly(new Segment("randId", true));
  }

  @Test
  void identifierCharactersAllowedInNames() throws Exception {
    assertThat(KeyTemplate.parse("k:{_a$1}").placeholders()).containsExactly("_a$1");
  }

  @Test
  void segmentsAreImmutable() throws Exception {
    KeyTemplate key = KeyTemplate.parse("post:{randId}");

    assertThatThrownBy(() -> key.segments().add(new Segment("x", false)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void duplicatePlaceholderIsReportedDistinctly() {
    assertThatThrownBy(() -> KeyTemplate.parse("a:{x}:b:{y}:{x}"))
        .isInstanceOfSatisfying(
            KeyTemplate.DuplicatePlaceholderException.class,
            e -> assertThat(e.placeholder()).isEqualTo("x"))
        .hasMessage("placeholder {x} appears more than once");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({"{a}{b}, a, b", "x:{a}-{b}:y, a, b", "{a}:{b}.{c}, b, c"})
  void placeholdersWithoutAColonBetweenThemAreRefused(String text, String first, String second) {
    assertThatThrownBy(() -> KeyTemplate.parse(text))
        .isInstanceOfSatisfying(
            KeyTemplate.JoinedPlaceholdersException.class,
            e -> {
              assertThat(e.first()).isEqualTo(first);
              assertThat(e.second()).isEqualTo(second);
            })
        .hasMessage("placeholders {" + first + "} and {" + second + "} have no ':' between them");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          ``                        | it is empty
          `   `                     | it is empty
          post:{randId              | '{' at position 5 is never closed
          post:randId}              | '}' at position 11 closes no placeholder
          a}{b}                     | '}' at position 1 closes no placeholder
          {a}}                      | '}' at position 3 closes no placeholder
          post:{}                   | placeholder {} at position 5 is not a Java identifier
          {1st}                     | placeholder {1st} at position 0 is not a Java identifier
          x:{user-id}               | placeholder {user-id} at position 2 is not a Java identifier
          x:{ randId}               | placeholder { randId} at position 2 is not a Java identifier
          {{randId}}                | placeholder {{randId} at position 0 is not a Java identifier
          post:{randId}:{randId}    | placeholder {randId} appears more than once
          """)
  void malformed(String text, String reason) {
    assertThatThrownBy(() -> KeyTemplate.parse(text))
        .isInstanceOf(KeyTemplate.MalformedException.class)
        .hasMessage(reason);
  }
}
