package io.redifu.runtime.internal;

/**
 * The Redis keys of one collection instance. The rendered key template in braces is their shared
 * hash tag, so every script of the collection runs on one Redis Cluster node.
 *
 * @param name the rendered key template, e.g. {@code feed:user:42:posts}
 */
public record CollectionKeys(String name, byte[] zset, byte[] meta) {
  public static CollectionKeys of(String name) {
    String tag = "{" + name + "}";
    return new CollectionKeys(name, Keys.bytes(tag), Keys.bytes(tag + ":meta"));
  }

  /** The zset key as text, e.g. {@code {feed:user:42:posts}}. */
  public String zsetKey() {
    return Keys.string(zset);
  }
}
