package io.redifu.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BaseRecordTest {
  static final class Note extends BaseRecord {}

  @Test
  void initGivesRandIdAndMicrosecondTimes() {
    Note note = new Note();
    note.init();
    assertThat(note.getRandId()).matches("[A-Za-z0-9]{16}");
    assertThat(note.getCreatedAt()).isEqualTo(note.getUpdatedAt());
    assertThat(note.getCreatedAt()).isEqualTo(note.getCreatedAt().truncatedTo(ChronoUnit.MICROS));
  }

  @Test
  void randIdsAreDistinctAndUseTheWholeAlphabet() {
    Set<String> ids = new HashSet<>();
    Set<Character> characters = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String id = BaseRecord.newRandId();
      ids.add(id);
      id.chars().forEach(c -> characters.add((char) c));
    }
    assertThat(ids).hasSize(10_000);
    assertThat(characters).hasSize(62);
  }

  @Test
  void touchMovesUpdatedAtOnly() throws InterruptedException {
    Note note = new Note();
    note.init();
    Thread.sleep(5);
    note.touch();
    assertThat(note.getUpdatedAt()).isAfter(note.getCreatedAt());
  }
}
