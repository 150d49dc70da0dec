package io.redifu.it.domain;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Sorted;
import io.redifu.runtime.BaseRecord;

/** A comment on a post; a post's comments are read whole or by time range. */
@Entity(key = "comment:{randId}", ttl = "7d")
@Sorted(key = "post:{postRandId}:comments", ttl = "1d")
public class Comment extends BaseRecord {
  String postRandId;
  String body;
  long likes;

  public String getPostRandId() {
    return postRandId;
  }

  public void setPostRandId(String postRandId) {
    this.postRandId = postRandId;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public long getLikes() {
    return likes;
  }

  public void setLikes(long likes) {
    this.likes = likes;
  }
}
