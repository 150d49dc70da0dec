package io.redifu.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.GetExParams;

/**
 * Reads documents of any entities in one round trip: one MGET of every key whose entity does not
 * refresh its TTL on reads, and a GETEX per key of those that do.
 */
final class DocumentReads {
  private DocumentReads() {}

  /** The documents of {@code keys} ({@code entities} aligned), null where absent. */
  static List<byte[]> read(UnifiedJedis client, List<EntitySpec<?>> entities, List<String> keys) {
    boolean sliding = false;
    for (EntitySpec<?> entity : entities) {
      sliding |= entity.refreshesOnRead();
    }
    if (!sliding) {
      return client.mget(bytes(keys));
    }
    try (AbstractPipeline pipeline = client.pipelined()) {
      Supplier<List<byte[]>> documents = queue(pipeline, entities, keys);
      pipeline.sync();
      return documents.get();
    }
  }

  /** Queues the reads on {@code pipeline}; the supplier answers once it is synced. */
  static Supplier<List<byte[]>> queue(
      AbstractPipeline pipeline, List<EntitySpec<?>> entities, List<String> keys) {
    List<String> plain = new ArrayList<>(keys.size());
    List<Response<byte[]>> sliding = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      EntitySpec<?> entity = entities.get(i);
      if (entity.refreshesOnRead()) {
        GetExParams refresh = GetExParams.getExParams().px(entity.ttlMillis());
        sliding.add(pipeline.getEx(Keys.bytes(keys.get(i)), refresh));
      } else {
        plain.add(keys.get(i));
        sliding.add(null);
      }
    }
    Response<List<byte[]>> mget = plain.isEmpty() ? null : pipeline.mget(bytes(plain));
    return () -> {
      List<byte[]> documents = new ArrayList<>(keys.size());
      int next = 0;
      for (Response<byte[]> reply : sliding) {
        documents.add(reply != null ? reply.get() : mget.get().get(next++));
      }
      return documents;
    };
  }

  private static byte[][] bytes(List<String> keys) {
    byte[][] raw = new byte[keys.size()][];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = Keys.bytes(keys.get(i));
    }
    return raw;
  }
}
