package com.example;

import io.redifu.annotation.Column;
import io.redifu.annotation.Entity;
import io.redifu.annotation.Order;
import io.redifu.annotation.Timeline;
import io.redifu.annotation.Transient;
import io.redifu.runtime.BaseRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * A class entity: inherited BaseRecord properties, package-private and private fields, a column
 * override; an unnamed timeline scored by an inherited getter and a named one scored by an int
 * getter.
 */
@Entity(key = "post:{randId}", ttl = "7d")
@Timeline(key = "feed:user:{userRandId}:posts", perPage = 20, order = Order.DESC, ttl = "2d")
@Timeline(
    name = "AuthorFeed",
    key = "author:{authorRandId}:posts",
    perPage = 10,
    order = Order.ASC,
    ttl = "0",
    sortBy = "likes")
public class Post extends BaseRecord {
  String title;
  @Column("body")
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
