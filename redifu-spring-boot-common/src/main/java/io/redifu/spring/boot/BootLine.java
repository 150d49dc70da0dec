package io.redifu.spring.boot;

/**
 * A Spring Boot line and the redifu starter built for it. A starter on the wrong line would fail on
 * a missing Boot class; {@link #check(String)} fails first, naming the starter to use.
 */
public enum BootLine {
  BOOT_3(3, 5, "redifu-spring-boot3-starter"),
  BOOT_4(4, 0, "redifu-spring-boot4-starter");

  private final int major;
  private final int minor;
  private final String artifact;

  BootLine(int major, int minor, String artifact) {
    this.major = major;
    this.minor = minor;
    this.artifact = artifact;
  }

  /** The starter's Maven coordinates without version. */
  public String coordinates() {
    return "io.redifu:" + artifact;
  }

  /**
   * Fails when {@code runningVersion} (as {@code SpringBootVersion.getVersion()} says; null when
   * unknown, e.g. in a repackaged jar without manifest, passes) is not of this line.
   *
   * @throws IllegalStateException naming the running version and the starter to use instead
   */
  public void check(String runningVersion) {
    if (runningVersion == null) {
      return;
    }
    int[] running = majorMinor(runningVersion);
    if (running[0] == major && running[1] >= minor) {
      return;
    }
    String advice = null;
    for (BootLine line : values()) {
      if (line != this && line.major == running[0] && running[1] >= line.minor) {
        advice = "depend on " + line.coordinates() + " instead";
      }
    }
    if (advice == null) {
      advice =
          running[0] == major
              ? "upgrade to Spring Boot " + major + "." + minor + " or later " + major + ".x"
              : "redifu supports Spring Boot 3.5+ (redifu-spring-boot3-starter) and 4.0+"
                  + " (redifu-spring-boot4-starter)";
    }
    throw new IllegalStateException(
        coordinates()
            + " is for Spring Boot "
            + major
            + "."
            + minor
            + " and later "
            + major
            + ".x, but this application runs Spring Boot "
            + runningVersion
            + ": "
            + advice);
  }

  private static int[] majorMinor(String version) {
    String[] parts = version.split("[.-]");
    try {
      return new int[] {
        Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0
      };
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "Spring Boot version \"" + version + "\" is not major.minor[...]", e);
    }
  }
}
