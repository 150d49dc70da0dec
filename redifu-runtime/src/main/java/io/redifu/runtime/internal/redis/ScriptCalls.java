package io.redifu.runtime.internal.redis;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisNoScriptException;
import redis.clients.jedis.exceptions.JedisRedirectionException;

/**
 * Sends many script calls in one pipeline (one round trip), keeping their order on every key.
 *
 * <p>A pipeline cannot stop half-way: when the server answers one call NOSCRIPT (it lost its script
 * cache: restart, SCRIPT FLUSH), MOVED or ASK (its slot moved), or not at all (a cluster node's
 * connection failed), the calls after it ran anyway. So such a call is sent again together with
 * every later call that shares a key with it (or with another call sent again), in their order: the
 * last write to each key is still the last one applied. Calls that ran and share no key with a
 * failed one are not sent again, so they never overwrite what another client wrote since.
 */
public final class ScriptCalls {
  private ScriptCalls() {}

  /** One script call: the script, its keys (all in one slot) and its arguments. */
  public record Call(Script script, List<byte[]> keys, List<byte[]> args) {}

  /**
   * The replies, in call order; a call Redis refused throws, after the calls around it ran. On a
   * cluster, calls on documents (and their markers) run first, then the rest: a pipeline syncs its
   * nodes in parallel, and a reader must never find an id in a collection on one node before its
   * document is written on another. The two groups share no key, so each key keeps its order. One
   * round trip more, only on a cluster and only when both groups are present.
   */
  public static List<Object> run(UnifiedJedis client, List<Call> calls) {
    if (!ClusterSupport.isCluster(client)) {
      return inOrder(client, calls);
    }
    List<Integer> documents = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      (calls.get(i).script().onDocument() ? documents : others).add(i);
    }
    if (documents.isEmpty() || others.isEmpty()) {
      return inOrder(client, calls);
    }
    Object[] replies = new Object[calls.size()];
    for (List<Integer> phase : List.of(documents, others)) {
      List<Call> phaseCalls = new ArrayList<>(phase.size());
      phase.forEach(i -> phaseCalls.add(calls.get(i)));
      List<Object> phaseReplies = inOrder(client, phaseCalls);
      for (int j = 0; j < phase.size(); j++) {
        replies[phase.get(j)] = phaseReplies.get(j);
      }
    }
    return Arrays.asList(replies);
  }

  private static List<Object> inOrder(UnifiedJedis client, List<Call> calls) {
    Object[] replies = new Sending(client, calls).run();
    for (Object reply : replies) {
      if (reply instanceof RuntimeException refused) {
        throw refused;
      }
    }
    return Arrays.asList(replies);
  }

  /** One run of {@code calls}: pipelines, then the calls to send again, until all are answered. */
  private static final class Sending {
    private final UnifiedJedis client;
    private final List<Call> calls;
    private final boolean cluster;
    private final Object[] replies;

    /** Calls answered NOSCRIPT once: sent with their source (EVAL) from then on. */
    private final Set<Integer> bySource = new HashSet<>();

    /** A slot moved: the rest goes one call at a time through the cluster's executor. */
    private boolean alone;

    private int connectionFailures;

    Sending(UnifiedJedis client, List<Call> calls) {
      this.client = client;
      this.calls = calls;
      this.cluster = ClusterSupport.isCluster(client);
      this.replies = new Object[calls.size()];
    }

    /** The reply of every call, or the exception of a call Redis refused. */
    public Object[] run() {
      List<Integer> pending = new ArrayList<>(calls.size());
      for (int i = 0; i < calls.size(); i++) {
        pending.add(i);
      }
      while (!pending.isEmpty()) {
        if (alone) {
          pending.forEach(this::sendAlone);
          break;
        }
        pending = settle(pending, pipelined(pending));
      }
      return replies;
    }

    /**
     * Records the outcomes of {@code pending}; returns the calls to send again, in order: those
     * that did not run, and every later one sharing a key with a call sent again.
     */
    private List<Integer> settle(List<Integer> pending, List<Object> outcomes) {
      List<Integer> again = new ArrayList<>();
      Set<ByteBuffer> held = new HashSet<>();
      JedisConnectionException lost = null;
      for (int k = 0; k < pending.size(); k++) {
        int index = pending.get(k);
        Object outcome = outcomes.get(k);
        boolean didNotRun = true;
        if (outcome instanceof JedisNoScriptException && !bySource.contains(index)) {
          bySource.add(index);
        } else if (outcome instanceof JedisRedirectionException) {
          alone = true;
        } else if (outcome instanceof JedisConnectionException e) {
          lost = e;
        } else {
          didNotRun = false;
        }
        if (didNotRun || holds(held, calls.get(index))) {
          again.add(index);
          calls.get(index).keys().forEach(key -> held.add(ByteBuffer.wrap(key)));
        } else {
          replies[index] = outcome;
        }
      }
      if (lost != null && ++connectionFailures >= ClusterSupport.PIPELINE_ATTEMPTS) {
        throw lost;
      }
      return again;
    }

    private static boolean holds(Set<ByteBuffer> held, Call call) {
      if (held.isEmpty()) {
        return false;
      }
      for (byte[] key : call.keys()) {
        if (held.contains(ByteBuffer.wrap(key))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Sends {@code pending} in one pipeline; returns each call's reply or exception. On a cluster,
     * a node whose connection failed leaves its calls unanswered (a {@link
     * JedisConnectionException}); on a standalone Redis that failure is thrown.
     */
    private List<Object> pipelined(List<Integer> pending) {
      List<Response<Object>> responses = new ArrayList<>(pending.size());
      JedisConnectionException failed = null;
      try (AbstractPipeline pipeline = ClusterSupport.pipelined(client)) {
        for (int index : pending) {
          Call call = calls.get(index);
          responses.add(
              bySource.contains(index)
                  ? call.script().queueEval(pipeline, call.keys(), call.args())
                  : call.script().queue(pipeline, call.keys(), call.args()));
        }
        pipeline.sync();
      } catch (JedisConnectionException e) {
        if (!cluster) {
          throw e;
        }
        failed = e; // e.g. no connection to a node while queuing: the calls queued before ran
      }
      List<Object> outcomes = new ArrayList<>(pending.size());
      for (int k = 0; k < pending.size(); k++) {
        if (k >= responses.size()) {
          outcomes.add(failed);
          continue;
        }
        try {
          outcomes.add(ClusterSupport.reply(responses.get(k)));
        } catch (RuntimeException e) {
          outcomes.add(e);
        }
      }
      return outcomes;
    }

    /** Through the cluster's executor, which follows MOVED and ASK and retries connections. */
    private void sendAlone(int index) {
      Call call = calls.get(index);
      try {
        replies[index] = call.script().eval(client, call.keys(), call.args());
      } catch (JedisDataException refused) {
        replies[index] = refused;
      }
    }
  }
}
