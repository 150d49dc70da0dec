package io.redifu.runtime.internal.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/** Value writers used by generated codecs; each writes {@code null} for a null reference. */
public final class JsonWrites {
  private JsonWrites() {}

  /** Writes one value of type {@code T}. */
  @FunctionalInterface
  public interface Writer<T> {
    void write(JsonGenerator generator, T value) throws IOException;
  }

  public static void writeString(JsonGenerator g, String value) throws IOException {
    g.writeString(value); // writes null for null
  }

  /** Writes {@code value.toString()}: UUID, enums and java.time types as ISO-8601 strings. */
  public static void writeText(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value.toString());
    }
  }

  public static void writeEnum(JsonGenerator g, Enum<?> value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value.name());
    }
  }

  public static void writeChar(JsonGenerator g, char value) throws IOException {
    g.writeString(String.valueOf(value));
  }

  /** Finite values as numbers; NaN and infinities as strings, which JSON numbers cannot hold. */
  public static void writeDouble(JsonGenerator g, double value) throws IOException {
    if (Double.isFinite(value)) {
      g.writeNumber(value);
    } else {
      g.writeString(Double.toString(value));
    }
  }

  public static void writeFloat(JsonGenerator g, float value) throws IOException {
    if (Float.isFinite(value)) {
      g.writeNumber(value);
    } else {
      g.writeString(Double.toString(value));
    }
  }

  public static void writeBigDecimal(JsonGenerator g, BigDecimal value) throws IOException {
    g.writeNumber(value); // writes null for null
  }

  public static void writeBigInteger(JsonGenerator g, BigInteger value) throws IOException {
    g.writeNumber(value); // writes null for null
  }

  public static void writeBoxedBoolean(JsonGenerator g, Boolean value) throws IOException {
    nullable(g, value, JsonGenerator::writeBoolean);
  }

  public static void writeBoxedByte(JsonGenerator g, Byte value) throws IOException {
    nullable(g, value, (gen, v) -> gen.writeNumber(v));
  }

  public static void writeBoxedShort(JsonGenerator g, Short value) throws IOException {
    nullable(g, value, (gen, v) -> gen.writeNumber(v));
  }

  public static void writeBoxedInt(JsonGenerator g, Integer value) throws IOException {
    nullable(g, value, (gen, v) -> gen.writeNumber(v));
  }

  public static void writeBoxedLong(JsonGenerator g, Long value) throws IOException {
    nullable(g, value, (gen, v) -> gen.writeNumber(v));
  }

  public static void writeBoxedFloat(JsonGenerator g, Float value) throws IOException {
    nullable(g, value, JsonWrites::writeFloat);
  }

  public static void writeBoxedDouble(JsonGenerator g, Double value) throws IOException {
    nullable(g, value, JsonWrites::writeDouble);
  }

  public static void writeBoxedChar(JsonGenerator g, Character value) throws IOException {
    nullable(g, value, JsonWrites::writeChar);
  }

  /** Writes a boxed value: null, or what {@code writer} writes. */
  public static <T> void nullable(JsonGenerator g, T value, Writer<T> writer) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      writer.write(g, value);
    }
  }

  public static <T> void writeCollection(
      JsonGenerator g, Collection<? extends T> values, Writer<T> element) throws IOException {
    if (values == null) {
      g.writeNull();
      return;
    }
    g.writeStartArray();
    for (T value : values) {
      element.write(g, value);
    }
    g.writeEndArray();
  }

  public static <K, V> void writeMap(
      JsonGenerator g, Map<K, V> map, Function<K, String> key, Writer<V> value) throws IOException {
    if (map == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    for (Map.Entry<K, V> entry : map.entrySet()) {
      if (entry.getKey() == null) {
        throw new IllegalArgumentException("a map with a null key cannot be written as JSON");
      }
      g.writeFieldName(key.apply(entry.getKey()));
      value.write(g, entry.getValue());
    }
    g.writeEndObject();
  }
}
