package io.redifu.runtime;

import io.redifu.runtime.internal.redis.ClusterSupport;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.UnifiedJedis;

/**
 * Whether the Redis of a {@link Redifu} serves it, for health checks: {@link #up()} when it answers
 * PING and, on a Redis Cluster, reports {@code cluster_state:ok} (every slot served). {@link
 * #details()} says why, in this order: {@code ping}; on a cluster {@code clusterState}, {@code
 * clusterSlotsAssigned}, {@code clusterSlotsOk}, {@code clusterSlotsPfail}, {@code
 * clusterSlotsFail} and {@code clusterKnownNodes} as CLUSTER INFO reports them; then {@code
 * scriptsLoaded} and {@code scriptsTotal} (see {@link ScriptCacheStatus}). Scripts load on first
 * use, so fewer than all is normal and never makes Redis down. A cluster's answers are those of one
 * node, which sees the state of the whole cluster.
 */
public record RedisHealth(boolean up, Map<String, Object> details) {
  private static final Map<String, String> CLUSTER_FIELDS = clusterFields();

  public RedisHealth {
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /**
   * Asks the Redis of {@code redifu}: PING, CLUSTER INFO on a cluster, SCRIPT EXISTS.
   *
   * @throws RuntimeException the client's exception when Redis does not answer PING
   */
  public static RedisHealth check(Redifu redifu) {
    UnifiedJedis client = redifu.client();
    Map<String, Object> details = new LinkedHashMap<>();
    // sent, not client.ping(): a cluster client broadcasts that to every node, so one lost node
    // would hide the cluster state this check reports
    details.put("ping", text(client.sendCommand(Protocol.Command.PING)));
    boolean up = true;
    if (ClusterSupport.isCluster(client)) {
      Map<String, String> info = clusterInfo(client);
      CLUSTER_FIELDS.forEach(
          (field, detail) -> {
            String value = info.get(field);
            if (value != null) {
              details.put(detail, field.equals("cluster_state") ? value : Long.valueOf(value));
            }
          });
      up = "ok".equals(info.get("cluster_state"));
    }
    try {
      ScriptCacheStatus scripts = ScriptCacheStatus.check(redifu);
      details.put("scriptsLoaded", scripts.loaded().size());
      details.put("scriptsTotal", scripts.total());
    } catch (RuntimeException e) { // e.g. a server that refuses SCRIPT EXISTS: it does not decide
      details.put("scripts", "unknown: " + e.getMessage());
    }
    return new RedisHealth(up, details);
  }

  /** CLUSTER INFO as field to value; a keyless command, so the cluster client asks any node. */
  private static Map<String, String> clusterInfo(UnifiedJedis client) {
    Map<String, String> info = new LinkedHashMap<>();
    for (String line : text(client.sendCommand(Protocol.Command.CLUSTER, "INFO")).split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        info.put(line.substring(0, colon), line.substring(colon + 1).trim());
      }
    }
    return info;
  }

  private static String text(Object reply) {
    return reply instanceof byte[] bytes
        ? new String(bytes, StandardCharsets.UTF_8)
        : String.valueOf(reply);
  }

  private static Map<String, String> clusterFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("cluster_state", "clusterState");
    fields.put("cluster_slots_assigned", "clusterSlotsAssigned");
    fields.put("cluster_slots_ok", "clusterSlotsOk");
    fields.put("cluster_slots_pfail", "clusterSlotsPfail");
    fields.put("cluster_slots_fail", "clusterSlotsFail");
    fields.put("cluster_known_nodes", "clusterKnownNodes");
    return Collections.unmodifiableMap(fields);
  }
}
