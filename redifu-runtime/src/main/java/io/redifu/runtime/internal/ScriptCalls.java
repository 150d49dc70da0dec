package io.redifu.runtime.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisRedirectionException;

/**
 * Sends many script calls in one pipeline (one round trip). Calls the server answered with NOSCRIPT
 * (it lost its script cache: restart, SCRIPT FLUSH) did not run; their scripts are loaded and only
 * those calls are sent again, in order. On a cluster, calls answered MOVED or ASK (their slot moved
 * or is moving) did not run either; each is sent again on its own, through the client's cluster
 * executor, which follows the redirection and refreshes its slot map, with its bounded retries.
 */
final class ScriptCalls {
  private ScriptCalls() {}

  /** One script call: the script, its keys (all in one slot) and its arguments. */
  record Call(Script script, List<byte[]> keys, List<byte[]> args) {}

  /**
   * The replies, in call order. On a cluster, the documents are written first, then the rest: a
   * pipeline syncs its nodes in parallel, and a reader must never find an id in a collection on one
   * node before its document is written on another. One round trip more, only on a cluster and only
   * when documents and other writes are mixed.
   */
  static List<Object> run(UnifiedJedis client, List<Call> calls) {
    if (!ClusterSupport.isCluster(client)) {
      return runPipelined(client, calls);
    }
    List<Integer> documents = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      (EntityScripts.writesDocument(calls.get(i).script()) ? documents : others).add(i);
    }
    if (documents.isEmpty() || others.isEmpty()) {
      return runPipelined(client, calls);
    }
    Object[] replies = new Object[calls.size()];
    for (List<Integer> phase : List.of(documents, others)) {
      List<Call> phaseCalls = new ArrayList<>(phase.size());
      phase.forEach(i -> phaseCalls.add(calls.get(i)));
      List<Object> phaseReplies = runPipelined(client, phaseCalls);
      for (int j = 0; j < phase.size(); j++) {
        replies[phase.get(j)] = phaseReplies.get(j);
      }
    }
    return Arrays.asList(replies);
  }

  private static List<Object> runPipelined(UnifiedJedis client, List<Call> calls) {
    Object[] replies = new Object[calls.size()];
    List<Integer> pending = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      pending.add(i);
    }
    pending = send(client, calls, pending, replies, false);
    if (!pending.isEmpty()) {
      send(client, calls, pending, replies, true);
    }
    List<Object> ordered = new ArrayList<>(replies.length);
    for (Object reply : replies) {
      ordered.add(reply);
    }
    return ordered;
  }

  private static List<Response<Object>> sync(
      UnifiedJedis client, List<Call> calls, List<Integer> pending, boolean withSource) {
    List<Response<Object>> responses = new ArrayList<>(pending.size());
    try (AbstractPipeline pipeline = ClusterSupport.pipelined(client)) {
      for (int index : pending) {
        Call call = calls.get(index);
        responses.add(
            withSource
                ? call.script().queueEval(pipeline, call.keys(), call.args())
                : call.script().queue(pipeline, call.keys(), call.args()));
      }
      pipeline.sync();
    }
    return responses;
  }

  /** Sends the {@code pending} calls; returns those that met NOSCRIPT. */
  private static List<Integer> send(
      UnifiedJedis client,
      List<Call> calls,
      List<Integer> pending,
      Object[] replies,
      boolean withSource) {
    List<Response<Object>> responses =
        ClusterSupport.reconnecting(client, () -> sync(client, calls, pending, withSource));
    List<Integer> retry = new ArrayList<>();
    for (int i = 0; i < pending.size(); i++) {
      int index = pending.get(i);
      try {
        replies[index] = ClusterSupport.reply(responses.get(i));
      } catch (JedisRedirectionException e) {
        Call call = calls.get(index);
        replies[index] = call.script().eval(client, call.keys(), call.args());
      } catch (JedisDataException e) {
        if (withSource || e.getMessage() == null || !e.getMessage().startsWith("NOSCRIPT")) {
          throw e;
        }
        retry.add(index);
      }
    }
    return retry;
  }
}
