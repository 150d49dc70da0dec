package io.redifu.runtime.internal.redis;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import redis.clients.jedis.HostAndPort;

/**
 * The Jedis version on the classpath, and which calls redifu may make on it. Read once from the
 * jar's {@code redis/clients/jedis/pom.properties} (the file Jedis itself reads for its version).
 * This class names no Jedis class but {@link HostAndPort}, which every Jedis has, so it can report
 * an unusable Jedis before a class that Jedis lacks is loaded.
 */
public final class JedisVersion {
  /** The oldest Jedis redifu runs on. */
  static final String MINIMUM = "6.0.0";

  /** The first Jedis redifu does not run on: 8.0 removed {@code JedisPooled}/{@code Sentineled}. */
  static final String FIRST_UNSUPPORTED = "8.0.0";

  /** The Jedis redifu is built and tested with, and the one the errors advise. */
  static final String RECOMMENDED = "7.5.3";

  private static final String POM_PROPERTIES = "redis/clients/jedis/pom.properties";
  private static final JedisVersion RUNNING = of(readRunning());

  private final String found;
  private final int[] parts;

  private JedisVersion(String found, int[] parts) {
    this.found = found;
    this.parts = parts;
  }

  /** The Jedis on the classpath. */
  public static JedisVersion running() {
    return RUNNING;
  }

  /** {@code found}: a version such as {@code "7.5.3"} or {@code "7.0.0-RC1"}; null if unknown. */
  static JedisVersion of(String found) {
    return new JedisVersion(found, parse(found));
  }

  /**
   * Throws, naming the version found, the versions supported and the fix, when redifu cannot run on
   * this Jedis.
   */
  public void requireSupported() {
    if (parts != null && atLeast(MINIMUM) && !atLeast(FIRST_UNSUPPORTED)) {
      return;
    }
    String what =
        found == null
            ? "a Jedis that names no version (no "
                + POM_PROPERTIES
                + ": a Jedis before 5.0, or a repackaged jar)"
            : "Jedis " + found;
    throw new IllegalStateException(
        "redifu needs Jedis "
            + MINIMUM
            + " or a newer 6.x/7.x (built with "
            + RECOMMENDED
            + "), but the classpath has "
            + what
            + ". Use Jedis "
            + RECOMMENDED
            + ": set the Maven property jedis.version to "
            + RECOMMENDED
            + " (Spring Boot's dependency management reads it; Gradle: ext['jedis.version'] = '"
            + RECOMMENDED
            + "') or manage redis.clients:jedis "
            + RECOMMENDED
            + " in dependencyManagement.");
  }

  /** The version as found, or null when the jar names none. */
  public String found() {
    return found;
  }

  /** {@code UnifiedJedis.pipelined()} returns {@code AbstractPipeline} (6.x: PipelineBase). */
  boolean hasAbstractPipelines() {
    return atLeast("7.0.0");
  }

  /** {@code RedisClient}, {@code RedisClusterClient} and {@code RedisSentinelClient} exist. */
  boolean hasRedisClientClasses() {
    return atLeast("7.2.0");
  }

  /** Cluster clients have {@code pipelined(ExecutorService)}. */
  boolean hasClusterPipelinesOnExecutor() {
    return atLeast("7.4.1");
  }

  private boolean atLeast(String version) {
    if (parts == null) {
      return false;
    }
    int[] other = parse(version);
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] != other[i]) {
        return parts[i] > other[i];
      }
    }
    return true;
  }

  /** Major, minor, patch; a pre-release ({@code 7.0.0-RC1}) counts as its release. */
  private static int[] parse(String version) {
    if (version == null) {
      return null;
    }
    String[] fields = version.trim().split("[.-]", 4);
    if (fields.length < 3) {
      return null;
    }
    int[] parts = new int[3];
    for (int i = 0; i < 3; i++) {
      if (!fields[i].matches("\\d{1,6}")) {
        return null;
      }
      parts[i] = Integer.parseInt(fields[i]);
    }
    return parts;
  }

  private static String readRunning() {
    ClassLoader jedisLoader = HostAndPort.class.getClassLoader();
    try (InputStream in =
        jedisLoader == null
            ? ClassLoader.getSystemResourceAsStream(POM_PROPERTIES)
            : jedisLoader.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        return null;
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException unreadable) {
      return null;
    }
  }

  @Override
  public String toString() {
    return "Jedis " + (found == null ? "(unknown version)" : found);
  }
}
