package io.redifu.runtime.internal.collection;

import io.redifu.runtime.internal.redis.Script;

/**
 * Lua scripts of timelines. KEYS[1] is the zset of ids, KEYS[2] the meta hash ({@code seeded},
 * {@code tail}, {@code empty}, {@code gen}); both share one hash tag. Items are ordered by (score,
 * randId), compared byte by byte so that Redis, Lua and SQL agree on ties. Every write sets the
 * same TTL on both keys ('0' = none), so neither can outlive the other.
 */
public final class TimelineScripts {
  private TimelineScripts() {}

  /**
   * ARGV: id, score, ttl, '1' if descending. Indexes the id where the cache covers its position:
   * the cache is complete (tail or empty), or the item sorts before the last cached item. An
   * unseeded timeline stays untouched. Returns 1 if indexed.
   */
  public static final Script ADD =
      CollectionScripts.withHelpers(
          """
          local state = cachedstate()
          if state[1] ~= '1' then
            if redis.call('EXISTS', KEYS[2]) == 1 then
              redis.call('HINCRBY', KEYS[2], 'gen', 1) -- a seed in flight must notice
            end
            return 0
          end
          local id, score, desc = ARGV[1], tonumber(ARGV[2]), ARGV[4] == '1'
          local covered = state[2] == '1' or state[3] == '1'
          if not covered then
            redis.call('ZREM', KEYS[1], id)
            local last
            if desc then
              last = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
            else
              last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
            end
            if #last > 0 then
              local bid, bscore = last[1], tonumber(last[2])
              if desc then
                covered = score > bscore or (score == bscore and not before(id, bid))
              else
                covered = score < bscore or (score == bscore and not before(bid, id))
              end
            end
          end
          if covered then
            redis.call('ZADD', KEYS[1], ARGV[2], id)
            redis.call('HDEL', KEYS[2], 'empty')
          end
          written(ARGV[3])
          if covered then return 1 end
          return 0
          """);

