package io.redifu.runtime.internal.redis;

import java.util.List;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Protocol.Command;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/**
 * Plain commands in one MULTI/EXEC, sent as one pipeline: one round trip and one consistent
 * snapshot. (Jedis' own transactions wait for the QUEUED replies before EXEC: two round trips.)
 */
public final class Transaction {
  private static final byte[][] NO_ARGS = new byte[0][];

  private Transaction() {}

  /** One command queued inside the transaction. */
  public record Queued(Command command, byte[]... args) {}

  /** Runs {@code commands} atomically; returns their raw replies in order. */
  public static List<Object> run(UnifiedJedis client, List<Queued> commands) {
    Response<Object> exec;
    try (AbstractPipeline pipeline = Pipelines.open(client)) {
      pipeline.sendCommand(Command.MULTI, NO_ARGS);
      for (Queued command : commands) {
        pipeline.sendCommand(command.command(), command.args());
      }
      exec = pipeline.sendCommand(Command.EXEC, NO_ARGS);
      pipeline.sync();
    }
    @SuppressWarnings("unchecked") // EXEC answers an array of the queued commands' replies
    List<Object> replies = (List<Object>) exec.get();
    for (Object reply : replies) {
      if (reply instanceof RuntimeException e) {
        throw e;
      }
    }
    return replies;
  }
}
