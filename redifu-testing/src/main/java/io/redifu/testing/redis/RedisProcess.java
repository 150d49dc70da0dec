package io.redifu.testing.redis;

import io.redifu.testing.RedisServerBinary;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code redis-server} child process on a loopback port, for tests that need a server of their
 * own (TLS, ACL, cluster, faults); stopped through its own process handle, never by name. The
 * program is the one {@link RedisServerBinary} finds: the PATH's, else embedded-redis's.
 */
public final class RedisProcess {
  /** The loopback address every private server binds to. */
  public static final String HOST = "127.0.0.1";

  private static final long STARTUP_MILLIS = 10_000;

  public final int port;
  private final Process process;
  private final Path log;

  private RedisProcess(int port, Process process, Path log) {
    this.port = port;
    this.process = process;
    this.log = log;
  }

  public static RedisProcess start(Path dir, String name, int port, String... options)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(RedisServerBinary.path());
    command.addAll(
        List.of("--bind", HOST, "--save", "", "--appendonly", "no", "--daemonize", "no"));
    command.addAll(List.of(options));
    return launch(dir, name, port, command);
  }

  /**
   * A Redis Sentinel on {@code port} watching the master {@code masterName} at {@code masterPort}
   * alone (quorum 1), quick to notice a failure (1 s).
   */
  public static RedisProcess startSentinel(
      Path dir, String name, int port, String masterName, int masterPort)
      throws IOException, InterruptedException {
    Path config = dir.resolve(name + ".conf");
    Files.writeString(
        config,
        String.join(
            "\n",
            "port " + port,
            "bind " + HOST,
            "daemonize no",
            "sentinel monitor " + masterName + " " + HOST + " " + masterPort + " 1",
            "sentinel down-after-milliseconds " + masterName + " 1000",
            "sentinel failover-timeout " + masterName + " 10000",
            ""),
        StandardCharsets.UTF_8);
    return launch(
        dir,
        name,
        port,
        List.of(RedisServerBinary.path(), config.toAbsolutePath().toString(), "--sentinel"));
  }

  private static RedisProcess launch(Path dir, String name, int port, List<String> command)
      throws IOException, InterruptedException {
    Path log = dir.resolve("redis-" + name + ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    RedisProcess server = new RedisProcess(port, process, log);
    try {
      server.awaitListening();
    } catch (RuntimeException | InterruptedException e) {
      server.stop();
      throw e;
    }
    return server;
  }

  private void awaitListening() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STARTUP_MILLIS);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "redis-server exited with " + process.exitValue() + ":\n" + logText());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(HOST, port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    throw new IllegalStateException(
        "redis-server did not listen on "
            + port
            + " within "
            + STARTUP_MILLIS
            + " ms:\n"
            + logText());
  }

  public void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(5, TimeUnit.SECONDS);
    }
  }

  private String logText() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** A loopback port that was free a moment ago. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
