package io.redifu.runtime.internal.codec;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.redifu.runtime.CorruptEntryException;
import io.redifu.runtime.EntityCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** Turns entities into document bytes and back with their generated {@link EntityCodec}. */
public final class JsonCodecs {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonCodecs() {}

  public static <T> byte[] encode(EntityCodec<T> codec, T value) {
    BufferRecycler recycler = FACTORY._getBufferRecycler();
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(recycler)) {
      try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
        codec.write(g, value);
      }
      return bytes.getClearAndRelease();
    } catch (JsonProcessingException e) { // e.g. nesting deeper than Jackson's limit
      throw new IllegalArgumentException(
          codec.entityName() + " cannot be written as JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory JSON writing does not fail", e);
    } finally {
      recycler.releaseToPool();
    }
  }

  public static <T> String encodeToString(EntityCodec<T> codec, T value) {
    return Bytes.decode(encode(codec, value));
  }

  /**
   * Decodes one document. Anything but exactly one valid object of the expected shape is reported
   * as a {@link CorruptEntryException} naming {@code key}.
   */
  public static <T> T decode(EntityCodec<T> codec, byte[] document, String key) {
    return decode(codec, document, () -> key);
  }

  /** {@link #decode(EntityCodec, byte[], String)}, rendering the key only for an error. */
  public static <T> T decode(EntityCodec<T> codec, byte[] document, Supplier<String> key) {
    try (JsonParser p = FACTORY.createParser(document)) {
      return readWhole(p, codec::read);
    } catch (IOException | RuntimeException e) {
      throw new CorruptEntryException(key.get(), codec.entityName(), e);
    }
  }

  /**
   * Reads JSON text that holds exactly one value, with a generated reader: how row scanners read
   * JSON columns into collections, maps and nested types.
   */
  public static <T> T parse(String json, JsonReads.Reader<T> reader) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      return readWhole(p, reader);
    }
  }

  private static <T> T readWhole(JsonParser p, JsonReads.Reader<T> reader) throws IOException {
    p.nextToken();
    T value = reader.read(p);
    if (p.nextToken() != null) {
      throw new JsonParseException(p, "unexpected content after the document");
    }
    return value;
  }
}
