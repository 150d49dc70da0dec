package io.redifu.runtime.internal.collection;

import io.redifu.runtime.internal.redis.Script;

/**
 * Lua shared by every collection. KEYS[1] is the zset of ids, KEYS[2] the meta hash ({@code
 * seeded}, {@code tail}, {@code empty}, {@code gen}); both share one hash tag. Every write sets the
 * same TTL on both ('0' = none), so neither can outlive the other.
 */
public final class CollectionScripts {
  private CollectionScripts() {}

  /**
   * {@code before(a, b)}: byte-wise order of randIds, the tie order of Redis zsets and of SQL's
   * {@code ORDER BY sort, randid} (Lua's own string order follows the server's locale). {@code
   * expire(ttl)}: the TTL of every key the script declares. {@code written(ttl)}: a write reached
   * the instance, so its generation moves (a seed in flight must notice) and its TTL restarts.
   * {@code generation(meta, expected)}: the meta's generation ('0' when unset), and as a second
   * value the {'conflict', gen} answer a seed's commit returns when the generation is not the one
   * it read before querying SQL ({@code expected}, '' = any). {@code cachedstate()}: the meta's
   * {seeded, tail, empty} (false where unset) as the collection is cached now. Redis evicts keys
   * one at a time, so a zset can go while its meta stays; it also deletes a zset with its last
   * member, which is why a write that empties a complete collection flags it {@code empty}. So a
   * meta that says seeded, beside no zset and no {@code empty} flag, lost its ids: it reads as not
   * cached.
   */
  private static final String HELPERS =
      """
      local function before(a, b)
        local n = math.min(#a, #b)
        for i = 1, n do
          local x, y = string.byte(a, i), string.byte(b, i)
          if x ~= y then return x < y end
        end
        return #a < #b
      end
      local function expire(ttl)
        for i = 1, #KEYS do
          if ttl == '0' then redis.call('PERSIST', KEYS[i]) else redis.call('PEXPIRE', KEYS[i], ttl) end
        end
      end
      local function written(ttl)
        redis.call('HINCRBY', KEYS[2], 'gen', 1)
        expire(ttl)
      end
      local function generation(meta, expected)
        local gen = redis.call('HGET', meta, 'gen') or '0'
        if expected ~= '' and gen ~= expected then return gen, {'conflict', gen} end
        return gen
      end
      local function cachedstate()
        local state = redis.call('HMGET', KEYS[2], 'seeded', 'tail', 'empty')
        if state[1] == '1' and state[3] ~= '1' and redis.call('EXISTS', KEYS[1]) == 0 then
          return {false, false, false}
        end
        return state
      end
      """;

  /** A collection script: {@link #HELPERS}, then {@code lua}, which may call them. */
  static Script withHelpers(String lua) {
    return new Script(HELPERS + lua);
  }

  /**
   * {@code mget(keys)}: the values of any number of keys (false where absent). Lua's {@code unpack}
   * returns at most about 8,000 values ("too many results to unpack"), so the keys go to MGET in
   * slices.
   */
  static final String MGET =
      """
      local function mget(keys)
        local values, n = {}, 0
        for first = 1, #keys, 1000 do
          local slice = redis.call('MGET', unpack(keys, first, math.min(first + 999, #keys)))
          for i = 1, #slice do
            n = n + 1
            values[n] = slice[i]
          end
        end
        return values
      end
      """;

  /**
   * {@code dockey(prefix, id, suffix)}: the document key of an id, encoded exactly as {@link
   * Keys#param} encodes it (the C0 controls, DEL, {@code %}, {@code :} and braces as {@code %XX};
   * all of them ASCII, so bytes and characters agree), for scripts that read documents.
   */
  static final String DOCUMENT_KEY =
      """
      local function dockey(prefix, id, suffix)
        if string.find(id, '[%z\\1-\\31\\127%%:{}]') then
          id = string.gsub(id, '[%z\\1-\\31\\127%%:{}]', function(c)
            return string.format('%%%02X', string.byte(c))
          end)
        end
        return prefix .. id .. suffix
      end
      """;

  /**
   * ARGV: id, ttl. Takes the id out; completeness flags stay, and a complete collection it leaves
   * without ids is flagged {@code empty} (its zset is gone, as if evicted). Returns 1 if it was
   * there.
   */
  public static final Script REMOVE =
      withHelpers(
          """
          local removed = redis.call('ZREM', KEYS[1], ARGV[1])
          if redis.call('EXISTS', KEYS[2]) == 1 then
            if removed == 1 and redis.call('EXISTS', KEYS[1]) == 0
                and redis.call('HGET', KEYS[2], 'tail') == '1' then
              redis.call('HSET', KEYS[2], 'empty', '1')
            end
            written(ARGV[2])
          end
          return removed
          """);

  /**
   * ARGV: ttl. The write generation a seeder reads before it queries SQL and passes back to its
   * commit, which is refused if a write came in meanwhile. A collection without state gets its meta
   * here, with a generation taken from the server clock, so a generation never repeats after a
   * reset or an expiry.
   */
  public static final Script GENERATION =
      withHelpers(
          """
          redis.replicate_commands()
          local gen = redis.call('HGET', KEYS[2], 'gen')
          if not gen then
            local now = redis.call('TIME')
            gen = now[1] .. string.format('%06d', tonumber(now[2]))
            redis.call('HSET', KEYS[2], 'gen', gen)
            expire(ARGV[1])
          end
          return gen
          """);

  /** No ARGV. Returns {seeded, tail, empty, card}, as {@code cachedstate()} reads them. */
  public static final Script STATE =
      withHelpers(
          """
          local state = cachedstate()
          return {state[1] or '', state[2] or '', state[3] or '', redis.call('ZCARD', KEYS[1])}
          """);

  /** No ARGV. Deletes the collection and returns the ids it held. */
  public static final Script DROP =
      new Script(
          """
          local ids = redis.call('ZRANGE', KEYS[1], 0, -1)
          redis.call('DEL', KEYS[1], KEYS[2])
          return ids
          """);
}
