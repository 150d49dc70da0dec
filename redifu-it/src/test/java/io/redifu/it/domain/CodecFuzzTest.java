package io.redifu.it.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redifu.runtime.CorruptEntryException;
import io.redifu.runtime.Cursor;
import io.redifu.runtime.internal.codec.JsonCodecs;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Bad input never escapes as anything but the documented exception: every truncation and 20,000
 * random mutations of a full document of every stored type decode or fail with {@link
 * CorruptEntryException}, quickly; random cursor tokens parse or fail with {@link
 * IllegalArgumentException}. Seeded, so a failure replays.
 */
class CodecFuzzTest {
  private static final EverythingCodec CODEC = EverythingCodec.create();
  private static final byte[] DOCUMENT =
      JsonCodecs.encode(CODEC, EverythingFixtures.full("fuzz0000000000ab", "fuzz"));
  private static final String[] FRAGMENTS = {
    "\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "null",
    "true",
    "1e999999",
    "-",
    "\\u12",
    "\\",
    "9".repeat(400),
    "\"randId\":1",
    "{\"a\":",
    "NaN",
    "\u0000",
    "é",
    "\ud800"
  };

  @Test
  void everyTruncationFailsAsCorruptEntry() {
    for (int end = 0; end < DOCUMENT.length; end++) {
      byte[] truncated = Arrays.copyOf(DOCUMENT, end);
      assertThatThrownBy(() -> JsonCodecs.decode(CODEC, truncated, "k"))
          .as("truncated at %d", end)
          .isInstanceOf(CorruptEntryException.class);
    }
  }

  @Test
  void randomMutationsDecodeOrFailAsCorruptEntry() {
    SplittableRandom random = new SplittableRandom(20261128);
    assertThatCode(
            () -> {
              long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
              for (int i = 0; i < 20_000 && System.nanoTime() < deadline; i++) {
                byte[] mutated = mutate(random);
                try {
                  JsonCodecs.decode(CODEC, mutated, "k");
                } catch (CorruptEntryException expected) {
                  assertThat(expected.key()).isEqualTo("k");
                }
              }
            })
        .doesNotThrowAnyException();
  }

  @Test
  void randomCursorTokensParseOrFailAsIllegalArgument() {
    SplittableRandom random = new SplittableRandom(7);
    String alphabet = "c2.0123456789abcdefABCDEF-_=+/ \u00e9\u0000";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder token = new StringBuilder(random.nextInt(3) == 0 ? "c2." : "");
      for (int n = random.nextInt(40); n > 0; n--) {
        token.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = token.toString();
      try {
        Cursor cursor = Cursor.parse(text);
        assertThat(Cursor.parse(cursor.token())).isEqualTo(cursor);
      } catch (IllegalArgumentException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }

  /** The document with one to three random edits: a byte flip, a cut, or an inserted fragment. */
  private static byte[] mutate(SplittableRandom random) {
    byte[] bytes = DOCUMENT.clone();
    for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(3)) {
        case 0 -> bytes[at] = (byte) random.nextInt(256);
        case 1 -> {
          int to = Math.min(bytes.length, at + 1 + random.nextInt(20));
          byte[] cut = new byte[bytes.length - (to - at)];
          System.arraycopy(bytes, 0, cut, 0, at);
          System.arraycopy(bytes, to, cut, at, bytes.length - to);
          bytes = cut.length == 0 ? new byte[] {'{'} : cut;
        }
        default -> {
          byte[] fragment =
              FRAGMENTS[random.nextInt(FRAGMENTS.length)].getBytes(StandardCharsets.UTF_8);
          byte[] grown = new byte[bytes.length + fragment.length];
          System.arraycopy(bytes, 0, grown, 0, at);
          System.arraycopy(fragment, 0, grown, at, fragment.length);
          System.arraycopy(bytes, at, grown, at + fragment.length, bytes.length - at);
          bytes = grown;
        }
      }
    }
    return bytes;
  }
}
