package io.redifu.consumer.feed;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Order;
import io.redifu.annotation.RandIdRef;
import io.redifu.annotation.Timeline;
import io.redifu.runtime.BaseRecord;

/** A post in a user's feed, newest first; {@code author} is filled from the account on reads. */
@Entity(key = "boot4feed:post:{randId}", ttl = "1d")
@Timeline(key = "boot4feed:feed:{userRandId}", perPage = 10, order = Order.DESC, ttl = "1d")
public class Post extends BaseRecord {
  String title;
  @RandIdRef String authorRandId;
  Account author;
}
