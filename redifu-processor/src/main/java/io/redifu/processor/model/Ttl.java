package io.redifu.processor.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed TTL string: {@code "7d"}, {@code "48h"}, {@code "30m"}, {@code "15s"}, {@code "500ms"}
 * or {@code "0"} (no expiry; refused by {@link #parseExpiring}).
 */
public record Ttl(String text, long millis) {
  private static final Pattern FORMAT = Pattern.compile("(\\d{1,12})(ms|s|m|h|d)");

  /** Why a TTL string is invalid. */
  public static final class InvalidException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidException(String reason) {
      super(reason);
    }
  }

  /** Whether documents live forever. */
  public boolean isForever() {
    return millis == 0;
  }

  public static Ttl parse(String text) throws InvalidException {
    if (text.equals("0")) {
      return new Ttl(text, 0);
    }
    return parseDuration(text, "a zero duration would expire at once; write \"0\" for no expiry");
  }

  /** A TTL that must expire, such as a missing marker's: like {@link #parse}, without "0". */
  public static Ttl parseExpiring(String text) throws InvalidException {
    if (text.equals("0")) {
      throw new InvalidException(
          "a missing marker must expire, or a row committed later stays hidden for good");
    }
    return parseDuration(text, "a zero duration would expire at once");
  }

  private static Ttl parseDuration(String text, String zeroReason) throws InvalidException {
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new InvalidException("expected a whole number followed by ms, s, m, h or d");
    }
    long amount = Long.parseLong(m.group(1));
    if (amount == 0) {
      throw new InvalidException(zeroReason);
    }
    long unit =
        switch (m.group(2)) {
          case "ms" -> 1L;
          case "s" -> 1_000L;
          case "m" -> 60_000L;
          case "h" -> 3_600_000L;
          default -> 86_400_000L;
        };
    if (amount > Long.MAX_VALUE / unit) {
      throw new InvalidException("it does not fit in a long of milliseconds");
    }
    return new Ttl(text, amount * unit);
  }
}
