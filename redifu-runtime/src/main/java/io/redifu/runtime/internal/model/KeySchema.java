package io.redifu.runtime.internal.model;

import io.redifu.runtime.internal.codec.Bytes;
import java.util.List;

/**
 * Every Redis key redifu writes, rendered in one place. A document lives under its rendered key
 * template ({@code post:42}) with its missing marker {@code {post:42}:missing} beside it. The keys
 * of one collection instance are {@code {name}} (ids), {@code {name}:meta}, {@code {name}:pages}
 * (numbered pages), {@code {name}:segments} (time series) and the seed locks {@code {name}:lock}
 * and {@code {name}:lock:<position>}. The rendered key template in braces is their shared hash tag,
 * so every script of the collection runs on one Redis Cluster node.
 *
 * <p>A rendered key holds no brace (templates have none outside placeholders, parameters are
 * encoded), so every key here reads back as the hash tag, which is the name, and a suffix; the
 * suffixes differ from each other and from a missing marker's {@code :missing}, and document keys
 * never start with a brace. So no two of these keys, of any collection or document, are equal.
 *
 * @param name the rendered key template, e.g. {@code feed:user:42:posts}
 */
public record KeySchema(String name, byte[] zset, byte[] meta) {
  public static KeySchema of(String name) {
    String tag = "{" + name + "}";
    return new KeySchema(name, Bytes.encode(tag), Bytes.encode(tag + ":meta"));
  }

  /**
   * The missing marker of a document key. The document key in braces is the marker's hash tag, so
   * marker and document always share a slot and one script can update both, on a cluster too.
   */
  public static String missingMarker(String documentKey) {
    return "{" + documentKey + "}:missing";
  }

  /** The keys every document script takes: the document, then its missing marker. */
  public static List<byte[]> documentKeys(String documentKey) {
    return List.of(Bytes.encode(documentKey), Bytes.encode(missingMarker(documentKey)));
  }

  /** The keys of the scripts of timelines and sorted collections: ids, meta. */
  public List<byte[]> zsetAndMeta() {
    return List.of(zset, meta);
  }

  /** The keys of a time series' scripts: ids, meta, covered segments. */
  public List<byte[]> timeSeries() {
    return List.of(zset, meta, segments());
  }

  /** The keys of a numbered-pages instance's scripts: meta ({@code gen}) and the pages hash. */
  public List<byte[]> pageCache() {
    return List.of(meta, pages());
  }

  /** The zset key as text, e.g. {@code {feed:user:42:posts}}. */
  public String zsetKey() {
    return Bytes.decode(zset);
  }

  /** The cached pages of a {@code @Page} instance: a hash, page number → ids. */
  public byte[] pages() {
    return Bytes.encode("{" + name + "}:pages");
  }

  /** The ranges a time series covers: a zset of {@code "from:to"} members. */
  public byte[] segments() {
    return Bytes.encode("{" + name + "}:segments");
  }

  /** The lock position of a seed of everything: a Sorted instance, or a timeline from its top. */
  public static final String WHOLE = "";

  /** The lock position of a timeline page that follows {@code randId} (encoded as in keys). */
  public static String after(String randId) {
    return "after:" + Keys.param("randId", randId);
  }

  /** The lock position of page {@code page} of a {@code @Page} instance. */
  public static String page(int page) {
    return "page:" + page;
  }

  /** The lock position of the time range [from, to] of a time series. */
  public static String range(long from, long to) {
    return "range:" + from + ":" + to;
  }

  /** The seed lock of {@code position} ({@link #WHOLE}: the instance's). */
  public String lock(String position) {
    String lock = "{" + name + "}:lock";
    return position.isEmpty() ? lock : lock + ":" + position;
  }
}
