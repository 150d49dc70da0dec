package io.redifu.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Streams one entity type to and from JSON. Implementations are generated ({@code PostCodec}),
 * stateless and thread-safe.
 *
 * @param <T> the entity type
 */
public interface EntityCodec<T> {
  /** Writes {@code value} as one JSON object. */
  void write(JsonGenerator generator, T value) throws IOException;

  /** Reads one JSON object; the parser is positioned on its {@code START_OBJECT} token. */
  T read(JsonParser parser) throws IOException;

  /** The entity's randId, which names its document. */
  String randId(T value);

  /** Simple name of the entity type, used in messages. */
  String entityName();

  /** The entity type. */
  Class<T> type();

  /**
   * A deep copy of {@code value}'s stored properties: what decoding its document again would give,
   * without the JSON. The near cache hands every caller its own copy.
   */
  T copy(T value);
}
