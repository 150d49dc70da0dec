package io.redifu.runtime.internal.document;

import io.redifu.runtime.MetricsListener.Count;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.Relation;
import io.redifu.runtime.internal.model.Resolved;
import io.redifu.runtime.internal.redis.Meter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.UnifiedJedis;

/**
 * How an entity store reads pages of documents and resolves their relations: documents and the
 * related documents remembered for them in one round trip, then the relation levels still needed.
 */
public final class EntityReads<T> {
  private final UnifiedJedis client;
  private final EntitySpec<T> spec;
  private final DocumentBatch<T> batch;

  /** Relation levels reads resolve; 0 = raw. */
  private final int relationDepth;

  /** Relation ids of documents read lately; null when reads do not resolve relations. */
  private final RelationHints<T> hints;

  private final DocumentLoads loads;
  private final Meter meter;
  private final NearCache<T> near;

  public EntityReads(DocumentLoads loads, EntitySpec<T> spec, int relationDepth, int hintCapacity) {
    this.client = loads.client();
    this.loads = loads;
    this.meter = Meter.entity(loads.metrics(), spec.entityName());
    this.spec = spec;
    this.batch = new DocumentBatch<>(client, spec);
    this.near = loads.near(spec);
    this.relationDepth = relationDepth;
    this.hints =
        relationDepth > 0 && hintCapacity > 0 && !spec.relations().all().isEmpty()
            ? new RelationHints<>(spec.relations().all(), hintCapacity)
            : null;
  }

  /**
   * Injects the relations of {@code items}, one round trip per level; the first level reads only
   * what the documents read ahead ({@code prefetched}) lack, and with them none at all.
   */
  public Resolution<T> resolve(List<T> items, List<Prefetched> prefetched) {
    if (!resolvesRelations()) {
      return new Resolution<>(items, List.of());
    }
    if (hints != null) {
      hints.learn(items, spec);
    }
    Resolved resolved = new Resolved();
    List<Relation<T, ?>> relations = spec.relations().all();
    for (Prefetched related : prefetched) {
      prefetch(relations.get(related.relation()).target(), related, resolved);
    }
    return RelationResolver.resolve(loads, spec, items, relationDepth, resolved);
  }

  /** Decodes a related document read ahead into {@code resolved}, held near if wanted. */
  private <R> void prefetch(EntitySpec<R> target, Prefetched related, Resolved resolved) {
    String randId = related.randId();
    if (related.held() != null) {
      resolved.prefetch(target, randId, related.held());
      return;
    }
    byte[] document = related.document();
    R value =
        loads
            .undecodable()
            .decode(target, document, () -> target.documentKey().apply(randId), "relations");
    if (value != null && related.ticket() != null) {
      loads.near(target).install(related.ticket(), value, document.length);
    }
    resolved.prefetch(target, randId, value);
  }

  /** This entity's line to the metrics. */
  public Meter meter() {
    return meter;
  }

  /** Whether reads inject relations (false for raw stores). */
  public boolean resolvesRelations() {
    return relationDepth > 0 && !spec.relations().all().isEmpty();
  }

  /**
   * Like {@link #resolve}, for results that cannot carry the references without a document: those
   * are counted and logged (DEBUG) under {@code operation}.
   */
  public List<T> resolveLogged(List<T> items, String operation) {
    return resolveLogged(items, List.of(), operation);
  }

  public List<T> resolveLogged(List<T> items, List<Prefetched> prefetched, String operation) {
    Resolution<T> resolution = resolve(items, prefetched);
    if (!resolution.missing().isEmpty()) {
      MissingDocuments.unresolved(meter, operation, resolution.missing());
    }
    return resolution.items();
  }

  /**
   * The documents of {@code randIds} that exist, in the order given (duplicates once), unresolved;
   * with them, in the same round trip, the related documents remembered for them (see {@link
   * RelationHints}), to resolve from. Documents Redis lacks are loaded through the entity's SQL
   * loader, if it has one, in one query; ids with a missing marker are not asked for.
   */
  public PageRead<T> readPage(Collection<String> randIds) {
    return loadMissing(randIds, readCached(randIds));
  }

  /**
   * Like {@link #readPage}, for documents a script already read ({@code documents} aligned with
   * {@code randIds}, null where absent) with the related documents it read ahead.
   */
  public PageRead<T> completePage(
      List<String> randIds, List<byte[]> documents, List<Prefetched> related) {
    return loadMissing(randIds, new PageRead<>(decodeAll(randIds, documents, null), related));
  }

