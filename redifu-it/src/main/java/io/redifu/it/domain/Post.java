package io.redifu.it.domain;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Transient;
import io.redifu.runtime.BaseRecord;
import java.util.ArrayList;
import java.util.List;

/** A post written by an account. */
@Entity(key = "post:{randId}", ttl = "7d")
public class Post extends BaseRecord {
  String title;
  String content;
  String authorRandId;
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
