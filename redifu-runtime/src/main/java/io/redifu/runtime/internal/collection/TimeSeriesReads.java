package io.redifu.runtime.internal.collection;

import io.redifu.runtime.TimeRange;
import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.KeySchema;
import io.redifu.runtime.internal.model.Segments;
import io.redifu.runtime.internal.redis.ClusterSupport;
import io.redifu.runtime.internal.redis.Transaction;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.Protocol.Command;
import redis.clients.jedis.UnifiedJedis;

/**
 * Reads of a time series: the ids of a range and the segments that touch it, in one MULTI/EXEC, or,
 * on the single-round-trip path, the same plus the documents in one script.
 */
public final class TimeSeriesReads {
  private static final byte[] EMPTY = Bytes.encode("empty");

  private final UnifiedJedis client;
  private final EntitySpec<?> entity;

  public TimeSeriesReads(UnifiedJedis client, EntitySpec<?> entity) {
    this.client = client;
    this.entity = entity;
  }

  public Snapshot read(String collection, long from, long to, boolean withDocuments) {
    if (withDocuments || ClusterSupport.isCluster(client)) {
      return scripted(collection, from, to, withDocuments); // MULTI has no key to route by
    }
    return segmentsAndIds(collection, from, to);
  }

  /**
   * Ids of [from, to] and the segments that touch it, in one MULTI/EXEC; no segment when the ids
   * are lost (no ids zset and no {@code empty} flag: see {@link TimeSeriesScripts}).
   */
  private Snapshot segmentsAndIds(String collection, long from, long to) {
    List<byte[]> keys = KeySchema.of(collection).timeSeries();
    byte[] low = Bytes.encode(Long.toString(from));
    byte[] high = Bytes.encode(Long.toString(to));
    List<Object> replies =
        Transaction.run(
            client,
            List.of(
                new Transaction.Queued(Command.ZRANGEBYSCORE, keys.get(0), low, high),
                // the one segment starting before the range may reach into it
                new Transaction.Queued(
                    Command.ZREVRANGEBYSCORE,
                    keys.get(2),
                    Bytes.encode("(" + from),
                    Bytes.encode("-inf"),
                    Bytes.encode("LIMIT"),
                    Bytes.encode("0"),
                    Bytes.encode("1")),
                new Transaction.Queued(Command.ZRANGEBYSCORE, keys.get(2), low, high),
                new Transaction.Queued(Command.EXISTS, keys.get(0)),
                new Transaction.Queued(Command.HGET, keys.get(1), EMPTY)));
    List<?> ids = (List<?>) replies.get(0);
    List<?> before = (List<?>) replies.get(1);
    List<?> inside = (List<?>) replies.get(2);
    if (Long.valueOf(0).equals(replies.get(3)) && !CollectionCalls.flag(replies.get(4))) {
      return new Snapshot(List.of(), List.of(), null);
    }
    List<TimeRange> covered = new ArrayList<>();
    for (Object member : before) {
      covered.add(Segments.parse(Bytes.decode((byte[]) member)));
    }
    for (Object member : inside) {
      covered.add(Segments.parse(Bytes.decode((byte[]) member)));
    }
    return new Snapshot(CollectionCalls.strings(ids), covered, null);
  }

  /** Ids, segments and, if asked, documents from {@link TimeSeriesScripts#FETCH}. */
  private Snapshot scripted(String collection, long from, long to, boolean withDocuments) {
    List<byte[]> args = new ArrayList<>();
    args.add(Bytes.encode(Long.toString(from)));
    args.add(Bytes.encode(Long.toString(to)));
    args.addAll(entity.keyAffixes());
    args.add(Bytes.encode(withDocuments ? "1" : "0"));
    args.add(entity.slidingTtlArg());
    List<?> reply =
        (List<?>) TimeSeriesScripts.FETCH.eval(client, KeySchema.of(collection).timeSeries(), args);
    int n = Math.toIntExact((Long) reply.get(0));
    List<String> ids = CollectionCalls.strings(reply.subList(1, 1 + n));
    int k = Math.toIntExact((Long) reply.get(1 + n));
    List<TimeRange> covered = new ArrayList<>(k);
    for (Object member : reply.subList(2 + n, 2 + n + k)) {
      covered.add(Segments.parse(Bytes.decode((byte[]) member)));
    }
    List<byte[]> found = new ArrayList<>(n);
    for (Object document : reply.subList(2 + n + k, reply.size())) {
      found.add((byte[]) document);
    }
    return new Snapshot(ids, covered, n == 0 || !withDocuments ? null : found);
  }

  /** What a read found; {@code documents} null when they are still to be read. */
  public record Snapshot(List<String> ids, List<TimeRange> covered, List<byte[]> documents) {}
}
