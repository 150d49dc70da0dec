package io.redifu.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Closes started servers and containers when the JVM exits, newest first. */
final class Cleanup {
  private static final Deque<AutoCloseable> RESOURCES = new ArrayDeque<>();
  private static boolean hookInstalled;

  private Cleanup() {}

  /** Registers {@code resource} to be closed by a JVM shutdown hook. */
  static synchronized void atExit(AutoCloseable resource) {
    if (!hookInstalled) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(Cleanup::closeAll, "redifu-local-services-cleanup"));
      hookInstalled = true;
    }
    RESOURCES.push(resource);
  }

  /** Closes every registered resource now, newest first; the hook then has nothing left. */
  static void closeAll() {
    List<AutoCloseable> resources;
    synchronized (Cleanup.class) {
      resources = new ArrayList<>(RESOURCES);
      RESOURCES.clear();
    }
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception | LinkageError e) {
        // The JVM is exiting; one failed close must not keep the others open.
      }
    }
  }
}
