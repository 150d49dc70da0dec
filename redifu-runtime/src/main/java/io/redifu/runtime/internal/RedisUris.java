package io.redifu.runtime.internal;

/**
 * Redis URIs as messages, logs and {@code toString} may show them: everything that could be a
 * secret replaced by {@code ****}. Works on malformed text too, since that is when it is shown.
 */
public final class RedisUris {
  private static final String MASK = "****";

  private RedisUris() {}

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
