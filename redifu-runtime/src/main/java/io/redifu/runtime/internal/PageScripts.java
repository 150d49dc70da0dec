package io.redifu.runtime.internal;

/**
 * Lua scripts of numbered pages. KEYS[1] is the meta hash ({@code gen}), KEYS[2] the page index
 * (hash: page number → item count, 0 = seeded empty); page n lives in ARGV-named key {@code
 * <prefix><n>}. All share one hash tag, so they sit in one slot. Every write gives every key of the
 * instance the same TTL.
 */
final class PageScripts {
  private PageScripts() {}

  private static final String EXPIRE_ALL =
      """
      local function expire_all(ttl, prefix)
        local keys = {KEYS[1], KEYS[2]}
        for _, n in ipairs(redis.call('HKEYS', KEYS[2])) do keys[#keys + 1] = prefix .. n end
        for _, key in ipairs(keys) do
          if ttl == '0' then redis.call('PERSIST', key) else redis.call('PEXPIRE', key, ttl) end
        end
      end
      """;

  /**
   * ARGV: ttl, page prefix. An item was added or removed, so every page boundary may have moved:
   * drops all cached pages. Returns how many were dropped.
   */
  static final Script INVALIDATE =
      new Script(
          EXPIRE_ALL
              + """
              local pages = redis.call('HKEYS', KEYS[2])
              for _, n in ipairs(pages) do redis.call('DEL', ARGV[2] .. n) end
              redis.call('DEL', KEYS[2])
              if redis.call('EXISTS', KEYS[1]) == 1 then
                redis.call('HINCRBY', KEYS[1], 'gen', 1)
                expire_all(ARGV[1], ARGV[2])
              end
              return #pages
              """);

  /**
   * KEYS[3] is the page. ARGV: ttl, page number, expected gen ('' = any), page prefix, then
   * score/id pairs. Caches one seeded page; {'conflict', gen} when a write came in since.
   */
  static final Script INGEST =
      new Script(
          EXPIRE_ALL
              + """
              local gen = redis.call('HGET', KEYS[1], 'gen') or '0'
              if ARGV[3] ~= '' and gen ~= ARGV[3] then return {'conflict', gen} end
              redis.call('DEL', KEYS[3])
              for i = 5, #ARGV, 2 do
                redis.call('ZADD', KEYS[3], ARGV[i], ARGV[i + 1])
              end
              redis.call('HSET', KEYS[2], ARGV[2], math.floor((#ARGV - 4) / 2))
              redis.call('HSET', KEYS[1], 'gen', gen)
              expire_all(ARGV[1], ARGV[4])
              return {'ok', gen}
              """);

  /**
   * KEYS[3] is the page. ARGV: page number, '1' if descending. Returns {1, id1, ..., idn} for a
   * cached page (ids in page order; none for a page seeded empty), {0} for one not cached: never
   * seeded, dropped by a write, or expired. One read, so the ids and whether they are the page
   * cannot come from different moments.
   */
  static final Script FETCH =
      new Script(
          """
          local count = redis.call('HGET', KEYS[2], ARGV[1])
          if not count then return {0} end
          local ids
          if ARGV[2] == '1' then
            ids = redis.call('ZREVRANGE', KEYS[3], 0, -1)
          else
            ids = redis.call('ZRANGE', KEYS[3], 0, -1)
          end
          if count ~= '0' and #ids == 0 then return {0} end
          local out = {1}
          for i = 1, #ids do out[#out + 1] = ids[i] end
          return out
          """);

  /** KEYS[3] is the page. Returns {item count or false, whether the page key exists}. */
  static final Script STATE =
      new Script(
          """
          return {redis.call('HGET', KEYS[2], ARGV[1]), redis.call('EXISTS', KEYS[3])}
          """);

  /** ARGV: page prefix. Deletes every key of the instance; returns the ids the pages held. */
  static final Script DROP =
      new Script(
          """
          local ids = {}
          for _, n in ipairs(redis.call('HKEYS', KEYS[2])) do
            for _, id in ipairs(redis.call('ZRANGE', ARGV[1] .. n, 0, -1)) do ids[#ids + 1] = id end
            redis.call('DEL', ARGV[1] .. n)
          end
          redis.call('DEL', KEYS[1], KEYS[2])
          return ids
          """);
}
