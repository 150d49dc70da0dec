package io.redifu.consumer.feed;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

/** A post's author: one Redis document, read into every post that refers to it. */
@Entity(key = "boot3feed:account:{randId}", ttl = "1d")
public class Account extends BaseRecord {
  String name;
}
