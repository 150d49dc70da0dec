package io.redifu.runtime.internal.document;

import io.redifu.runtime.CorruptEntryException;
import io.redifu.runtime.MetricsListener;
import io.redifu.runtime.MetricsListener.Count;
import io.redifu.runtime.internal.codec.Bytes;
import io.redifu.runtime.internal.codec.JsonCodecs;
import io.redifu.runtime.internal.codec.LogText;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.redis.Meter;
import io.redifu.runtime.internal.redis.Script;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * Decodes cached documents under the {@code Redifu}'s {@code reloadUndecodableDocuments} choice:
 * fail fast with {@link CorruptEntryException}, or take a document that no longer decodes (its
 * entity class changed incompatibly) for absent: it is deleted unless rewritten meanwhile, so the
 * loader or a seed can store the current shape; counted and logged at WARN once per key.
 */
public final class Undecodable {
  private static final Logger LOG = LoggerFactory.getLogger(Undecodable.class);

  /** Keys already logged; forgotten past this many, so the set stays small. */
  private static final int REMEMBERED_KEYS = 1024;

  private final UnifiedJedis client;
  private final MetricsListener metrics;
  private final boolean reload;
  private final Set<String> logged = ConcurrentHashMap.newKeySet();

  Undecodable(UnifiedJedis client, MetricsListener metrics, boolean reload) {
    this.client = client;
    this.metrics = metrics;
    this.reload = reload;
  }

  /**
   * The decoded document; null when there is none, or when it does not decode and such documents
   * are reloaded.
   */
  public <T> T decode(EntitySpec<T> spec, byte[] document, Supplier<String> key, String op) {
    if (document == null) {
      return null;
    }
    try {
      return JsonCodecs.decode(spec.codec(), document, key);
    } catch (CorruptEntryException e) {
      if (!reload) {
        throw e;
      }
      String documentKey = key.get();
      Meter meter = Meter.entity(metrics, spec.entityName());
      meter.run(
          op,
          () ->
              Script.DELETE_IF_EQUAL.eval(
                  client, List.of(Bytes.encode(documentKey)), List.of(document)));
      meter.count(Count.DOCUMENTS_UNDECODABLE, op, 1);
      if (logged.size() >= REMEMBERED_KEYS) {
        logged.clear();
      }
      if (logged.add(documentKey)) {
        LOG.warn(
            "{} document {} no longer decodes; deleted and read as absent ({})",
            spec.entityName(),
            LogText.of(documentKey),
            LogText.oneLine(String.valueOf(e.getCause() == null ? e : e.getCause().getMessage())));
      }
      return null;
    }
  }
}
