package io.redifu.it.domain;

import io.redifu.annotation.Entity;
import io.redifu.annotation.MissingRelation;
import io.redifu.annotation.RandIdRef;
import io.redifu.annotation.Timeline;
import io.redifu.runtime.BaseRecord;

/**
 * A note on an owner's timeline, for the missing-reference policies: a note whose author is gone is
 * skipped; one whose editor is gone fails the fetch. The editor reference is named by {@code
 * field}.
 */
@Entity(key = "note:{randId}", ttl = "7d")
@Timeline(key = "notes:{ownerRandId}", perPage = 5)
public class Note extends BaseRecord {
  String ownerRandId;
  String text;

  @RandIdRef(onMissing = MissingRelation.SKIP_PARENT)
  String authorRandId;

  Account author;

  @RandIdRef(field = "editor", onMissing = MissingRelation.FAIL)
  String editorId;

  Account editor;

  public String getOwnerRandId() {
    return ownerRandId;
  }

  public void setOwnerRandId(String ownerRandId) {
    this.ownerRandId = ownerRandId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getAuthorRandId() {
    return authorRandId;
  }

  public void setAuthorRandId(String authorRandId) {
    this.authorRandId = authorRandId;
  }

  /** The author, filled by fetches that resolve relations; never stored. */
  public Account getAuthor() {
    return author;
  }

  public String getEditorId() {
    return editorId;
  }

  public void setEditorId(String editorId) {
    this.editorId = editorId;
  }

  /** The editor, filled by fetches that resolve relations; never stored. */
  public Account getEditor() {
    return editor;
  }
}
