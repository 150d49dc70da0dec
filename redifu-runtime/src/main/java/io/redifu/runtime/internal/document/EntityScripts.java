package io.redifu.runtime.internal.document;

import io.redifu.runtime.internal.redis.Script;

/**
 * Lua scripts of the entity store. KEYS[1] is a document, KEYS[2] its missing marker (same slot);
 * ARGV carries the TTL in milliseconds: a document's '0' means no expiry, a marker's is never '0'
 * (a marker that never expired could hide a row committed later for good).
 */
public final class EntityScripts {
  private EntityScripts() {}

  /** {@code store()}: sets the document ARGV[1] with TTL ARGV[2] ('0' = none). */
  private static final String STORE =
      """
      local function store()
        if ARGV[2] == '0' then
          redis.call('SET', KEYS[1], ARGV[1])
        else
          redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        end
      end
      """;

  /** ARGV[1] document, ARGV[2] TTL: stores the document and clears the marker. */
  public static final Script SET =
      Script.onDocument(
          STORE
              + """
              store()
              redis.call('DEL', KEYS[2])
              return 1
              """);

  /** ARGV[1] marker TTL: deletes the document and sets the marker. */
  public static final Script MARK_MISSING =
      Script.onDocument(
          """
          redis.call('DEL', KEYS[1])
          redis.call('SET', KEYS[2], '1', 'PX', ARGV[1])
          return 1
          """);

  /**
   * ARGV[1] marker TTL: sets the marker unless a document exists, and returns that document. A
   * loader that found nothing must not hide a document another writer stored meanwhile.
   */
  public static final Script MARK_MISSING_UNLESS_PRESENT =
      Script.onDocument(
          """
          local document = redis.call('GET', KEYS[1])
          if document then
            return document
          end
          redis.call('SET', KEYS[2], '1', 'PX', ARGV[1])
          return false
          """);

  /**
   * ARGV[1] document, ARGV[2] TTL: stores a loaded document and clears the marker unless a document
   * exists, and returns that document. A load must not overwrite what another writer stored while
   * the loader ran (its source snapshot may be older).
   */
  public static final Script SET_UNLESS_PRESENT =
      Script.onDocument(
          STORE
              + """
              local document = redis.call('GET', KEYS[1])
              if document then
                return document
              end
              store()
              redis.call('DEL', KEYS[2])
              return false
              """);

  /**
   * ARGV[1] document, ARGV[2] TTL: stores a seeded or loaded document only where none is cached (a
   * cached one may be newer than the SQL snapshot) and then restarts the cached one's TTL. It
   * always clears the missing marker: SQL returned the row, so the marker (set by a read that ran
   * before the row's commit) is stale, and keeping it would hide an item SQL has.
   */
  public static final Script SET_IF_ABSENT =
      Script.onDocument(
          """
          redis.call('DEL', KEYS[2])
          local stored
          if ARGV[2] == '0' then
            stored = redis.call('SET', KEYS[1], ARGV[1], 'NX')
          else
            stored = redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2])
          end
          if stored then
            return 1
          end
          if ARGV[2] ~= '0' then
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
          end
          return 0
          """);

  /** Deletes the document and its marker (a script so that batches can carry it). */
  public static final Script DELETE =
      Script.onDocument("return redis.call('DEL', KEYS[1], KEYS[2])");
}
