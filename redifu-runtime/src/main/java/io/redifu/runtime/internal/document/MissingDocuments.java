package io.redifu.runtime.internal.document;

import io.redifu.runtime.MetricsListener.Count;
import io.redifu.runtime.MissingReference;
import io.redifu.runtime.internal.codec.LogText;
import io.redifu.runtime.internal.redis.Meter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Documents a read needed but Redis no longer held (expired or evicted; they come back when the
 * collection is seeded or the entity stored again): counted as {@link Count#DOCUMENTS_MISSING} for
 * the application's metrics on every read, logged only at DEBUG. Expiry is normal, so a WARN per
 * read would flood the log of a busy service.
 */
public final class MissingDocuments {
  private static final Logger LOG = LoggerFactory.getLogger(MissingDocuments.class);

  /** The metrics operation of ids a collection listed and a read left out. */
  static final String LEFT_OUT = "fetch";

  /** The metrics operation of references whose documents are missing (the property stays null). */
  static final String UNRESOLVED = "relations";

  private MissingDocuments() {}

  /** {@code collection} listed {@code ids}, whose documents are gone: the result left them out. */
  public static void leftOut(Meter meter, String collection, List<String> ids) {
    meter.count(Count.DOCUMENTS_MISSING, LEFT_OUT, ids.size());
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{}: documents of {} are missing and were left out",
          LogText.of(collection),
          LogText.list(ids));
    }
  }

  /** References read by {@code operation} whose documents are gone. */
  static void unresolved(Meter meter, String operation, List<MissingReference> references) {
    meter.count(Count.DOCUMENTS_MISSING, UNRESOLVED, references.size());
    if (LOG.isDebugEnabled() && !references.isEmpty()) {
      LOG.debug(
          "{}: referenced documents are missing: {}",
          LogText.of(operation),
          LogText.list(references));
    }
  }

  /** Missing documents a result reports itself (timeline pages, time series): counted only. */
  public static void reported(Meter meter, int ids, int references) {
    meter.count(Count.DOCUMENTS_MISSING, LEFT_OUT, ids);
    meter.count(Count.DOCUMENTS_MISSING, UNRESOLVED, references);
  }
}
