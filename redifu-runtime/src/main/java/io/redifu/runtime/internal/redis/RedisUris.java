package io.redifu.runtime.internal.redis;

import java.net.URI;
import java.net.URISyntaxException;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * Redis URIs as the builder accepts them, and as messages, logs and {@code toString} may show them:
 * everything that could be a secret replaced by {@code ****}. Masking works on malformed text too,
 * since that is when it is shown.
 */
public final class RedisUris {
  private static final String MASK = "****";

  private RedisUris() {}

  /** {@code uri} parsed and {@linkplain #check checked}; errors show it masked. */
  public static URI parse(String uri) {
    try {
      return check(new URI(uri));
    } catch (URISyntaxException e) { // not chained: its message holds the whole input
      throw new IllegalArgumentException(
          "Redis URI \""
              + masked(uri)
              + "\" is malformed: "
              + e.getReason()
              + " at index "
              + e.getIndex());
    }
  }

  /**
   * {@code uri} if it names a standalone Redis: scheme {@code redis://} or {@code rediss://}, a
   * host and a port, a password with any user, a numeric database; else an {@link
   * IllegalArgumentException} showing it masked.
   */
  public static URI check(URI uri) {
    boolean redisScheme = JedisURIHelper.isRedisScheme(uri) || JedisURIHelper.isRedisSSLScheme(uri);
    if (!redisScheme || !JedisURIHelper.isValid(uri)) {
      throw invalid(uri, "needs the scheme redis:// or rediss://, a host and a port");
    }
    if (uri.getUserInfo() != null && !uri.getUserInfo().contains(":")) {
      throw invalid(uri, "has a user but no password: redis://user:password@host:port");
    }
    try {
      JedisURIHelper.getDBIndex(uri);
    } catch (NumberFormatException e) {
      throw invalid(uri, "has a database (the path after the port) that is not a number");
    }
    return uri;
  }

  private static IllegalArgumentException invalid(URI uri, String problem) {
    return new IllegalArgumentException("Redis URI \"" + masked(uri.toString()) + "\" " + problem);
  }

  /**
   * {@code uri} with its password masked: {@code redis://user:****@host:port}; a lone name before
   * the {@code @} (which some write for a password alone) is masked whole. The user information
   * ends at the last {@code @}, since a malformed URI may carry an unescaped one in its password.
   */
  public static String masked(String uri) {
    if (uri == null) {
      return null;
    }
    int scheme = uri.indexOf("://");
    int start = scheme < 0 ? 0 : scheme + 3;
    int at = uri.lastIndexOf('@');
    if (at < start) {
      return uri;
    }
    int colon = uri.indexOf(':', start);
    String user = colon >= 0 && colon < at ? uri.substring(start, colon + 1) : "";
    return uri.substring(0, start) + user + MASK + uri.substring(at);
  }
}