  /**
   * ARGV: '1' if descending, page size, document key prefix and suffix ('' and '' = do not read
   * documents), the TTL to restart on the documents read ('' = none: not sliding), the number r of
   * relations to prefetch, r times (id property, target key prefix, target key suffix, '1' if
   * one-to-many, the target's TTL to restart or ''), then the mode ('first', 'all', 'ids' followed
   * by candidate ids newest first, 'cursor' followed by score and id). Returns {'reset'} when the
   * cursor cannot be placed, else {'ok', validLastId, start, card, seeded, tail, empty, n, id1,
   * ..., idn, score of idn (if n > 0)} followed, when asked for, by the n documents and then k, the
   * number of related documents, and k triples (relation index from 0, id, document).
   *
   * <p>Reading documents here saves round trips but moves them through Lua (more Redis CPU), and
   * their keys are not declared: standalone Redis only. Related ids are found by matching the id
   * property in the JSON text: only a prefetch, as the client checks them against the decoded
   * documents and reads whatever the match missed.
   */
  public static final Script FETCH =
      CollectionScripts.withHelpers(
          CollectionScripts.MGET
              + CollectionScripts.DOCUMENT_KEY
              + """
              local desc, per, rels = ARGV[1] == '1', tonumber(ARGV[2]), tonumber(ARGV[6])
              local m = 7 + 5 * rels
              local mode = ARGV[m]
              local state = cachedstate()
              local card = redis.call('ZCARD', KEYS[1])
              local start, valid = 0, false
              local function rank(id)
                if desc then return redis.call('ZREVRANK', KEYS[1], id) end
                return redis.call('ZRANK', KEYS[1], id)
              end
              if mode == 'ids' then
                for i = m + 1, #ARGV do
                  local r = rank(ARGV[i])
                  if r then
                    start, valid = r + 1, ARGV[i]
                    break
                  end
                end
                if not valid then return {'reset'} end
              elseif mode == 'cursor' then
                if state[1] ~= '1' then return {'reset'} end
                local s, id = ARGV[m + 1], ARGV[m + 2]
                local r = nil
                local current = redis.call('ZSCORE', KEYS[1], id)
                if current and tonumber(current) == tonumber(s) then
                  r = rank(id) -- the item is still where the cursor saw it
                end
                if r then
                  start = r + 1
                else
                  -- The ties at s hold ascending ranks [lower, lower + ties), ordered by id bytes:
                  -- a binary search finds how many sort before id, in O(log ties) reads, so a
                  -- forged cursor amid many ties costs no more than one amid a few.
                  local lower = redis.call('ZCOUNT', KEYS[1], '-inf', '(' .. s)
                  local ties = redis.call('ZCOUNT', KEYS[1], s, s)
                  local lo, hi = 0, ties
                  while lo < hi do
                    local mid = math.floor((lo + hi) / 2)
                    if before(redis.call('ZRANGE', KEYS[1], lower + mid, lower + mid)[1], id) then
                      lo = mid + 1
                    else
                      hi = mid
                    end
                  end
                  if desc then
                    start = redis.call('ZCOUNT', KEYS[1], '(' .. s, '+inf') + ties - lo
                  else
                    start = lower + lo
                  end
                end
                valid = id
              end
              local stop = start + per - 1
              if mode == 'all' then stop = -1 end
              local page
              if desc then
                page = redis.call('ZREVRANGE', KEYS[1], start, stop)
              else
                page = redis.call('ZRANGE', KEYS[1], start, stop)
              end
              local out = {'ok', valid, start, card, state[1] or '', state[2] or '', state[3] or ''}
              out[#out + 1] = #page
              for i = 1, #page do out[#out + 1] = page[i] end
              if #page > 0 then out[#out + 1] = redis.call('ZSCORE', KEYS[1], page[#page]) end
              if ARGV[3] ~= '' and #page > 0 then
                local keys = {}
                for i = 1, #page do keys[#keys + 1] = dockey(ARGV[3], page[i], ARGV[4]) end
                local documents = mget(keys)
                for i = 1, #page do
                  out[#out + 1] = documents[i]
                  if documents[i] and ARGV[5] ~= '' then redis.call('PEXPIRE', keys[i], ARGV[5]) end
                end
                local related, relatedKeys, seen = {}, {}, {}
                local function want(r, id)
                  local key = dockey(ARGV[8 + 5 * r], id, ARGV[9 + 5 * r])
                  if not seen[key] then
                    seen[key] = true
                    related[#related + 1] = {r, id}
                    relatedKeys[#relatedKeys + 1] = key
                  end
                end
                for r = 0, rels - 1 do
                  local name, many = ARGV[7 + 5 * r], ARGV[10 + 5 * r] == '1'
                  for i = 1, #page do
                    local document = documents[i]
                    if document then
                      if many then
                        local list = string.match(document, '"' .. name .. '":%[(.-)%]')
                        if list then
                          for id in string.gmatch(list, '"([^"]*)"') do want(r, id) end
                        end
                      else
                        local id = string.match(document, '"' .. name .. '":"([^"]*)"')
                        if id then want(r, id) end
                      end
                    end
                  end
                end
                out[#out + 1] = #related
                if #related > 0 then
                  local relatedDocuments = mget(relatedKeys)
                  for i = 1, #related do
                    local r = related[i][1]
                    out[#out + 1] = r
                    out[#out + 1] = related[i][2]
                    out[#out + 1] = relatedDocuments[i]
                    local ttl = ARGV[11 + 5 * r]
                    if relatedDocuments[i] and ttl ~= '' then
                      redis.call('PEXPIRE', relatedKeys[i], ttl)
                    end
                  end
                end
              end
              return out
              """);

  /**
   * ARGV: ttl, '1' if this is the first page, '1' if the source has no more rows, expected gen (''
   * = any), then score/id pairs. Commits a seeded page: ids, seeded, tail, empty. Refuses a later
   * page of an unseeded timeline ({'unseeded'}) and a stale snapshot ({'conflict', gen}). The first
   * page of a timeline not cached starts afresh: ids and flags left by an eviction go.
   */
  public static final Script INGEST =
      CollectionScripts.withHelpers(
          """
          local seeded = cachedstate()[1] == '1'
          if ARGV[2] ~= '1' and not seeded then return {'unseeded'} end
          local gen, conflict = generation(KEYS[2], ARGV[4])
          if conflict then return conflict end
          if not seeded then
            redis.call('DEL', KEYS[1])
            redis.call('HDEL', KEYS[2], 'tail', 'empty')
          end
          for i = 5, #ARGV, 2 do
            redis.call('ZADD', KEYS[1], ARGV[i], ARGV[i + 1])
          end
          redis.call('HSET', KEYS[2], 'seeded', '1')
          if ARGV[3] == '1' then
            redis.call('HSET', KEYS[2], 'tail', '1')
          end
          if redis.call('ZCARD', KEYS[1]) > 0 then
            redis.call('HDEL', KEYS[2], 'empty')
          elseif ARGV[3] == '1' then
            redis.call('HSET', KEYS[2], 'empty', '1')
          end
          expire(ARGV[1])
          return {'ok', gen}
          """);
}
