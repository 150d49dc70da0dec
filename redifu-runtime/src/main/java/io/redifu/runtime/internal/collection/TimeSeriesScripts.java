package io.redifu.runtime.internal.collection;

import io.redifu.runtime.internal.redis.Script;

/**
 * Lua scripts of time series. KEYS[1] is the zset of ids scored by time, KEYS[2] the meta hash
 * ({@code gen}, {@code empty}), KEYS[3] the segments: a zset of covered ranges, member {@code
 * "from:to"} (inclusive), scored by {@code from}, never overlapping or touching. All three share
 * one hash tag and every write sets one TTL on all of them, so segments never outlive their items.
 *
 * <p>A covered range may hold no item, but Redis deletes a zset with its last member and evicts
 * keys one at a time: so the scripts flag {@code empty} a series they leave without ids, and
 * segments beside no ids and no such flag are lost ids, not empty ranges ({@code forgetlost()}).
 */
public final class TimeSeriesScripts {
  private TimeSeriesScripts() {}

  /** Segment helpers, for scripts that also have the collection's ({@code withHelpers}). */
  private static final String SEGMENTS =
      """
      local function bounds(member)
        local a, b = string.match(member, '^(%-?%d+):(%-?%d+)$')
        return tonumber(a), tonumber(b)
      end
      local function forgetlost()
        if redis.call('EXISTS', KEYS[1]) == 0 and redis.call('HGET', KEYS[2], 'empty') ~= '1' then
          redis.call('DEL', KEYS[3])
        end
      end
      local function flagempty()
        if redis.call('EXISTS', KEYS[1]) == 0 then
          redis.call('HSET', KEYS[2], 'empty', '1')
        else
          redis.call('HDEL', KEYS[2], 'empty')
        end
      end
      """;

  /**
   * ARGV: id, score, ttl. Indexes the id when its score lies in a covered segment (bounds
   * included); otherwise takes it out (an item whose time changed is not listed at its old time)
   * and bumps the generation of a series that has state. Returns 1 if indexed.
   */
  public static final Script ADD =
      CollectionScripts.withHelpers(
          SEGMENTS
              + """
              forgetlost()
              local score = tonumber(ARGV[2])
              local covered = false
              local last = redis.call('ZREVRANGEBYSCORE', KEYS[3], ARGV[2], '-inf', 'LIMIT', 0, 1)
              if #last > 0 then
                local a, b = bounds(last[1])
                covered = score <= b
              end
              if covered then
                redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
              else
                redis.call('ZREM', KEYS[1], ARGV[1]) -- its time changed: not at the old one either
              end
              if covered or redis.call('EXISTS', KEYS[2]) == 1 then
                flagempty()
                written(ARGV[3])
              end
              if covered then return 1 end
              return 0
              """);

  /** ARGV: id, ttl. Takes the id out; segments stay covered. Returns 1 if it was there. */
  public static final Script REMOVE =
      CollectionScripts.withHelpers(
          SEGMENTS
              + """
              forgetlost()
              local removed = redis.call('ZREM', KEYS[1], ARGV[1])
              if redis.call('EXISTS', KEYS[2]) == 1 then
                flagempty()
                written(ARGV[2])
              end
              return removed
              """);

  /**
   * ARGV: ttl, expected gen, number of segments n, n pairs (from, to), then score/id pairs. Commits
   * a seed: refused ({'conflict', gen}) if a write came in since the generation was read; else
   * indexes the items and merges each segment with every segment it overlaps or touches.
   */
  public static final Script COMMIT =
      CollectionScripts.withHelpers(
          SEGMENTS
              + """
              local gen, conflict = generation(KEYS[2], ARGV[2])
              if conflict then return conflict end
              forgetlost()
              local n = tonumber(ARGV[3])
              for i = 0, n - 1 do
                local a, b = tonumber(ARGV[4 + 2 * i]), tonumber(ARGV[5 + 2 * i])
                -- segments are disjoint and sorted: walk down from the last one starting <= b + 1
                local from = string.format('%d', b + 1)
                for _, member in ipairs(redis.call('ZREVRANGEBYSCORE', KEYS[3], from, '-inf')) do
                  local s, e = bounds(member)
                  if e < a - 1 then break end
                  if s < a then a = s end
                  if e > b then b = e end
                  redis.call('ZREM', KEYS[3], member)
                end
                redis.call('ZADD', KEYS[3], a, string.format('%d:%d', a, b))
              end
              for i = 4 + 2 * n, #ARGV, 2 do
                redis.call('ZADD', KEYS[1], ARGV[i], ARGV[i + 1])
              end
              redis.call('HSET', KEYS[2], 'gen', gen)
              flagempty()
              expire(ARGV[1])
              return {'ok'}
              """);

  /**
   * ARGV: from, to, document key prefix and suffix, '1' to read the documents, the TTL to restart
   * on the documents read ('' = none: not sliding). Returns {n, id1..idn, k, the k segment members
   * touching [from, to] (the one starting before it, then those inside; none when the ids are
   * lost), then the n documents if asked}. Reading documents touches undeclared keys: standalone
   * only; without them this is how a cluster reads ids and segments in one step.
   */
  public static final Script FETCH =
      CollectionScripts.withHelpers(
          SEGMENTS
              + CollectionScripts.MGET
              + CollectionScripts.DOCUMENT_KEY
              + """
              forgetlost()
              local ids = redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[1], ARGV[2])
              local before = redis.call('ZREVRANGEBYSCORE', KEYS[3], '(' .. ARGV[1], '-inf', 'LIMIT', 0, 1)
              local inside = redis.call('ZRANGEBYSCORE', KEYS[3], ARGV[1], ARGV[2])
              local out = {#ids}
              for i = 1, #ids do out[#out + 1] = ids[i] end
              out[#out + 1] = #before + #inside
              for i = 1, #before do out[#out + 1] = before[i] end
              for i = 1, #inside do out[#out + 1] = inside[i] end
              if #ids > 0 and ARGV[5] == '1' then
                local keys = {}
                for i = 1, #ids do keys[i] = dockey(ARGV[3], ids[i], ARGV[4]) end
                local documents = mget(keys)
                for i = 1, #ids do
                  out[#out + 1] = documents[i]
                  if documents[i] and ARGV[6] ~= '' then redis.call('PEXPIRE', keys[i], ARGV[6]) end
                end
              end
              return out
              """);

  /** No ARGV. Deletes ids, meta and segments; returns the ids. */
  public static final Script DROP =
      new Script(
          """
          local ids = redis.call('ZRANGE', KEYS[1], 0, -1)
          redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
          return ids
          """);
}
