package io.redifu.runtime;

import io.redifu.runtime.internal.redis.RedisUris;

/** Redis URIs made safe to show in logs, messages and {@code toString}. */
public final class MaskedRedisUri {
  private MaskedRedisUri() {}

  /**
   * {@code uri} with everything that could be a secret (password, user info, query) replaced by
   * {@code ****}; works on malformed text too, since that is when it is shown.
   */
  public static String of(String uri) {
    return RedisUris.masked(uri);
  }
}
