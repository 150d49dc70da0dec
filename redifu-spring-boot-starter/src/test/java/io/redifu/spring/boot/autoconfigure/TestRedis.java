package io.redifu.spring.boot.autoconfigure;

import io.redifu.example.services.LocalServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;

/** The machine's Redis for these tests (see LocalServices), and a port where nothing listens. */
final class TestRedis {
  private TestRedis() {}

  static String url() {
    return LocalServices.redisUrl();
  }

  static String host() {
    return URI.create(url()).getHost();
  }

  static int port() {
    return URI.create(url()).getPort();
  }

  /** A loopback port that was free a moment ago: connecting to it is refused. */
  static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
