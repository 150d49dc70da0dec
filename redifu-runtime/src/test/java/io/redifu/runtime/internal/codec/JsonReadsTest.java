package io.redifu.runtime.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonReadsTest {
  private static final JsonFactory JSON = new JsonFactory();

  @Test
  void readsFloatsAndDoublesInRange() throws IOException {
    assertThat(JsonReads.readFloat(at("3.5"))).isEqualTo(3.5f);
    assertThat(JsonReads.readFloat(at("3.4e38"))).isEqualTo(3.4e38f);
    assertThat(JsonReads.readDouble(at("1e300"))).isEqualTo(1e300);
    assertThat(JsonReads.readFloat(at("\"-Infinity\""))).isEqualTo(Float.NEGATIVE_INFINITY);
    assertThat(JsonReads.readDouble(at("\"NaN\""))).isNaN();
  }

  @Test
  void aNumberBeyondTheTypesRangeIsAnErrorNotInfinity() {
    assertThatThrownBy(() -> JsonReads.readFloat(at("1e300")))
        .isInstanceOf(JsonParseException.class)
        .hasMessageContaining("out of range for a float");
    assertThatThrownBy(() -> JsonReads.readFloat(at("-1e39")))
        .isInstanceOf(JsonParseException.class)
        .hasMessageContaining("out of range for a float");
    assertThatThrownBy(() -> JsonReads.readDouble(at("1e400")))
        .isInstanceOf(JsonParseException.class)
        .hasMessageContaining("1e400 is out of range for a double");
  }

  /** A parser positioned on the first token of {@code json}. */
  private static JsonParser at(String json) throws IOException {
    JsonParser parser = JSON.createParser(json);
    parser.nextToken();
    return parser;
  }
}
