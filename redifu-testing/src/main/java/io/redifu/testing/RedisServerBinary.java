package io.redifu.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import redis.embedded.core.ExecutableProvider;

/**
 * The {@code redis-server} program that tests start as child processes (cluster, Sentinel, TLS,
 * faults): the one on the PATH, else the Redis 6.2 binary shipped in {@code embedded-redis},
 * unpacked by that library. {@code REDIFU_TEST_REDIS_SERVER=embedded} (or {@code
 * REDIFU_TEST_SERVICES=embedded}) skips the PATH. Resolved once per JVM, and reported in one line
 * of the test output.
 *
 * <p>The embedded binary is built with TLS, linked against the system's OpenSSL 3 ({@code
 * libssl.so.3}); where that library is missing it does not start at all, and every test that needs
 * it fails with the loader's message.
 */
public final class RedisServerBinary {
  private static final Pattern VERSION = Pattern.compile("v=(\\S+)");
  private static final Once<RedisServerBinary> BINARY = new Once<>(RedisServerBinary::resolve);

  private final Path path;
  private final String origin;

  private RedisServerBinary(Path path, String origin) {
    this.path = path;
    this.origin = origin;
  }

  /** The absolute path of the {@code redis-server} to run. */
  public static String path() {
    return BINARY.get().path.toString();
  }

  /** E.g. {@code /usr/bin/redis-server 7.0.15 (on the PATH)}. */
  public static String describe() {
    return BINARY.get().path + " " + BINARY.get().origin;
  }

  private static RedisServerBinary resolve() {
    RedisServerBinary binary = choose();
    Announcement.print("redis-server for private servers", binary.path + " " + binary.origin);
    return binary;
  }

  private static RedisServerBinary choose() {
    boolean embeddedOnly = Switches.embeddedRedisServer();
    if (!embeddedOnly) {
      Path onPath = Executables.onPath("redis-server").orElse(null);
      if (onPath != null) {
        return new RedisServerBinary(onPath, version(onPath) + " (on the PATH)");
      }
    }
    Path embedded = embedded();
    String why =
        embeddedOnly
            ? "switch " + Switches.REDIS_SERVER_ENV + "/" + Switches.SERVICES_ENV
            : "no redis-server on the PATH";
    return new RedisServerBinary(
        embedded, version(embedded) + " (embedded-redis binary; " + why + ")");
  }

  private static Path embedded() {
    try {
      return ExecutableProvider.newJarResourceProvider().get().toPath().toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("could not unpack the embedded redis-server binary", e);
    }
  }

  private static String version(Path binary) {
    try {
      Matcher m = VERSION.matcher(Executables.run(List.of(binary.toString(), "--version")));
      return m.find() ? m.group(1) : "(unknown version)";
    } catch (IOException e) {
      throw new UncheckedIOException(binary + " does not run: " + e.getMessage(), e);
    }
  }
}
