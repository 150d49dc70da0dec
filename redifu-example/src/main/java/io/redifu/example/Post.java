package io.redifu.example;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Order;
import io.redifu.annotation.RandIdRef;
import io.redifu.annotation.Timeline;
import io.redifu.annotation.Transient;
import io.redifu.runtime.BaseRecord;
import java.time.Instant;

/**
 * A post. Only its author's id is stored; every read fills {@code author} from the author's own
 * document, the one source of truth. Each user's feed holds only post ids, newest first, five per
 * page.
 */
@Entity(key = "demo:post:{randId}", ttl = "2d")
@Timeline(key = "demo:feed:{userRandId}", perPage = 5, order = Order.DESC, ttl = "1h")
public class Post extends BaseRecord {
  String title;
  @RandIdRef String authorRandId;
  Account author; // filled on reads, never stored
  int likes;
  @Transient String renderedHtml; // computed per request, never stored

  static Post by(Account author, String title, Instant createdAt) {
    Post post = new Post();
    post.init();
    post.setCreatedAt(createdAt);
    post.title = title;
    post.authorRandId = author.getRandId();
    return post;
  }
}
