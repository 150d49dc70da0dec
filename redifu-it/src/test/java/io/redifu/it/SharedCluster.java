package io.redifu.it;

import io.redifu.runtime.Redifu;
import io.redifu.testing.LocalServices;
import io.redifu.testing.redis.LocalCluster;

/**
 * One {@link LocalCluster} for a whole test JVM, started on first use and stopped by a shutdown
 * hook: the failsafe execution {@code cluster-suites} (system property {@code redifu.it.cluster})
 * runs the collection model suites against it.
 */
public final class SharedCluster {
  private static LocalCluster cluster;

  private SharedCluster() {}

  /** Whether this JVM runs the suites on a cluster. */
  public static boolean enabled() {
    return Boolean.getBoolean("redifu.it.cluster");
  }

  /**
   * A builder connected to the test Redis, or to the shared cluster when the suites run on one;
   * tests that can run on both build their {@code Redifu} here.
   */
  public static Redifu.Builder redis() {
    return enabled()
        ? Redifu.builder().cluster(seed())
        : Redifu.builder().redis(LocalServices.redisUrl());
  }

  /** A seed node of the shared cluster, starting it if needed. */
  public static synchronized String seed() {
    if (cluster == null) {
      try {
        cluster = LocalCluster.start();
      } catch (Exception e) {
        throw new IllegalStateException("could not start the test cluster", e);
      }
      LocalCluster started = cluster;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (Exception ignored) {
                      // the JVM is exiting; the servers die with their process handles
                    }
                  }));
    }
    return cluster.seed();
  }
}
