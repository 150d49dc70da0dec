package io.redifu.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a server as an ordinary user. PostgreSQL refuses to start as root, and CI machines and
 * containers often run everything as root: there, commands go through {@code setpriv} as user
 * {@code nobody}, and the directories the server writes are handed to that user first.
 */
final class Unprivileged {
  static final String USER = "nobody";

  private final List<String> prefix;
  private final String user;
  private final String uid;

  private Unprivileged(List<String> prefix, String user, String uid) {
    this.prefix = prefix;
    this.user = user;
    this.uid = uid;
  }

  /**
   * The way to run servers from this process: as is for an ordinary user, through {@code setpriv}
   * for root.
   *
   * @param probe a directory this process created, whose owner tells who we are
   * @throws IOException if we are root and {@code setpriv} or user {@value #USER} is missing
   */
  static Unprivileged forOwnerOf(Path probe) throws IOException {
    int ownUid = (Integer) Files.getAttribute(probe, "unix:uid");
    if (ownUid != 0) {
      return new Unprivileged(List.of(), System.getProperty("user.name"), null);
    }
    Path setpriv =
        Executables.onPath("setpriv")
            .orElseThrow(
                () ->
                    new IOException(
                        "running as root and setpriv (util-linux) is not on the PATH: PostgreSQL"
                            + " refuses to run as root; install util-linux or run as another"
                            + " user"));
    String uid = Executables.run(List.of("id", "-u", USER));
    String gid = Executables.run(List.of("id", "-g", USER));
    List<String> prefix =
        List.of(setpriv.toString(), "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--");
    return new Unprivileged(prefix, USER, uid);
  }

  /** {@code command} run as {@link #user()}. */
  List<String> command(List<String> command) {
    List<String> full = new ArrayList<>(prefix);
    full.addAll(command);
    return full;
  }

  /** Gives {@code dir} to the user the servers run as, when that is not us. */
  void handOver(Path dir) throws IOException {
    if (uid != null) {
      Files.setOwner(
          dir, dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user));
    }
  }

  /** The user servers run as. */
  String user() {
    return user;
  }
}
