package io.redifu.runtime;

import io.redifu.runtime.internal.model.Keys;
import io.redifu.runtime.internal.model.Scores;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Where the next page of a timeline starts: the sort score and randId of the last item a client
 * saw. It still locates the next page after that item was removed. Pass it to clients as the opaque
 * string of {@link #token()} and read it back with {@link #parse(String)}.
 *
 * <p>A token is client input, and it is not signed: it names a position, it grants nothing. Any
 * token either is refused with an {@link IllegalArgumentException} (not a token, a score no item
 * can have, an id no key takes) or gives the page after that position in the timeline it is used
 * on, whatever collection it came from; which timeline a client may read is the application's
 * check, on the key parameters.
 */
public final class Cursor {
  /** c2: times scored in epoch microseconds; c1 tokens held milliseconds and are refused. */
  private static final String VERSION = "c2";

  private static final String MILLISECOND_VERSION = "c1";

  /**
   * "c2.", 16 hex digits, ".", and the randId's UTF-8 (at most 512 characters of up to 3 bytes, or
   * surrogate pairs of 4) in base64: longer tokens are refused before any decoding.
   */
  private static final int MAX_TOKEN_LENGTH = 3 + 16 + 1 + (Keys.MAX_PARAM_LENGTH * 3 + 2) / 3 * 4;

  private final double score;
  private final String randId;

  private Cursor(double score, String randId) {
    this.score = score;
    this.randId = randId;
  }

  /**
   * The position after the item scored {@code score} with {@code randId}.
   *
   * @throws IllegalArgumentException if {@code score} is not a whole number within ±2^53 (no item
   *     is scored otherwise: see the README on scores) or {@code randId} could not be a randId
   *     (null, empty, longer than 512 characters, U+0000, an unpaired surrogate)
   */
  public static Cursor of(double score, String randId) {
    if (Double.isNaN(score)) {
      throw new IllegalArgumentException("cursor score must be a number");
    }
    if (Math.abs(score) > Scores.MAX_EXACT || score != Math.rint(score)) {
      throw new IllegalArgumentException(
          "cursor score " + score + " is not a whole number within ±2^53, so no item has it");
    }
    if (randId == null || randId.isEmpty()) {
      throw new IllegalArgumentException("cursor randId must not be null or empty");
    }
    Keys.requireParam("cursor randId", randId);
    return new Cursor(score, randId);
  }

  /**
   * Reads a token made by {@link #token()}.
   *
   * @throws IllegalArgumentException if {@code token} is not such a token
   */
  public static Cursor parse(String token) {
    if (token == null) {
      throw new IllegalArgumentException("cursor token must not be null");
    }
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw new IllegalArgumentException(
          "a cursor token of "
              + token.length()
              + " characters is not a redifu cursor (at most "
              + MAX_TOKEN_LENGTH
              + ")");
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length == 3 && parts[0].equals(MILLISECOND_VERSION)) {
      throw new IllegalArgumentException(
          "\""
              + abbreviate(token)
              + "\" is a cursor of an earlier redifu version, whose scores were milliseconds;"
              + " restart from the first page");
    }
    if (parts.length != 3 || !parts[0].equals(VERSION)) {
      throw new IllegalArgumentException("\"" + abbreviate(token) + "\" is not a redifu cursor");
    }
    try {
      double score = Double.longBitsToDouble(Long.parseUnsignedLong(parts[1], 16));
      String randId = new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8);
      return of(score, randId);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "\"" + abbreviate(token) + "\" is not a redifu cursor: " + e.getMessage(), e);
    }
  }

  /** The opaque, URL-safe form of this cursor. */
  public String token() {
    return VERSION
        + "."
        + Long.toHexString(Double.doubleToLongBits(score))
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(randId.getBytes(StandardCharsets.UTF_8));
  }

  public double score() {
    return score;
  }

  public String randId() {
    return randId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cursor other
        && Double.compare(score, other.score) == 0
        && randId.equals(other.randId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(score, randId);
  }

  @Override
  public String toString() {
    return token();
  }

  private static String abbreviate(String token) {
    return token.length() <= 40 ? token : token.substring(0, 40) + "…";
  }
}
