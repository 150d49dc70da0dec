package io.redifu.testing.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.redifu.testing.LocalServices;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks the instrument: {@link RoundTripCounter} driven by a hand-written RESP client, so the
 * expected counts do not depend on any Redis client library.
 */
class RoundTripCounterIT {
  private RoundTripCounter relay;

  @BeforeEach
  void start() throws IOException {
    relay = RoundTripCounter.start(LocalServices.redisUrl());
  }

  @AfterEach
  void stop() {
    relay.close();
  }

  @Test
  void sequentialCommandsAreOneRoundTripEach() throws IOException {
    try (Resp client = new Resp(relay)) {
      for (int i = 0; i < 5; i++) {
        assertThat(client.call("PING")).isEqualTo("+PONG");
      }
    }

    assertThat(relay.roundTrips()).isEqualTo(5);
    assertThat(relay.connectionsOpened()).isEqualTo(1);
  }

  @Test
  void aPipelineIsOneRoundTrip() throws IOException {
    try (Resp client = new Resp(relay)) {
      client.send("PING");
      client.send("ECHO", "hi");
      client.send("ECHO", "there");
      client.send("ECHO"); // an error reply is a reply too
      client.flush();
      assertThat(client.readReply()).isEqualTo("+PONG");
      assertThat(client.readReply()).isEqualTo("$2 hi");
      assertThat(client.readReply()).isEqualTo("$5 there");
      assertThat(client.readReply()).startsWith("-ERR");
    }

    assertThat(relay.roundTrips()).isEqualTo(1);
  }

  @Test
  void commandsInsideAScriptAreNotRoundTrips() throws IOException {
    String key = "rtt-test:" + UUID.randomUUID();
    try (Resp client = new Resp(relay)) {
      String script =
          "for i = 1, 10 do redis.call('INCR', KEYS[1]) end "
              + "redis.call('PEXPIRE', KEYS[1], 10000) return redis.call('GET', KEYS[1])";
      assertThat(client.call("EVAL", script, "1", key)).isEqualTo("$2 10");
      assertThat(client.call("DEL", key)).isEqualTo(":1");
    }

    assertThat(relay.roundTrips()).isEqualTo(2);
  }

  @Test
  void largeValuesPassIntactAndCountOnce() throws IOException {
    String key = "rtt-test:" + UUID.randomUUID();
    String value = "x".repeat(200_000) + "end"; // many relay buffers each way
    try (Resp client = new Resp(relay)) {
      assertThat(client.call("SET", key, value, "PX", "10000")).isEqualTo("+OK");
      assertThat(client.call("GET", key)).isEqualTo("$" + value.length() + " " + value);
      client.call("DEL", key);
    }

    assertThat(relay.roundTrips()).isEqualTo(3);
  }

  @Test
  void resetZeroesTheCountAndConnectionsAreCountedApart() throws IOException {
    try (Resp first = new Resp(relay);
        Resp second = new Resp(relay)) {
      first.call("PING");
      relay.reset();
      first.call("PING");
      second.call("PING");
      second.call("PING");
    }

    assertThat(relay.roundTrips()).isEqualTo(3);
    assertThat(relay.connectionsOpened()).isEqualTo(2);
  }

  @Test
  void urlKeepsSchemeAndPointsAtTheRelay() {
    URI uri = URI.create(relay.url());

    assertThat(uri.getScheme()).isEqualTo(URI.create(LocalServices.redisUrl()).getScheme());
    assertThat(uri.getHost()).isEqualTo("127.0.0.1");
    assertThat(uri.getPort()).isPositive();
  }

  /** A minimal RESP2 client: sends commands as arrays of bulk strings, reads simple replies. */
  private static final class Resp implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    Resp(RoundTripCounter relay) throws IOException {
      URI uri = URI.create(relay.url());
      socket = new Socket(uri.getHost(), uri.getPort());
      socket.setSoTimeout(5_000);
      out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
      in = new BufferedInputStream(socket.getInputStream());
    }

    String call(String... command) throws IOException {
      send(command);
      flush();
      return readReply();
    }

    void send(String... command) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.writeBytes(("*" + command.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
      for (String part : command) {
        byte[] data = part.getBytes(StandardCharsets.UTF_8);
        bytes.writeBytes(("$" + data.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(data);
        bytes.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.write(bytes.toByteArray());
    }

    void flush() throws IOException {
      out.flush();
    }

    /** "+OK", "-ERR ...", ":1", "$-1", or "$&lt;len&gt; &lt;data&gt;" for a bulk string. */
    String readReply() throws IOException {
      String line = readLine();
      if (!line.startsWith("$") || line.equals("$-1")) {
        return line;
      }
      byte[] data = in.readNBytes(Integer.parseInt(line.substring(1)));
      readLine();
      return line + " " + new String(data, StandardCharsets.UTF_8);
    }

    private String readLine() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) != '\r') {
        if (b < 0) {
          throw new IOException("connection closed");
        }
        line.write(b);
      }
      in.read(); // '\n'
      return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
