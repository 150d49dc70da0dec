package io.redifu.bench;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;

/**
 * The author of {@link BenchPost}s: an account whose JSON document is about 470 bytes, under {@code
 * bench:} with a one-hour TTL like the posts.
 */
@Entity(key = "bench:account:{randId}", ttl = "1h")
public class BenchAccount extends BaseRecord {
  String name;
  String handle;
  String bio;
  String avatarUrl;
  int followers;
  boolean verified;
}
