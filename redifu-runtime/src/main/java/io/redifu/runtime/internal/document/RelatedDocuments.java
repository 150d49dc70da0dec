package io.redifu.runtime.internal.document;

import io.redifu.runtime.MetricsListener.Count;
import io.redifu.runtime.internal.codec.JsonCodecs;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.Resolved;
import io.redifu.runtime.internal.redis.Meter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import redis.clients.jedis.UnifiedJedis;

/**
 * The documents one relation level needs, of any entities, read in one round trip: one MGET, or a
 * pipeline when some entity refreshes its TTL on reads.
 */
final class RelatedDocuments {
  private final Set<Request> requests = new LinkedHashSet<>();
  private final List<RelationResolver.Node<?>> adopted = new ArrayList<>();

  /** Read ahead and found without a document: still worth asking the entity's loader. */
  private final List<Request> absent = new ArrayList<>();

  /** Asks for {@code randId}'s document, unless it was read ahead: then it joins this level. */
  void request(EntitySpec<?> entity, String randId, Resolved resolved) {
    if (!resolved.isPrefetched(entity, randId)) {
      requests.add(new Request(entity, randId));
      return;
    }
    Object value = resolved.prefetched(entity, randId);
    resolved.put(entity, randId, value);
    if (value != null) {
      adopted.add(node(entity, value));
    } else {
      absent.add(new Request(entity, randId));
    }
  }

  @SuppressWarnings("unchecked") // prefetched values were decoded by the entity's own codec
  private static <R> RelationResolver.Node<R> node(EntitySpec<R> entity, Object value) {
    return new RelationResolver.Node<>(entity, (R) value);
  }

  /**
   * Reads the requested documents, records each (null = absent) in {@code resolved}, loads the
   * absent ones of entities with a loader, and returns the entities found.
   */
  List<RelationResolver.Node<?>> read(DocumentLoads loads, Resolved resolved) {
    List<RelationResolver.Node<?>> found = new ArrayList<>(adopted);
    Map<EntitySpec<?>, List<String>> missing = new LinkedHashMap<>();
    for (Request request : absent) {
      loadable(loads, request, missing);
    }
    if (!requests.isEmpty()) {
      readRequested(loads, resolved, found, missing);
    }
    missing.forEach((entity, ids) -> found.addAll(load(loads, entity, ids, resolved)));
    return found;
  }

  private void readRequested(
      DocumentLoads loads,
      Resolved resolved,
      List<RelationResolver.Node<?>> found,
      Map<EntitySpec<?>, List<String>> missing) {
    List<Request> ordered = new ArrayList<>(requests.size());
    List<String> keys = new ArrayList<>(requests.size());
    List<NearCaches.Ticket> tickets = new ArrayList<>(requests.size());
    for (Request request : requests) {
      String key = request.entity().documentKey().apply(request.randId());
      if (!request.fromNear(loads, key, resolved, found)) {
        ordered.add(request);
        keys.add(key);
        tickets.add(loads.near(request.entity()).ticket(key));
      }
    }
    if (ordered.isEmpty()) {
      return;
    }
    List<byte[]> documents =
        meter(loads, ordered.get(0).entity())
            .call("relations", () -> fetch(loads.client(), ordered, keys));
    Map<EntitySpec<?>, int[]> hitsAndMisses = new LinkedHashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      Request request = ordered.get(i);
      byte[] document = documents.get(i);
      hitsAndMisses.computeIfAbsent(request.entity(), e -> new int[2])[document != null ? 0 : 1]++;
      if (document != null) {
        found.add(request.decode(loads, document, keys.get(i), tickets.get(i), resolved));
      } else {
        resolved.put(request.entity(), request.randId(), null);
        loadable(loads, request, missing);
      }
    }
    hitsAndMisses.forEach(
        (entity, counts) -> {
          Meter meter = meter(loads, entity);
          meter.count(Count.HITS, "relations", counts[0]);
          meter.count(Count.MISSES, "relations", counts[1]);
        });
  }

  /** Adds {@code request} to the ids to load when its entity has a loader. */
  private static void loadable(
      DocumentLoads loads, Request request, Map<EntitySpec<?>, List<String>> missing) {
    if (loads.canLoad(request.entity())) {
      missing.computeIfAbsent(request.entity(), e -> new ArrayList<>()).add(request.randId());
    }
  }

  private static Meter meter(DocumentLoads loads, EntitySpec<?> entity) {
    return Meter.entity(loads.metrics(), entity.entityName());
  }

  /** Loads one entity's missing documents from SQL in one query (ids marked missing: none). */
  private static <R> List<RelationResolver.Node<?>> load(
      DocumentLoads loads, EntitySpec<R> entity, List<String> randIds, Resolved resolved) {
    List<RelationResolver.Node<?>> loaded = new ArrayList<>();
    loads
        .loadUnlessMarked(entity, randIds)
        .forEach(
            (randId, value) -> {
              resolved.put(entity, randId, value);
              loaded.add(new RelationResolver.Node<>(entity, value));
            });
    return loaded;
  }

  private static List<byte[]> fetch(
      UnifiedJedis client, List<Request> requests, List<String> keys) {
    List<EntitySpec<?>> entities = new ArrayList<>(requests.size());
    for (Request request : requests) {
      entities.add(request.entity());
    }
    return DocumentReads.read(client, entities, keys);
  }

  /** One referenced document; entity specs are singletons, so identity equality is right. */
  private record Request(EntitySpec<?> entity, String randId) {
    /** Takes the document from its near cache into {@code found}, if held there. */
    boolean fromNear(
        DocumentLoads loads, String key, Resolved resolved, List<RelationResolver.Node<?>> found) {
      RelationResolver.Node<?> node = held(loads, entity, key, randId, resolved);
      if (node != null) {
        found.add(node);
      }
      return node != null;
    }

    RelationResolver.Node<?> decode(
        DocumentLoads loads,
        byte[] document,
        String key,
        NearCaches.Ticket ticket,
        Resolved resolved) {
      return node(loads, entity, document, key, ticket, randId, resolved);
    }

    private static <R> RelationResolver.Node<R> held(
        DocumentLoads loads, EntitySpec<R> entity, String key, String randId, Resolved resolved) {
      R value = loads.near(entity).get(key, "relations");
      if (value == null) {
        return null;
      }
      resolved.put(entity, randId, value);
      return new RelationResolver.Node<>(entity, value);
    }

    private static <R> RelationResolver.Node<R> node(
        DocumentLoads loads,
        EntitySpec<R> entity,
        byte[] document,
        String key,
        NearCaches.Ticket ticket,
        String randId,
        Resolved resolved) {
      R value = JsonCodecs.decode(entity.codec(), document, key);
      loads.near(entity).install(ticket, value, document.length);
      resolved.put(entity, randId, value);
      return new RelationResolver.Node<>(entity, value);
    }
  }
}
