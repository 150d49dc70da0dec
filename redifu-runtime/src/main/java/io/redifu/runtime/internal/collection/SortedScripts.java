package io.redifu.runtime.internal.collection;

import io.redifu.runtime.internal.redis.Script;

/** Lua scripts of sorted collections, which are always cached whole (see CollectionScripts). */
public final class SortedScripts {
  private SortedScripts() {}

  /** ARGV: id, score, ttl. Indexes the id if the collection is cached. Returns 1 if indexed. */
  public static final Script ADD =
      CollectionScripts.withHelpers(
          """
          if cachedstate()[1] ~= '1' then
            if redis.call('EXISTS', KEYS[2]) == 1 then
              redis.call('HINCRBY', KEYS[2], 'gen', 1) -- a seed in flight must notice
            end
            return 0
          end
          redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
          redis.call('HDEL', KEYS[2], 'empty')
          written(ARGV[3])
          return 1
          """);

  /**
   * ARGV: ttl, expected gen ('' = any), then score/id pairs. Replaces the cached collection with
   * the whole seeded set; {'conflict', gen} when a write came in since the snapshot was read.
   */
  public static final Script INGEST =
      CollectionScripts.withHelpers(
          """
          local gen, conflict = generation(KEYS[2], ARGV[2])
          if conflict then return conflict end
          redis.call('DEL', KEYS[1])
          for i = 3, #ARGV, 2 do
            redis.call('ZADD', KEYS[1], ARGV[i], ARGV[i + 1])
          end
          redis.call('HSET', KEYS[2], 'seeded', '1', 'tail', '1')
          if #ARGV < 3 then
            redis.call('HSET', KEYS[2], 'empty', '1')
          else
            redis.call('HDEL', KEYS[2], 'empty')
          end
          expire(ARGV[1])
          return {'ok', gen}
          """);
}
