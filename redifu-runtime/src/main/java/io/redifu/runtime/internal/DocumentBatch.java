package io.redifu.runtime.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.GetExParams;

/** Multi-key reads and writes of documents, each in one round trip. */
final class DocumentBatch<T> {
  private final UnifiedJedis client;
  private final EntitySpec<T> spec;

  DocumentBatch(UnifiedJedis client, EntitySpec<T> spec) {
    this.client = client;
    this.spec = spec;
  }

  /** The documents of {@code keys}, null where absent: one MGET, or pipelined GETEX if sliding. */
  List<byte[]> read(List<String> keys) {
    return DocumentReads.read(client, Collections.nCopies(keys.size(), spec), keys);
  }

  /** [document or null, whether the missing marker exists], in one round trip. */
  List<Object> readWithMarker(String key) {
    byte[] documentKey = Keys.bytes(key);
    try (AbstractPipeline pipeline = client.pipelined()) {
      Response<byte[]> document =
          spec.refreshesOnRead()
              ? pipeline.getEx(documentKey, refresh())
              : pipeline.get(documentKey);
      Response<Boolean> marker = pipeline.exists(Keys.bytes(Keys.missingMarker(key)));
      pipeline.sync();
      List<Object> replies = new ArrayList<>(2);
      replies.add(document.get());
      replies.add(marker.get());
      return replies;
    }
  }

  /** Deletes documents and their markers; each pair shares a slot, so one DEL per pair. */
  void delete(List<String> keys) {
    try (AbstractPipeline pipeline = client.pipelined()) {
      for (String key : keys) {
        pipeline.del(Keys.bytes(key), Keys.bytes(Keys.missingMarker(key)));
      }
      pipeline.sync();
    }
  }

  private GetExParams refresh() {
    return GetExParams.getExParams().px(spec.ttlMillis());
  }
}
