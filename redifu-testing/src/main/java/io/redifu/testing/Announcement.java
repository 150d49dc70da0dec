package io.redifu.testing;

/** The one line per service and JVM that says in the test output which server was used. */
final class Announcement {
  static final String PREFIX = "[redifu-test] ";

  private Announcement() {}

  /** Prints {@code [redifu-test] service: text} on standard output. */
  static void print(String service, String text) {
    System.out.println(PREFIX + service + ": " + text);
  }
}
