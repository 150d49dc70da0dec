package io.redifu.runtime.internal.codec;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Value readers used by generated codecs. Each reads the value at the parser's current token and
 * fails with a {@link JsonParseException} when the token does not fit the type, so that every
 * malformed document surfaces as one exception type.
 *
 * <p>Primitives have their own readers ({@code readInt}, ...), so generated codecs box nothing; a
 * boxed one is {@code nullable(p, JsonReads::readInt)}. Types written as text are {@code
 * parseText(p, UUID::fromString)}, with {@link IsoInstants#parse} for instants.
 */
public final class JsonReads {
  private JsonReads() {}

  /** Reads one value of type {@code T} at the current token. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(JsonParser parser) throws IOException;
  }

  public static void expectObject(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
  }

  /** Checks that the object just read was closed; generated readers call it after the loop. */
  public static void expectObjectEnd(JsonParser p) throws IOException {
    expect(p, JsonToken.END_OBJECT);
  }

  public static String readString(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(p, JsonToken.VALUE_STRING);
    return p.getText();
  }

  public static boolean readBoolean(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw mismatch(p, "true or false");
    }
    return t == JsonToken.VALUE_TRUE;
  }

  public static long readLong(JsonParser p) throws IOException {
    expect(p, JsonToken.VALUE_NUMBER_INT);
    return p.getLongValue();
  }

  public static int readInt(JsonParser p) throws IOException {
    expect(p, JsonToken.VALUE_NUMBER_INT);
    return p.getIntValue();
  }

  public static short readShort(JsonParser p) throws IOException {
    expect(p, JsonToken.VALUE_NUMBER_INT);
    return p.getShortValue();
  }

  public static byte readByte(JsonParser p) throws IOException {
    int value = readInt(p);
    if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
      throw new JsonParseException(p, "number " + value + " is out of range for a byte");
    }
    return (byte) value;
  }

  public static char readChar(JsonParser p) throws IOException {
    expect(p, JsonToken.VALUE_STRING);
    String text = p.getText();
    if (text.length() != 1) {
      throw new JsonParseException(p, "expected a one-character string, got \"" + text + "\"");
    }
    return text.charAt(0);
  }

  /** Numbers, and the strings "NaN", "Infinity" and "-Infinity" the writer uses for them. */
  public static double readDouble(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      double value = p.getDoubleValue();
      if (Double.isInfinite(value)) { // infinities are written as strings, so this overflowed
        throw new JsonParseException(p, "number " + p.getText() + " is out of range for a double");
      }
      return value;
    }
    if (t == JsonToken.VALUE_STRING) {
      switch (p.getText()) {
        case "NaN":
          return Double.NaN;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          break;
      }
    }
    throw mismatch(p, "a number");
  }

  public static float readFloat(JsonParser p) throws IOException {
    double value = readDouble(p);
    float narrowed = (float) value;
    if (Float.isInfinite(narrowed) && !Double.isInfinite(value)) {
      throw new JsonParseException(p, "number " + value + " is out of range for a float");
    }
    return narrowed;
  }

  public static BigDecimal readBigDecimal(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw mismatch(p, "a number");
    }
    return p.getDecimalValue();
  }

  public static BigInteger readBigInteger(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(p, JsonToken.VALUE_NUMBER_INT);
    return p.getBigIntegerValue();
  }

  /**
   * Reads a string and converts it, e.g. with {@code LocalDate::parse} or an enum's {@code
   * valueOf}; null stays null.
   */
  public static <T> T parseText(JsonParser p, Function<String, T> parse) throws IOException {
    String text = readString(p);
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (RuntimeException e) {
      throw new JsonParseException(p, "cannot convert \"" + text + "\": " + e.getMessage(), e);
    }
  }

  /** Reads a boxed value: null, or what {@code reader} reads. */
  public static <T> T nullable(JsonParser p, Reader<T> reader) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : reader.read(p);
  }

  public static <T> List<T> readList(JsonParser p, Reader<T> element) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(p, JsonToken.START_ARRAY);
    List<T> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      list.add(element.read(p));
    }
    return list;
  }

  public static <T> Set<T> readSet(JsonParser p, Reader<T> element) throws IOException {
    List<T> list = readList(p, element);
    return list == null ? null : new LinkedHashSet<>(list);
  }

  public static <K, V> Map<K, V> readMap(JsonParser p, Function<String, K> key, Reader<V> value)
      throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expectObject(p);
    Map<K, V> map = new LinkedHashMap<>();
    String name;
    while ((name = p.nextFieldName()) != null) {
      p.nextToken();
      K k;
      try {
        k = key.apply(name);
      } catch (RuntimeException e) {
        throw new JsonParseException(p, "invalid map key \"" + name + "\": " + e.getMessage(), e);
      }
      map.put(k, value.read(p));
    }
    expect(p, JsonToken.END_OBJECT);
    return map;
  }

  private static void expect(JsonParser p, JsonToken expected) throws IOException {
    if (p.currentToken() != expected) {
      throw mismatch(p, expected.asString() == null ? expected.name() : expected.asString());
    }
  }

  private static JsonParseException mismatch(JsonParser p, String expected) {
    return new JsonParseException(
        p,
        "expected "
            + expected
            + " but found "
            + p.currentToken()
            + " at field \""
            + p.getParsingContext().getCurrentName()
            + "\"");
  }
}
