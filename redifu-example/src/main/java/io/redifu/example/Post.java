package io.redifu.example;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Transient;
import io.redifu.runtime.BaseRecord;

/** A post. Only its author's id is stored; the author's document stays the one source of truth. */
@Entity(key = "demo:post:{randId}", ttl = "2d")
public class Post extends BaseRecord {
  String title;
  String authorRandId;
  int likes;
  @Transient String renderedHtml; // computed per request, never stored

  static Post by(Account author, String title) {
    Post post = new Post();
    post.init();
    post.title = title;
    post.authorRandId = author.getRandId();
    return post;
  }
}
