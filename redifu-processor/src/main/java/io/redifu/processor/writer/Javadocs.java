package io.redifu.processor.writer;

/** Text from annotations made safe inside generated Javadoc. */
final class Javadocs {
  private Javadocs() {}

  /**
   * {@code text} made safe inside a Javadoc comment: javac ends the comment at the first star-slash
   * and translates backslash-u escapes even in comments.
   */
  static String text(String text) {
    return text.replace("\\", "&#92;").replace("*/", "*&#47;");
  }
}
