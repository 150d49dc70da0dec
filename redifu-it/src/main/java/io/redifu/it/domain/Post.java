package io.redifu.it.domain;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Order;
import io.redifu.annotation.Page;
import io.redifu.annotation.RandIdRef;
import io.redifu.annotation.Sorted;
import io.redifu.annotation.Timeline;
import io.redifu.annotation.Transient;
import io.redifu.runtime.BaseRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * A post written by an account (a relation: fetches fill {@code author}); shown in each follower's
 * feed, newest first.
 */
@Entity(key = "post:{randId}", ttl = "7d")
@Sorted(key = "tagged:{tag}", ttl = "1h")
@Page(key = "board:{boardRandId}", perPage = 10, order = Order.DESC, ttl = "1h")
@Timeline(key = "feed:user:{userRandId}:posts", perPage = 20, order = Order.DESC, ttl = "2d")
@Timeline(
    name = "AscFeed",
    key = "ascfeed:{userRandId}",
    perPage = 5,
    order = Order.ASC,
    ttl = "1h")
public class Post extends BaseRecord {
  String title;
  String content;
  @RandIdRef String authorRandId;
  Account author;
  List<String> tags = new ArrayList<>();
  @Transient String renderedHtml;

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
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

  public List<String> getTags() {
    return tags;
  }

  public String getRenderedHtml() {
    return renderedHtml;
  }

  public void setRenderedHtml(String renderedHtml) {
    this.renderedHtml = renderedHtml;
  }
}
