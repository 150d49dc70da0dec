package io.redifu.runtime.internal.collection;

import io.redifu.runtime.internal.redis.Script;

/**
 * Lua scripts of numbered pages. KEYS[1] is the meta hash ({@code gen}), KEYS[2] the pages hash:
 * field {@code n} holds page n's ids in page order as a JSON array, field {@code end} the first
 * page known to be empty, so every page from it on is answered empty without a field of its own.
 * Both keys share one hash tag and one TTL; no script touches more than these two keys, so a seed
 * or a write costs the same however many pages are cached.
 */
public final class PageScripts {
  private PageScripts() {}

  /**
   * {@code invalidate(ttl)}: an item was added or removed, so every page boundary and the end may
   * have moved: drops the pages hash (UNLINK: freed off the main thread) and answers how many
   * fields it held.
   */
  private static final String INVALIDATE =
      """
      local function invalidate(ttl)
        local dropped = redis.call('HLEN', KEYS[2])
        redis.call('UNLINK', KEYS[2])
        if redis.call('EXISTS', KEYS[1]) == 1 then
          redis.call('HINCRBY', KEYS[1], 'gen', 1)
          expire(ttl)
        end
        return dropped
      end
      """;

  /** ARGV: id, score, ttl. The item's position is new: drops the cached pages. */
  public static final Script ADD =
      CollectionScripts.withHelpers(INVALIDATE + "return invalidate(ARGV[3])");

  /** ARGV: id, ttl. The item's position is gone: drops the cached pages. */
  public static final Script REMOVE =
      CollectionScripts.withHelpers(INVALIDATE + "return invalidate(ARGV[2])");

  /**
   * ARGV: ttl, page number, expected gen ('' = any), the end this page shows ('' = none: a full
   * page), then score/id pairs in page order. Caches one seeded page, {'conflict', gen} when a
   * write came in since. A page with items stores them and clears an end at or before it; an empty
   * page stores nothing but the end (the lower of the known one and ARGV[4]), a short page sets the
   * end after it.
   */
  public static final Script INGEST =
      CollectionScripts.withHelpers(
          """
          local gen, conflict = generation(KEYS[1], ARGV[3])
          if conflict then return conflict end
          local page = tonumber(ARGV[2])
          local known = tonumber(redis.call('HGET', KEYS[2], 'end'))
          local ids = {}
          for i = 6, #ARGV, 2 do ids[#ids + 1] = ARGV[i] end
          if #ids > 0 then
            redis.call('HSET', KEYS[2], ARGV[2], cjson.encode(ids))
            if known and known <= page then
              redis.call('HDEL', KEYS[2], 'end')
              known = nil
            end
          else
            redis.call('HDEL', KEYS[2], ARGV[2])
          end
          if ARGV[4] ~= '' and (#ids > 0 or not known or tonumber(ARGV[4]) < known) then
            redis.call('HSET', KEYS[2], 'end', ARGV[4])
          end
          redis.call('HSET', KEYS[1], 'gen', gen)
          expire(ARGV[1])
          return {'ok', gen}
          """);

  /**
   * ARGV: page number. Returns {1, id1, ..., idn} for a cached page (ids in page order; none for a
   * page at or past the known end), {0} for one not cached: never seeded, dropped by a write, or
   * expired. One read, so the ids and whether they are the page cannot come from different moments.
   */
  public static final Script FETCH =
      new Script(
          """
          local page = redis.call('HMGET', KEYS[2], ARGV[1], 'end')
          if page[2] and tonumber(ARGV[1]) >= tonumber(page[2]) then return {1} end
          if not page[1] then return {0} end
          local out = {1}
          for _, id in ipairs(cjson.decode(page[1])) do out[#out + 1] = id end
          return out
          """);

  /** No ARGV. Deletes both keys of the instance; returns the ids the pages held. */
  public static final Script DROP =
      new Script(
          """
          local ids = {}
          for _, page in ipairs(redis.call('HVALS', KEYS[2])) do
            if string.sub(page, 1, 1) == '[' then
              for _, id in ipairs(cjson.decode(page)) do ids[#ids + 1] = id end
            end
          end
          redis.call('DEL', KEYS[1], KEYS[2])
          return ids
          """);
}
