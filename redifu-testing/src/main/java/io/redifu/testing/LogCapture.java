package io.redifu.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What the tests' logger (slf4j-simple, which looks up {@code System.err} at every line) prints
 * while a capture is open; the output still reaches the console. Captures of concurrent tests would
 * mix, so a test opens one around its own calls only.
 */
public final class LogCapture implements AutoCloseable {
  private final PrintStream original;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  private LogCapture() {
    original = System.err;
    OutputStream both =
        new OutputStream() {
          @Override
          public void write(int b) {
            original.write(b);
            captured.write(b);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) {
            original.write(bytes, offset, length);
            captured.write(bytes, offset, length);
          }
        };
    System.setErr(new PrintStream(both, true, StandardCharsets.UTF_8));
  }

  public static LogCapture start() {
    return new LogCapture();
  }

  /** Everything logged so far. */
  public String text() {
    System.err.flush();
    return captured.toString(StandardCharsets.UTF_8);
  }

  /** The lines logged so far. */
  public List<String> lines() {
    return Arrays.asList(text().split("\n", -1));
  }

  @Override
  public void close() {
    System.err.flush();
    System.setErr(original);
  }
}
