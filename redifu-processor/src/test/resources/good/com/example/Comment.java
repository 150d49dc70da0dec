package com.example;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Sorted;
import io.redifu.runtime.BaseRecord;

/** Sorted collections: two placeholders and a long score; a placeholder named like a parameter. */
@Entity(key = "comment:{randId}", ttl = "7d")
@Sorted(key = "tenant:{tenantId}:post:{postRandId}:comments", sortBy = "likes", ttl = "1d")
@Sorted(name = "Replies", key = "comment:{randId}:replies")
public class Comment extends BaseRecord {
  String postRandId;
  String body;
  long likes;
}
