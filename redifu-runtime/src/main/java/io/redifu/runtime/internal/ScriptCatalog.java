package io.redifu.runtime.internal;

import io.redifu.runtime.internal.collection.CollectionScripts;
import io.redifu.runtime.internal.collection.PageScripts;
import io.redifu.runtime.internal.collection.SortedScripts;
import io.redifu.runtime.internal.collection.TimeSeriesScripts;
import io.redifu.runtime.internal.collection.TimelineScripts;
import io.redifu.runtime.internal.document.EntityScripts;
import io.redifu.runtime.internal.redis.Script;
import io.redifu.runtime.internal.seed.SeedLock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every Lua script redifu runs, by name ({@code "TimelineScripts.FETCH"}), for tools that ask Redis
 * which of them it holds (health checks). A runtime test keeps this list complete.
 */
public final class ScriptCatalog {
  private static final Map<String, Script> ALL = catalog();

  private ScriptCatalog() {}

  /** Name to script, in a stable order. */
  public static Map<String, Script> all() {
    return ALL;
  }

  private static Map<String, Script> catalog() {
    Map<String, Script> all = new LinkedHashMap<>();
    all.put("EntityScripts.SET", EntityScripts.SET);
    all.put("EntityScripts.MARK_MISSING", EntityScripts.MARK_MISSING);
    all.put("EntityScripts.MARK_MISSING_UNLESS_PRESENT", EntityScripts.MARK_MISSING_UNLESS_PRESENT);
    all.put("EntityScripts.SET_UNLESS_PRESENT", EntityScripts.SET_UNLESS_PRESENT);
    all.put("EntityScripts.SET_IF_ABSENT", EntityScripts.SET_IF_ABSENT);
    all.put("EntityScripts.DELETE", EntityScripts.DELETE);
    all.put("CollectionScripts.REMOVE", CollectionScripts.REMOVE);
    all.put("CollectionScripts.GENERATION", CollectionScripts.GENERATION);
    all.put("CollectionScripts.STATE", CollectionScripts.STATE);
    all.put("CollectionScripts.DROP", CollectionScripts.DROP);
    all.put("TimelineScripts.ADD", TimelineScripts.ADD);
    all.put("TimelineScripts.FETCH", TimelineScripts.FETCH);
    all.put("TimelineScripts.INGEST", TimelineScripts.INGEST);
    all.put("SortedScripts.ADD", SortedScripts.ADD);
    all.put("SortedScripts.INGEST", SortedScripts.INGEST);
    all.put("PageScripts.ADD", PageScripts.ADD);
    all.put("PageScripts.REMOVE", PageScripts.REMOVE);
    all.put("PageScripts.INGEST", PageScripts.INGEST);
    all.put("PageScripts.FETCH", PageScripts.FETCH);
    all.put("PageScripts.DROP", PageScripts.DROP);
    all.put("TimeSeriesScripts.ADD", TimeSeriesScripts.ADD);
    all.put("TimeSeriesScripts.REMOVE", TimeSeriesScripts.REMOVE);
    all.put("TimeSeriesScripts.COMMIT", TimeSeriesScripts.COMMIT);
    all.put("TimeSeriesScripts.FETCH", TimeSeriesScripts.FETCH);
    all.put("TimeSeriesScripts.DROP", TimeSeriesScripts.DROP);
    all.put("SeedLock.RENEW", SeedLock.RENEW);
    all.put("Script.DELETE_IF_EQUAL", Script.DELETE_IF_EQUAL);
    return Collections.unmodifiableMap(all);
  }
}
