package io.redifu.runtime.internal.document;

import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.KeySchema;
import io.redifu.runtime.internal.redis.ClusterSupport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.GetExParams;

/** Multi-key reads of documents, each in one round trip. */
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
    return ClusterSupport.reconnecting(client, () -> pipelinedReadWithMarker(key));
  }

  private List<Object> pipelinedReadWithMarker(String key) {
    byte[] documentKey = Bytes.encode(key);
    byte[] markerKey = Bytes.encode(KeySchema.missingMarker(key));
    try (AbstractPipeline pipeline = ClusterSupport.pipelined(client)) {
      Response<byte[]> document =
          spec.refreshesOnRead()
              ? pipeline.getEx(documentKey, refresh())
              : pipeline.get(documentKey);
      Response<Boolean> marker = pipeline.exists(markerKey);
      pipeline.sync();
      List<Object> replies = new ArrayList<>(2);
      replies.add(
          ClusterSupport.replyOrAlone(
              document,
              () ->
                  spec.refreshesOnRead()
                      ? client.getEx(documentKey, refresh())
                      : client.get(documentKey)));
      replies.add(ClusterSupport.replyOrAlone(marker, () -> client.exists(markerKey)));
      return replies;
    }
  }

  private GetExParams refresh() {
    return GetExParams.getExParams().px(spec.ttlMillis());
  }
}
