package io.redifu.testing;

import java.util.function.BooleanSupplier;
import org.testcontainers.DockerClientFactory;

/** Asks Testcontainers, once per JVM, whether a Docker engine is reachable. */
final class DockerProbe {
  private static final Once<Boolean> AVAILABLE =
      new Once<>(() -> safely(() -> DockerClientFactory.instance().isDockerAvailable()));

  private DockerProbe() {}

  /** Whether Docker is reachable; the first call may take a few seconds. */
  static boolean available() {
    return AVAILABLE.get();
  }

  /** Runs {@code probe}, reading any exception or linkage error as "not available". */
  static boolean safely(BooleanSupplier probe) {
    try {
      return probe.getAsBoolean();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }
}
