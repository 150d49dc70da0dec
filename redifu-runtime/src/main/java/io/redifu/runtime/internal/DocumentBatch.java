package io.redifu.runtime.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisRedirectionException;
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
    return ClusterSupport.reconnecting(client, () -> pipelinedReadWithMarker(key));
  }

  private List<Object> pipelinedReadWithMarker(String key) {
    byte[] documentKey = Keys.bytes(key);
    byte[] markerKey = Keys.bytes(Keys.missingMarker(key));
    try (AbstractPipeline pipeline = ClusterSupport.pipelined(client)) {
      Response<byte[]> document =
          spec.refreshesOnRead()
              ? pipeline.getEx(documentKey, refresh())
              : pipeline.get(documentKey);
      Response<Boolean> marker = pipeline.exists(markerKey);
      pipeline.sync();
      List<Object> replies = new ArrayList<>(2);
      replies.add(ClusterSupport.reply(document));
      replies.add(ClusterSupport.reply(marker));
      return replies;
    } catch (JedisRedirectionException moved) { // the slot moved: the cluster executor follows
      byte[] document =
          spec.refreshesOnRead() ? client.getEx(documentKey, refresh()) : client.get(documentKey);
      List<Object> replies = new ArrayList<>(2);
      replies.add(document);
      replies.add(client.exists(markerKey));
      return replies;
    }
  }

  /** Deletes documents and their markers; each pair shares a slot, so one DEL per pair. */
  void delete(List<String> keys) {
    ClusterSupport.reconnecting(
        client,
        () -> {
          List<Response<Long>> replies = new ArrayList<>(keys.size());
          try (AbstractPipeline pipeline = ClusterSupport.pipelined(client)) {
            for (String key : keys) {
              replies.add(pipeline.del(Keys.bytes(key), Keys.bytes(Keys.missingMarker(key))));
            }
            pipeline.sync();
          }
          for (int i = 0; i < keys.size(); i++) {
            try {
              ClusterSupport.reply(replies.get(i));
            } catch (JedisRedirectionException moved) {
              String key = keys.get(i);
              client.del(Keys.bytes(key), Keys.bytes(Keys.missingMarker(key)));
            }
          }
          return null;
        });
  }

  private GetExParams refresh() {
    return GetExParams.getExParams().px(spec.ttlMillis());
  }
}
