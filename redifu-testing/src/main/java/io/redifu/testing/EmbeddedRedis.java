package io.redifu.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/**
 * A private Redis 6.2 server process (the binary shipped in {@code embedded-redis}), bound to
 * {@code 127.0.0.1}, keeping nothing on disk. Tests that need a Redis of their own, for example to
 * stop it under a client, start one directly; {@link LocalServices} uses one as its fallback.
 *
 * <pre>{@code
 * try (EmbeddedRedis redis = EmbeddedRedis.start()) {
 *   RedisClient client = RedisClient.create(redis.url());
 *   ...
 * }
 * }</pre>
 */
public final class EmbeddedRedis implements AutoCloseable {
  /** The loopback address the server binds to. */
  public static final String HOST = "127.0.0.1";

  private static final int START_ATTEMPTS = 3;

  private final RedisServer server;
  private final int port;

  private EmbeddedRedis(RedisServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /**
   * Starts a server on a free loopback port and returns once it accepts connections.
   *
   * @throws UncheckedIOException if no server could be started
   */
  public static EmbeddedRedis start() {
    IOException failure = null;
    for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
      try {
        return startOn(freePort());
      } catch (IOException e) { // Another process may have taken the port meanwhile: retry.
        failure = e;
      }
    }
    throw new UncheckedIOException("could not start embedded Redis", failure);
  }

  /**
   * Starts a server on {@code port}, e.g. to bring back one that a test stopped.
   *
   * @throws UncheckedIOException if the port is taken or the server does not start
   */
  public static EmbeddedRedis start(int port) {
    try {
      return startOn(port);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded Redis on port " + port, e);
    }
  }

  private static EmbeddedRedis startOn(int port) throws IOException {
    RedisServer server =
        RedisServer.newRedisServer()
            .bind(HOST)
            .port(port)
            .setting("save \"\"")
            .setting("appendonly no")
            .build();
    server.start();
    return new EmbeddedRedis(server, port);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    }
  }

  /** The TCP port the server listens on. */
  public int port() {
    return port;
  }

  /** The connection URL, {@code redis://127.0.0.1:<port>}. */
  public String url() {
    return "redis://" + HOST + ":" + port;
  }

  /** Whether the server process is running (started and not yet stopped). */
  public boolean isRunning() {
    return server.isActive();
  }

  /**
   * Stops the server and waits for its process to exit; does nothing if already stopped.
   *
   * @throws UncheckedIOException if interrupted while waiting
   */
  public void stop() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop embedded Redis on port " + port, e);
    }
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }
}
