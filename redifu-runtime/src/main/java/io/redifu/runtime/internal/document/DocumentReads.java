package io.redifu.runtime.internal.document;

import io.redifu.runtime.CorruptEntryException;
import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.redis.ClusterSupport;
import io.redifu.runtime.internal.redis.Meter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.ClusterPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.GetExParams;

/**
 * Reads documents of any entities in one round trip: one MGET of every key whose entity does not
 * refresh its TTL on reads, and a GETEX per key of those that do. On Redis Cluster the MGET is one
 * per hash slot, all in one pipeline, so a read never meets CROSSSLOT.
 */
public final class DocumentReads {
  private DocumentReads() {}

  /** The documents of {@code keys} ({@code entities} aligned), null where absent. */
  static List<byte[]> read(UnifiedJedis client, List<EntitySpec<?>> entities, List<String> keys) {
    boolean sliding = false;
    for (EntitySpec<?> entity : entities) {
      sliding |= entity.refreshesOnRead();
    }
    return sliding
        ? pipelined(client, pipeline -> queue(client, pipeline, entities, keys))
        : values(client, keys);
  }

  /**
   * The values of {@code keys} (plain strings, no TTL refresh), null where absent: one MGET, or on
   * a cluster one per hash slot in one pipeline.
   */
  static List<byte[]> values(UnifiedJedis client, List<String> keys) {
    return ClusterSupport.isCluster(client)
        ? pipelined(client, pipeline -> mget(client, pipeline, keys))
        : client.mget(bytes(keys));
  }

  /** Runs the reads {@code queue} puts on one pipeline (rerun if a cluster connection broke). */
  private static List<byte[]> pipelined(
      UnifiedJedis client, Function<AbstractPipeline, Supplier<List<byte[]>>> queue) {
    return ClusterSupport.reconnecting(
        client,
        () -> {
          try (AbstractPipeline pipeline = ClusterSupport.pipelined(client)) {
            Supplier<List<byte[]>> values = queue.apply(pipeline);
            pipeline.sync();
            return values.get();
          }
        });
  }

  /** Queues the reads on {@code pipeline}; the supplier answers once it is synced. */
  static Supplier<List<byte[]>> queue(
      UnifiedJedis client,
      AbstractPipeline pipeline,
      List<EntitySpec<?>> entities,
      List<String> keys) {
    List<String> plain = new ArrayList<>(keys.size());
    List<Integer> plainAt = new ArrayList<>(keys.size());
    List<Response<byte[]>> sliding = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      EntitySpec<?> entity = entities.get(i);
      if (entity.refreshesOnRead()) {
        sliding.add(pipeline.getEx(Bytes.encode(keys.get(i)), refresh(entity)));
      } else {
        plain.add(keys.get(i));
        plainAt.add(i);
        sliding.add(null);
      }
    }
    Supplier<List<byte[]>> plainDocuments = mget(client, pipeline, plain);
    return () -> {
      List<byte[]> documents = new ArrayList<>(Collections.nCopies(keys.size(), (byte[]) null));
      List<byte[]> read = plainDocuments.get();
      for (int i = 0; i < keys.size(); i++) {
        Response<byte[]> reply = sliding.get(i);
        if (reply != null) {
          documents.set(i, getEx(client, reply, keys.get(i), entities.get(i)));
        }
      }
      for (int j = 0; j < plainAt.size(); j++) {
        documents.set(plainAt.get(j), read.get(j));
      }
      return documents;
    };
  }

  /**
   * One MGET, or on a cluster pipeline one per hash slot. A slot that answered MOVED or ASK is read
   * again through the client's cluster executor, which follows the redirection.
   */
  private static Supplier<List<byte[]>> mget(
      UnifiedJedis client, AbstractPipeline pipeline, List<String> keys) {
    if (keys.isEmpty()) {
      return List::of;
    }
    if (!(pipeline instanceof ClusterPipeline)) {
      Response<List<byte[]>> all = pipeline.mget(bytes(keys));
      return all::get;
    }
    Map<Integer, List<Integer>> slots = ClusterSupport.bySlot(keys);
    List<List<Integer>> groups = new ArrayList<>(slots.values());
    List<byte[][]> slotKeys = new ArrayList<>(groups.size());
    List<Response<List<byte[]>>> replies = new ArrayList<>(groups.size());
    for (List<Integer> group : groups) {
      List<String> inSlot = new ArrayList<>(group.size());
      group.forEach(i -> inSlot.add(keys.get(i)));
      slotKeys.add(bytes(inSlot));
      replies.add(pipeline.mget(slotKeys.get(slotKeys.size() - 1)));
    }
    return () -> {
      List<byte[]> documents = new ArrayList<>(Collections.nCopies(keys.size(), (byte[]) null));
      for (int g = 0; g < groups.size(); g++) {
        byte[][] inSlot = slotKeys.get(g);
        List<byte[]> values =
            ClusterSupport.replyOrAlone(replies.get(g), () -> client.mget(inSlot));
        for (int j = 0; j < values.size(); j++) {
          documents.set(groups.get(g).get(j), values.get(j));
        }
      }
      return documents;
    };
  }

  /**
   * A GETEX reply; one answered MOVED or ASK is sent again through the cluster executor. A key
   * holding another type than a string is a corrupt entry, as for {@code get}. (A plain MGET cannot
   * tell: it answers nil for such a key, which reads as absent.)
   */
  private static byte[] getEx(
      UnifiedJedis client, Response<byte[]> reply, String key, EntitySpec<?> entity) {
    try {
      return ClusterSupport.replyOrAlone(
          reply, () -> client.getEx(Bytes.encode(key), refresh(entity)));
    } catch (JedisDataException e) {
      throw corruptIfWrongType(e, key, entity.entityName());
    }
  }

  /**
   * Runs {@code read} of the document at {@code key} as operation {@code op}; a key holding another
   * type than a string is a corrupt entry.
   */
  public static <R> R readDocument(
      Meter meter, String entity, String op, String key, Supplier<R> read) {
    try {
      return meter.call(op, read);
    } catch (JedisDataException e) {
      throw corruptIfWrongType(e, key, entity);
    }
  }

  /** {@code e} as a {@link CorruptEntryException} when Redis answered WRONGTYPE, else itself. */
  private static RuntimeException corruptIfWrongType(
      JedisDataException e, String key, String entity) {
    if (e.getMessage() != null && e.getMessage().startsWith("WRONGTYPE")) {
      return new CorruptEntryException(key, entity, e);
    }
    return e;
  }

  private static GetExParams refresh(EntitySpec<?> entity) {
    return GetExParams.getExParams().px(entity.ttlMillis());
  }

  private static byte[][] bytes(List<String> keys) {
    byte[][] raw = new byte[keys.size()][];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = Bytes.encode(keys.get(i));
    }
    return raw;
  }
}
