package com.example;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Order;
import io.redifu.annotation.RandIdRef;
import io.redifu.annotation.Timeline;
import io.redifu.annotation.Transient;
import io.redifu.runtime.BaseRecord;
import java.util.ArrayList;
import java.util.List;

@Entity(key = "post:{randId}", ttl = "7d")      // defaults: key "post:{randId}", ttl "7d"
@Timeline(key = "feed:user:{userRandId}:posts", perPage = 20, order = Order.DESC, ttl = "2d")
public class Post extends BaseRecord {            // BaseRecord: randId, createdAt, updatedAt, init()
  String title;                                   // package-private fields, or private + getter/setter
  @RandIdRef String authorRandId;                 // stored: only the author's id
  Account author;                                 // filled on every read from the account's own document
  List<String> tags = new ArrayList<>();
  @Transient String renderedHtml;                 // never stored
}