  /** {@code read} plus what the entity's loader finds of the documents it lacks. */
  private PageRead<T> loadMissing(Collection<String> randIds, PageRead<T> read) {
    if (read.found().size() == randIds.size() || !loads.canLoad(spec)) {
      return read;
    }
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(randIds));
    List<String> missing = new ArrayList<>();
    for (String id : ids) {
      if (!read.found().containsKey(id)) {
        missing.add(id);
      }
    }
    Map<String, T> loaded = loads.loadUnlessMarked(spec, missing);
    Map<String, T> found = new LinkedHashMap<>();
    for (String id : ids) {
      T value = read.found().containsKey(id) ? read.found().get(id) : loaded.get(id);
      if (value != null) {
        found.put(id, value);
      }
    }
    return new PageRead<>(found, read.related());
  }

  private PageRead<T> readCached(Collection<String> randIds) {
    if (randIds == null) {
      throw new IllegalArgumentException("randIds must not be null");
    }
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(randIds));
    Map<String, T> held = new HashMap<>();
    List<String> remote = ids;
    if (near.on()) {
      remote = new ArrayList<>(ids.size());
      for (String id : ids) {
        T value = near.get(spec.documentKey().apply(id), "getAll");
        if (value != null) {
          held.put(id, value);
        } else {
          remote.add(id);
        }
      }
    }
    PageRead<T> read =
        remote.isEmpty() ? new PageRead<>(new LinkedHashMap<>(), List.of()) : readRemote(remote);
    int found = held.size() + read.found().size(); // undecodable documents count as misses
    meter.count(Count.HITS, "getAll", found);
    meter.count(Count.MISSES, "getAll", ids.size() - found);
    if (held.isEmpty()) {
      return read;
    }
    Map<String, T> merged = new LinkedHashMap<>();
    for (String id : ids) {
      T value = held.containsKey(id) ? held.get(id) : read.found().get(id);
      if (value != null) {
        merged.put(id, value);
      }
    }
    return new PageRead<>(merged, read.related());
  }

  /**
   * The documents of {@code ids} from Redis, with the related ones hinted for them: from their near
   * caches where held (taken now, so the page's own installs cannot evict them first), else in the
   * same read.
   */
  private PageRead<T> readRemote(List<String> ids) {
    List<String> keys = new ArrayList<>(ids.size());
    List<NearCaches.Ticket> tickets = new ArrayList<>(ids.size());
    for (String id : ids) {
      String key = spec.documentKey().apply(id);
      keys.add(key);
      tickets.add(near.ticket(key));
    }
    List<Prefetched> held = new ArrayList<>();
    List<RelationHints.Hint> hinted = hints == null ? List.of() : unheld(hints.hintsFor(ids), held);
    PageRead<T> read =
        hinted.isEmpty()
            ? new PageRead<>(
                decodeAll(ids, meter.call("getAll", () -> batch.read(keys)), tickets), List.of())
            : meter.call("getAll", () -> readHinted(ids, keys, tickets, hinted));
    if (held.isEmpty()) {
      return read;
    }
    held.addAll(read.related());
    return new PageRead<>(read.found(), held);
  }

  /** The hints whose documents no near cache holds; those it holds go to {@code held}. */
  private List<RelationHints.Hint> unheld(List<RelationHints.Hint> hinted, List<Prefetched> held) {
    List<RelationHints.Hint> unheld = new ArrayList<>(hinted.size());
    for (RelationHints.Hint hint : hinted) {
      EntitySpec<?> target = spec.relations().all().get(hint.relation()).target();
      NearCache<?> targetNear = loads.near(target);
      Object value =
          targetNear.on()
              ? targetNear.get(target.documentKey().apply(hint.randId()), "relations")
              : null;
      if (value != null) {
        held.add(Prefetched.held(hint.relation(), hint.randId(), value));
      } else {
        unheld.add(hint);
      }
    }
    return unheld;
  }

  /** The page's documents and the hinted related ones in one read: one MGET on a standalone. */
  private PageRead<T> readHinted(
      List<String> ids,
      List<String> keys,
      List<NearCaches.Ticket> tickets,
      List<RelationHints.Hint> hinted) {
    List<EntitySpec<?>> entities = new ArrayList<>(keys.size() + hinted.size());
    List<String> allKeys = new ArrayList<>(keys.size() + hinted.size());
    List<NearCaches.Ticket> related = new ArrayList<>(hinted.size());
    entities.addAll(Collections.nCopies(keys.size(), spec));
    allKeys.addAll(keys);
    for (RelationHints.Hint hint : hinted) {
      EntitySpec<?> target = spec.relations().all().get(hint.relation()).target();
      String key = target.documentKey().apply(hint.randId());
      entities.add(target);
      allKeys.add(key);
      related.add(loads.near(target).ticket(key));
    }
    List<byte[]> documents = DocumentReads.read(client, entities, allKeys);
    List<Prefetched> prefetched = new ArrayList<>(hinted.size());
    for (int i = 0; i < hinted.size(); i++) {
      RelationHints.Hint hint = hinted.get(i);
      prefetched.add(
          Prefetched.read(
              hint.relation(), hint.randId(), documents.get(keys.size() + i), related.get(i)));
    }
    return new PageRead<>(decodeAll(ids, documents.subList(0, keys.size()), tickets), prefetched);
  }

  /** Documents read for a page, by randId, and related documents read with them. */
  public record PageRead<T>(Map<String, T> found, List<Prefetched> related) {}

  /**
   * Decodes documents read elsewhere (e.g. by a collection script); null ones are left out. Each
   * one read after its ticket (none: null) was taken goes to the near cache.
   */
  private Map<String, T> decodeAll(
      List<String> randIds, List<byte[]> documents, List<NearCaches.Ticket> tickets) {
    Map<String, T> found = new LinkedHashMap<>();
    for (int i = 0; i < randIds.size(); i++) {
      String randId = randIds.get(i);
      byte[] document = documents.get(i);
      T value =
          loads
              .undecodable()
              .decode(spec, document, () -> spec.documentKey().apply(randId), "fetch");
      if (value != null) {
        found.put(randId, value);
        if (tickets != null) {
          near.install(tickets.get(i), value, document.length);
        }
      }
    }
    return found;
  }
}
