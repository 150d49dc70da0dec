package com.example;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Transient;
import io.redifu.runtime.BaseRecord;
import java.util.ArrayList;
import java.util.List;

/** A class entity: inherited BaseRecord properties, package-private and private fields. */
@Entity(key = "post:{randId}", ttl = "7d")
public class Post extends BaseRecord {
  String title;
  String content;
  List<String> tags = new ArrayList<>();
  private int likes;
  private boolean pinned;
  @Transient String renderedHtml;
  transient int scratch;
  static final int MAX_TAGS = 10;

  public int getLikes() {
    return likes;
  }

  public void setLikes(int likes) {
    this.likes = likes;
  }

  public boolean isPinned() {
    return pinned;
  }

  public void setPinned(boolean pinned) {
    this.pinned = pinned;
  }
}
