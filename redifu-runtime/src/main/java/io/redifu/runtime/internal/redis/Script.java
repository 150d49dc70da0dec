package io.redifu.runtime.internal.redis;

import io.redifu.runtime.internal.codec.Bytes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script run by EVALSHA. A server that does not know the script yet (first use, restart,
 * SCRIPT FLUSH) answers NOSCRIPT; the script is then sent once with EVAL, which also caches it.
 * Scripts take every user value as an argument; nothing is ever spliced into their text.
 */
public final class Script {
  /**
   * Deletes KEYS[1] only if it still holds ARGV[1]: an owner releasing its seed lock, a refused
   * seed taking back a document it stored (never one a writer stored since).
   */
  public static final Script DELETE_IF_EQUAL =
      new Script(
          """
          if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
          return 0
          """);

  private final byte[] source;
  private final byte[] sha;
  private final boolean onDocument;

  public Script(String source) {
    this(source, false);
  }

  private Script(String source, boolean onDocument) {
    this.source = Bytes.encode(source);
    this.sha = Bytes.encode(sha1Hex(this.source));
    this.onDocument = onDocument;
  }

  /**
   * A script that writes only an entity's document and its missing marker. On a cluster, {@link
   * ScriptCalls} runs such calls before the calls on collections.
   */
  public static Script onDocument(String source) {
    return new Script(source, true);
  }

  public boolean onDocument() {
    return onDocument;
  }

  /** The SHA-1 of the source, in lowercase hex: the name Redis's script cache knows it by. */
  public String sha() {
    return Bytes.decode(sha);
  }

  public Object eval(UnifiedJedis client, List<byte[]> keys, List<byte[]> args) {
    try {
      return client.evalsha(sha, keys, args);
    } catch (JedisNoScriptException e) {
      return client.eval(source, keys, args);
    }
  }

  /** Queues the script by its SHA in a pipeline; a NOSCRIPT reply means: send it again by text. */
  public Response<Object> queue(AbstractPipeline pipeline, List<byte[]> keys, List<byte[]> args) {
    return pipeline.evalsha(sha, keys, args);
  }

  /** Queues the script by its text (EVAL), which also caches it on the server. */
  public Response<Object> queueEval(
      AbstractPipeline pipeline, List<byte[]> keys, List<byte[]> args) {
    return pipeline.eval(source, keys, args);
  }

  private static String sha1Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-1", e);
    }
  }
}
