package io.redifu.testing;

/**
 * One resolved service.
 *
 * @param url how clients connect (a {@code redis://} or {@code jdbc:} URL)
 * @param source where it came from
 * @param origin a short human phrase for {@link LocalServices#describe()}
 */
record Resolved(String url, ServiceSource source, String origin) {

  /** A service named by the environment variable {@code name}, whose value is {@code url}. */
  static Resolved fromEnv(String name, String url) {
    return new Resolved(url.trim(), ServiceSource.ENV, "from " + name);
  }

  /** A server that answered on its default local port. */
  static Resolved defaultPort(String url) {
    return new Resolved(url, ServiceSource.DEFAULT_PORT, "default port answered");
  }

  /** {@code url} with passwords masked, fit for logs. */
  String redactedUrl() {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***")
        .replaceAll("^(rediss?://)[^@/]*@", "$1***@");
  }

  /** E.g. {@code redis://127.0.0.1:6379 (from REDIFU_REDIS_URL)}. */
  String describe() {
    return redactedUrl() + " (" + origin + ")";
  }
}
