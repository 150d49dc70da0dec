package io.redifu.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import redis.clients.jedis.RedisClient;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EmbeddedRedisTest {

  @Test
  void startsAnswersAndStops() throws IOException {
    EmbeddedRedis redis = EmbeddedRedis.start();
    try {
      assertThat(redis.isRunning()).isTrue();
      assertThat(redis.url()).isEqualTo("redis://127.0.0.1:" + redis.port());
      assertThat(raw(redis.port(), 1, "PING")).containsExactly("+PONG");
      assertThat(raw(redis.port(), 5, "CONFIG", "GET", "save"))
          .containsExactly("*2", "$4", "save", "$0", "");

      try (RedisClient client = RedisClient.create(redis.url())) {
        assertThat(client.set("redifu:embedded", "ok")).isEqualTo("OK");
        assertThat(client.get("redifu:embedded")).isEqualTo("ok");
        assertThat(client.info("server")).contains("redis_version:6.2.");
        assertThat(client.info("persistence")).contains("aof_enabled:0");
      }
    } finally {
      redis.stop();
    }

    assertThat(redis.isRunning()).isFalse();
    assertThat(isOpen(redis.port())).isFalse();
    redis.stop(); // a second stop is harmless
  }

  @Test
  void restartsOnTheSamePort() throws IOException {
    int port;
    try (EmbeddedRedis first = EmbeddedRedis.start()) {
      port = first.port();
    }
    try (EmbeddedRedis second = EmbeddedRedis.start(port)) {
      assertThat(second.port()).isEqualTo(port);
      assertThat(raw(port, 1, "PING")).containsExactly("+PONG");
    }
    assertThat(isOpen(port)).isFalse();
  }

  @Test
  void failsOnATakenPort() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(EmbeddedRedis.HOST))) {
      assertThatThrownBy(() -> EmbeddedRedis.start(taken.getLocalPort()))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining(String.valueOf(taken.getLocalPort()));
    }
  }

  /** Sends {@code args} as a RESP array over a plain socket; returns the first reply lines. */
  private static List<String> raw(int port, int lines, String... args) throws IOException {
    StringBuilder request = new StringBuilder("*").append(args.length).append("\r\n");
    for (String arg : args) {
      request.append('$').append(arg.length()).append("\r\n").append(arg).append("\r\n");
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(EmbeddedRedis.HOST, port), 2_000);
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      List<String> reply = new ArrayList<>();
      for (int i = 0; i < lines; i++) {
        reply.add(in.readLine());
      }
      return reply;
    }
  }

  private static boolean isOpen(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(EmbeddedRedis.HOST, port), 1_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
