package io.redifu.runtime;

import io.redifu.runtime.internal.ScriptCatalog;
import io.redifu.runtime.internal.redis.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which of redifu's Lua scripts Redis holds in its script cache, by name ({@code
 * "TimelineScripts.FETCH"}), as SCRIPT EXISTS reports it; for health checks. redifu sends a script
 * by SHA and, when Redis answers NOSCRIPT (first use, restart, SCRIPT FLUSH), once by its text: an
 * absent script costs that one extra round trip, nothing more.
 */
public record ScriptCacheStatus(List<String> loaded, List<String> absent) {
  public ScriptCacheStatus {
    loaded = List.copyOf(loaded);
    absent = List.copyOf(absent);
  }

  /** Asks the Redis of {@code redifu} (one node of a cluster) in one SCRIPT EXISTS. */
  public static ScriptCacheStatus check(Redifu redifu) {
    Map<String, Script> scripts = ScriptCatalog.all();
    List<String> shas = scripts.values().stream().map(Script::sha).toList();
    List<Boolean> exists = redifu.client().scriptExists(shas);
    List<String> loaded = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    int i = 0;
    for (String name : scripts.keySet()) {
      (Boolean.TRUE.equals(exists.get(i++)) ? loaded : absent).add(name);
    }
    return new ScriptCacheStatus(loaded, absent);
  }

  /** How many scripts redifu has. */
  public int total() {
    return loaded.size() + absent.size();
  }
}
