package io.redifu.it.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.it.SharedCluster;
import io.redifu.it.domain.Account;
import io.redifu.it.domain.AccountCache;
import io.redifu.it.domain.Note;
import io.redifu.it.domain.NoteCache;
import io.redifu.it.domain.NoteTimelineCache;
import io.redifu.runtime.BaseRecord;
import io.redifu.runtime.MissingReference;
import io.redifu.runtime.MissingRelationException;
import io.redifu.runtime.Redifu;
import io.redifu.runtime.TimelinePage;
import io.redifu.testing.LocalServices;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code onMissing}: {@code Note.author} is {@code SKIP_PARENT}, {@code Note.editor} is {@code
 * FAIL} (the {@code NULL} default is covered by {@link RelationsIT}).
 */
class MissingRelationsIT {
  private static Redifu redifu;
  private static AccountCache accounts;

  @BeforeAll
  static void connect() {
    redifu = SharedCluster.redis().build();
    accounts = AccountCache.create(redifu);
  }

  @AfterAll
  static void close() {
    redifu.close();
  }

  @ParameterizedTest(name = "single round trip: {0}")
  @ValueSource(booleans = {false, true})
  void skipParentLeavesTheNoteOutButKeepsPaging(boolean singleRoundTrip) {
    // the single-trip path needs a standalone Redis, so it stays there in the cluster suites
    try (Redifu paths =
        singleRoundTrip
            ? Redifu.builder().redis(LocalServices.redisUrl()).singleRoundTripReads(true).build()
            : SharedCluster.redis().build()) {
      skipParent(paths);
    }
  }

  private static void skipParent(Redifu redifu) {
    AccountCache accounts = AccountCache.create(redifu);
    Account author = Fixtures.account("author");
    Account editor = Fixtures.account("editor");
    accounts.setAll(List.of(author, editor));
    String ghost = BaseRecord.newRandId();
    NoteTimelineCache notes = NoteTimelineCache.create(redifu);
    String owner = BaseRecord.newRandId();
    Note kept = note(3, author.getRandId(), editor.getRandId());
    Note orphan = note(2, ghost, editor.getRandId());
    Note older = note(1, author.getRandId(), null);
    notes.of(owner).ingest(List.of(kept, orphan, older), true, true, "");

    TimelinePage<Note> page = notes.of(owner).fetch(List.of());
    assertThat(page.items())
        .extracting(Note::getRandId)
        .containsExactly(kept.getRandId(), older.getRandId());
    assertThat(page.items().get(0).getAuthor().getName()).isEqualTo("author");
    assertThat(page.items().get(0).getEditor().getName()).isEqualTo("editor");
    assertThat(page.items().get(1).getEditor()).as("no reference, nothing missing").isNull();
    assertThat(page.missingRelations())
        .containsExactly(new MissingReference("Note", orphan.getRandId(), "author", ghost));
    assertThat(page.validLastId()).isEqualTo(older.getRandId());
    assertThat(NoteCache.create(redifu).get(orphan.getRandId())).as("get skips it too").isEmpty();
    assertThat(NoteCache.create(redifu).raw().get(orphan.getRandId())).isPresent();
    notes.of(owner).purge();
    accounts.delete(author.getRandId());
    accounts.delete(editor.getRandId());
  }

  @Test
  void failThrowsNamingParentFieldAndId() {
    Account author = Fixtures.account("author");
    accounts.set(author);
    String ghost = BaseRecord.newRandId();
    NoteCache notes = NoteCache.create(redifu);
    Note note = note(1, author.getRandId(), ghost);
    notes.set(note);

    assertThatThrownBy(() -> notes.get(note.getRandId()))
        .isInstanceOf(MissingRelationException.class)
        .hasMessageContaining("Note \"" + note.getRandId() + "\"")
        .hasMessageContaining("editor \"" + ghost + "\"")
        .satisfies(
            e ->
                assertThat(((MissingRelationException) e).reference())
                    .isEqualTo(new MissingReference("Note", note.getRandId(), "editor", ghost)));
    assertThat(notes.raw().get(note.getRandId())).isPresent();
    notes.delete(note.getRandId());
    accounts.delete(author.getRandId());
  }

  private static Note note(int second, String authorRandId, String editorId) {
    Note note = new Note();
    note.init();
    note.setCreatedAt(Instant.ofEpochSecond(1_800_000_000L + second));
    note.setAuthorRandId(authorRandId);
    note.setEditorId(editorId);
    return note;
  }
}
