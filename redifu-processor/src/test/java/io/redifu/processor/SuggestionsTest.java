package io.redifu.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "kitten, sitting, 3",
    "createAt, createdAt, 1",
    "createdat, createdAt, 1",
    "'', abc, 3",
    "likes, likes, 0",
    "flaw, lawn, 2"
  })
  void distance(String a, String b, int expected) {
    assertThat(Suggestions.distance(a, b)).isEqualTo(expected);
    assertThat(Suggestions.distance(b, a)).isEqualTo(expected);
  }

  @Test
  void nearestIgnoresCase() {
    assertThat(Suggestions.nearest("CREATEDAT", List.of("randId", "createdAt")))
        .contains("createdAt");
  }

  @Test
  void earlierCandidateWinsTies() {
    assertThat(Suggestions.nearest("liked", List.of("likes", "liker"))).contains("likes");
  }

  @Test
  void noSuggestionWhenEverythingIsFar() {
    assertThat(Suggestions.nearest("popularity", List.of("randId", "createdAt", "likes")))
        .isEmpty();
  }

  @Test
  void shortNamesAllowTwoEdits() {
    assertThat(Suggestions.nearest("ab", List.of("abcd"))).contains("abcd");
    assertThat(Suggestions.nearest("ab", List.of("abcde"))).isEmpty();
  }
}
