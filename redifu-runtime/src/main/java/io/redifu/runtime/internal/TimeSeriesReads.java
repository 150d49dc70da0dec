package io.redifu.runtime.internal;

import static io.redifu.runtime.internal.CollectionCalls.ascii;

import io.redifu.runtime.TimeRange;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.Protocol.Command;
import redis.clients.jedis.UnifiedJedis;

/**
 * Reads of a time series: the ids of a range and the segments that touch it, in one MULTI/EXEC, or,
 * on the single-round-trip path, the same plus the documents in one script.
 */
final class TimeSeriesReads {
  private static final byte[] EMPTY = Keys.bytes("empty");

  private final UnifiedJedis client;
  private final EntitySpec<?> entity;

  TimeSeriesReads(UnifiedJedis client, EntitySpec<?> entity) {
    this.client = client;
    this.entity = entity;
  }

  Snapshot read(String collection, long from, long to, boolean withDocuments) {
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
    List<byte[]> keys = TimeSeriesStore.keys(collection);
    byte[] low = ascii(Long.toString(from));
    byte[] high = ascii(Long.toString(to));
    List<Object> replies =
        Transaction.run(
            client,
            List.of(
                new Transaction.Queued(Command.ZRANGEBYSCORE, keys.get(0), low, high),
                // the one segment starting before the range may reach into it
                new Transaction.Queued(
                    Command.ZREVRANGEBYSCORE,
                    keys.get(2),
                    ascii("(" + from),
                    ascii("-inf"),
                    ascii("LIMIT"),
                    ascii("0"),
                    ascii("1")),
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
      covered.add(Segments.parse(Keys.string((byte[]) member)));
    }
    for (Object member : inside) {
      covered.add(Segments.parse(Keys.string((byte[]) member)));
    }
    return new Snapshot(CollectionCalls.strings(ids), covered, null);
  }

  /** Ids, segments and, if asked, documents from {@link TimeSeriesScripts#FETCH}. */
  private Snapshot scripted(String collection, long from, long to, boolean withDocuments) {
    List<byte[]> args = new ArrayList<>();
    args.add(ascii(Long.toString(from)));
    args.add(ascii(Long.toString(to)));
    args.addAll(entity.keyAffixes());
    args.add(ascii(withDocuments ? "1" : "0"));
    args.add(entity.slidingTtlArg());
    List<?> reply =
        (List<?>) TimeSeriesScripts.FETCH.eval(client, TimeSeriesStore.keys(collection), args);
    int n = Math.toIntExact((Long) reply.get(0));
    List<String> ids = CollectionCalls.strings(reply.subList(1, 1 + n));
    int k = Math.toIntExact((Long) reply.get(1 + n));
    List<TimeRange> covered = new ArrayList<>(k);
    for (Object member : reply.subList(2 + n, 2 + n + k)) {
      covered.add(Segments.parse(Keys.string((byte[]) member)));
    }
    List<byte[]> found = new ArrayList<>(n);
    for (Object document : reply.subList(2 + n + k, reply.size())) {
      found.add((byte[]) document);
    }
    return new Snapshot(ids, covered, n == 0 || !withDocuments ? null : found);
  }

  /** What a read found; {@code documents} null when they are still to be read. */
  record Snapshot(List<String> ids, List<TimeRange> covered, List<byte[]> documents) {}
}
