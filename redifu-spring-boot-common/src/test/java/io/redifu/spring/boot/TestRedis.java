package io.redifu.spring.boot;

import io.redifu.testing.LocalServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;

/** The machine's Redis for the starters' tests (see LocalServices), and a port that is closed. */
public final class TestRedis {
  private TestRedis() {}

  public static String url() {
    return LocalServices.redisUrl();
  }

  public static String host() {
    return URI.create(url()).getHost();
  }

  public static int port() {
    return URI.create(url()).getPort();
  }

  /** A loopback port that was free a moment ago: connecting to it is refused. */
  public static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
