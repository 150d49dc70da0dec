package io.redifu.runtime.internal;

/**
 * The Redis keys of one collection instance: {@code {name}} (ids), {@code {name}:meta}, {@code
 * {name}:pages} (numbered pages), {@code {name}:segments} (time series) and the seed locks {@code
 * {name}:lock} and {@code {name}:lock:<position>}. The rendered key template in braces is their
 * shared hash tag, so every script of the collection runs on one Redis Cluster node.
 *
 * <p>A rendered key holds no brace (templates have none outside placeholders, parameters are
 * encoded), so every key here reads back as the hash tag, which is the name, and a suffix; the
 * suffixes differ from each other and from a missing marker's {@code :missing}, and document keys
 * never start with a brace. So no two of these keys, of any collection or document, are equal.
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

  /** The cached pages of a {@code @Page} instance: a hash, page number → ids. */
  byte[] pages() {
    return Keys.bytes("{" + name + "}:pages");
  }

  /** The ranges a time series covers: a zset of {@code "from:to"} members. */
  byte[] segments() {
    return Keys.bytes("{" + name + "}:segments");
  }

  /** The seed lock of {@code position} ({@link SeedLock#WHOLE}: the instance's). */
  String lock(String position) {
    String lock = "{" + name + "}:lock";
    return position.isEmpty() ? lock : lock + ":" + position;
  }
}
