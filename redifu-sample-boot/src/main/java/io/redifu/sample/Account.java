package io.redifu.sample;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

/** An author: stored once in Redis, and shown in every post of every feed that refers to it. */
@Entity(key = "sample:account:{randId}", ttl = "7d")
public class Account extends BaseRecord {
  String name;
  String handle;
}
