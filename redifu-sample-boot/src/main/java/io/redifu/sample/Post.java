package io.redifu.sample;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Order;
import io.redifu.annotation.RandIdRef;
import io.redifu.annotation.Timeline;
import io.redifu.runtime.BaseRecord;

/**
 * A post in a user's feed. Redis stores its author's id only; every read fills {@code author} from
 * the account's own document, so a renamed author shows renamed everywhere at once.
 */
@Entity(key = "sample:post:{randId}", ttl = "7d")
@Timeline(key = "sample:feed:{userRandId}", perPage = 20, order = Order.DESC, ttl = "2d")
public class Post extends BaseRecord {
  String title;
  String content;
  @RandIdRef String authorRandId;
  Account author; // filled on reads, never stored
}
